// The quiz page: saves each answer as it is given, keeps unsent saves in localStorage (so a reload or a
// dropped connection loses nothing) and replays them when the connection returns; counts down from the
// server's deadline. Every save carries a fresh saveId (so a retry is harmless) and a seq (so an older
// save never overwrites a newer one on the server).
(function () {
  'use strict';
  var root = document.getElementById('quiz');
  if (!root) {
    return;
  }
  var attempt = root.getAttribute('data-attempt');
  var csrf = root.getAttribute('data-csrf');
  var storeKey = 'bimtek-kuis-' + attempt;
  var endsAt = Date.now() + Number(root.getAttribute('data-remaining-ms'));
  var banner = document.getElementById('connection');
  var message = document.getElementById('quiz-message');
  var form = document.getElementById('quiz-form');
  var counter = 0;
  var inflight = {};
  var closed = false;
  var pending = load();

  var TEXT = {
    saving: 'Menyimpan…',
    saved: 'Tersimpan ✓',
    waiting: 'Belum tersimpan: tersimpan di perangkat ini, dikirim otomatis saat koneksi kembali.',
    offline: 'Koneksi terputus. Jawaban Anda disimpan di perangkat ini dan akan dikirim otomatis saat koneksi kembali. Jangan tutup halaman ini.',
    session: 'Sesi Anda berakhir. Masuk lagi di tab lain; jawaban yang belum terkirim tetap tersimpan di perangkat ini.',
    unsent: 'Masih ada jawaban yang belum terkirim. Tunggu sampai koneksi kembali, lalu kirim lagi.',
    number: 'Tulis angka, misalnya 12,5.',
    timeUp: 'Waktu habis. Jawaban yang tersimpan sedang dinilai…',
    confirm: 'Kirim semua jawaban sekarang? Setelah dikirim jawaban tidak bisa diubah.'
  };

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
    } catch (e) {
      return {};
    }
  }

  function persist() {
    try {
      if (Object.keys(pending).length === 0) {
        window.localStorage.removeItem(storeKey);
      } else {
        window.localStorage.setItem(storeKey, JSON.stringify(pending));
      }
    } catch (e) {
      // Storage full or disabled: the save is still sent; only a reload before it arrives could lose it.
    }
  }

  function newSaveId() {
    if (window.crypto && window.crypto.getRandomValues) {
      var bytes = new Uint8Array(12);
      window.crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function nextSeq() {
    counter = (counter + 1) % 1000;
    return Date.now() * 1000 + counter;
  }

  function fieldset(slot) {
    return document.getElementById('q' + slot);
  }

  function mark(slot, state, text) {
    var el = document.getElementById('s' + slot);
    if (el) {
      el.setAttribute('data-state', state);
      el.textContent = text;
    }
  }

  function setOffline(offline, text) {
    if (offline) {
      banner.textContent = text || TEXT.offline;
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
  }

  // The response for a question's current inputs, in the API's shape; null when there is nothing to save.
  function responseOf(fs) {
    var type = fs.getAttribute('data-type');
    var name = 'q' + fs.getAttribute('data-slot');
    if (type === 'single-choice' || type === 'true-false') {
      var chosen = fs.querySelector('input[name="' + name + '"]:checked');
      return chosen ? { choice: chosen.value } : null;
    }
    if (type === 'multiple-response') {
      var ids = Array.prototype.map.call(fs.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
      return { choices: ids };
    }
    if (type === 'numerical') {
      var raw = fs.querySelector('.answer').value.trim().replace(',', '.');
      if (raw === '') {
        return null;
      }
      var number = Number(raw);
      if (!isFinite(number)) {
        mark(fs.getAttribute('data-slot'), 'error', TEXT.number);
        return null;
      }
      return { number: number };
    }
    if (type === 'matching') {
      var pairs = {};
      Array.prototype.forEach.call(fs.querySelectorAll('select[data-item]'), function (s) {
        if (s.value) {
          pairs[s.getAttribute('data-item')] = s.value;
        }
      });
      return Object.keys(pairs).length ? { pairs: pairs } : null;
    }
    if (type === 'ordering') {
      return { order: Array.prototype.map.call(fs.querySelectorAll('.order li'), function (li) { return li.getAttribute('data-id'); }) };
    }
    var text = fs.querySelector('.answer');
    return text && text.value !== '' ? { text: text.value } : null;
  }

  // Puts a response kept in the browser back into the inputs (after a reload).
  function applyResponse(fs, response) {
    var name = 'q' + fs.getAttribute('data-slot');
    if (response.choice !== undefined || response.choices !== undefined) {
      var wanted = response.choices || [response.choice];
      Array.prototype.forEach.call(fs.querySelectorAll('input[name="' + name + '"]'), function (i) { i.checked = wanted.indexOf(i.value) >= 0; });
    } else if (response.pairs) {
      Array.prototype.forEach.call(fs.querySelectorAll('select[data-item]'), function (s) { s.value = response.pairs[s.getAttribute('data-item')] || ''; });
    } else if (response.order) {
      var list = fs.querySelector('.order');
      response.order.forEach(function (id) {
        var li = list.querySelector('li[data-id="' + id + '"]');
        if (li) {
          list.appendChild(li);
        }
      });
    } else if (response.number !== undefined) {
      fs.querySelector('.answer').value = String(response.number).replace('.', ',');
    } else if (response.text !== undefined) {
      fs.querySelector('.answer').value = response.text;
    }
  }

  // Keeps the question's current answer in the browser as the next save of its slot; returns the slot, or
  // null when there is nothing to save. Called on every keystroke, so that a reload loses nothing typed.
  function remember(fs) {
    if (closed) {
      return null;
    }
    var slot = fs.getAttribute('data-slot');
    var response = responseOf(fs);
    if (response === null) {
      return null;
    }
    pending[slot] = { saveId: newSaveId(), seq: nextSeq(), response: response };
    persist();
    return slot;
  }

  function queue(fs) {
    var slot = remember(fs);
    if (slot !== null) {
      mark(slot, 'saving', TEXT.saving);
      send(slot);
    }
  }

  function send(slot) {
    var save = pending[slot];
    if (!save || inflight[slot] || closed) {
      return;
    }
    inflight[slot] = true;
    fetch('/api/attempts/' + encodeURIComponent(attempt) + '/answers/' + slot, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(save)
    }).then(function (res) {
      if (res.ok) {
        acknowledged(slot, save);
        setOffline(Object.keys(pending).length > 0 && !navigator.onLine);
        return null;
      }
      return res.json().catch(function () { return {}; }).then(function (body) {
        var error = body.error || {};
        if (res.status === 409) {
          acknowledged(slot, save);
          finished(error.message);
        } else if (res.status === 401) {
          mark(slot, 'failed', TEXT.waiting);
          setOffline(true, TEXT.session);
        } else if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
          // The server refused this answer for good (malformed, too long): keeping it would retry forever.
          acknowledged(slot, save);
          mark(slot, 'error', error.message || ('HTTP ' + res.status));
        } else {
          mark(slot, 'failed', TEXT.waiting);
          setOffline(true);
        }
      });
    }).catch(function () {
      mark(slot, 'failed', TEXT.waiting);
      setOffline(true);
    }).then(function () {
      inflight[slot] = false;
      if (pending[slot] && pending[slot] !== save && !closed) {
        send(slot); // a newer answer was given while this one was on its way
      }
    });
  }

  function acknowledged(slot, save) {
    if (pending[slot] === save || (pending[slot] && pending[slot].saveId === save.saveId)) {
      delete pending[slot];
      persist();
      mark(slot, 'saved', TEXT.saved);
    }
  }

  function flushAll() {
    Object.keys(pending).forEach(send);
  }

  // The attempt is over (time up, or submitted elsewhere): show the result page.
  function finished(text) {
    if (closed) {
      return;
    }
    closed = true;
    message.textContent = text || TEXT.timeUp;
    window.setTimeout(function () { window.location.reload(); }, 1500);
  }

  function tick() {
    var left = Math.max(0, endsAt - Date.now());
    var seconds = Math.floor(left / 1000);
    var clock = document.getElementById('countdown');
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    clock.textContent = (h > 0 ? h + ':' + ('0' + m).slice(-2) : m) + ':' + ('0' + s).slice(-2);
    clock.className = seconds < 60 ? 'low' : '';
    if (left === 0 && !closed) {
      flushAll();
      finished(TEXT.timeUp);
    }
  }

  // Answers kept in the browser from before a reload go back into the page and are sent again.
  Object.keys(pending).forEach(function (slot) {
    var fs = fieldset(slot);
    if (!fs) {
      delete pending[slot];
      return;
    }
    applyResponse(fs, pending[slot].response);
    mark(slot, 'failed', TEXT.waiting);
  });
  persist();

  var timers = {};
  form.addEventListener('change', function (e) {
    var fs = e.target.closest('fieldset.question');
    if (fs) {
      window.clearTimeout(timers[fs.id]);
      queue(fs);
    }
  });
  form.addEventListener('input', function (e) {
    var fs = e.target.closest('fieldset.question');
    if (fs && (e.target.tagName === 'TEXTAREA' || e.target.type === 'text')) {
      // Typing is kept at once and sent after a short pause, or when the field is left (change).
      var slot = remember(fs);
      if (slot !== null) {
        mark(slot, 'editing', '');
      }
      window.clearTimeout(timers[fs.id]);
      timers[fs.id] = window.setTimeout(function () { queue(fs); }, 800);
    }
  });
  form.addEventListener('click', function (e) {
    var button = e.target.closest('.order button');
    if (!button) {
      return;
    }
    var li = button.closest('li');
    var list = li.parentNode;
    if (button.classList.contains('up') && li.previousElementSibling) {
      list.insertBefore(li, li.previousElementSibling);
    } else if (button.classList.contains('down') && li.nextElementSibling) {
      list.insertBefore(li.nextElementSibling, li);
    }
    button.focus();
    queue(li.closest('fieldset.question'));
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    Object.keys(timers).forEach(function (id) {
      window.clearTimeout(timers[id]);
    });
    // Every answer must be on the server before the attempt is closed: send what waits, then submit.
    whenAllSaved(40, submitAttempt);
  });

  function whenAllSaved(triesLeft, then) {
    if (Object.keys(pending).length === 0) {
      then();
    } else if (triesLeft === 0) {
      message.textContent = TEXT.unsent;
    } else {
      flushAll();
      window.setTimeout(function () { whenAllSaved(triesLeft - 1, then); }, 250);
    }
  }

  function submitAttempt() {
    if (!window.confirm(TEXT.confirm)) {
      return;
    }
    fetch('/api/attempts/' + encodeURIComponent(attempt) + '/submit', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf }
    }).then(function (res) {
      if (res.ok || res.status === 409) {
        closed = true;
        window.location.reload();
      } else {
        message.textContent = TEXT.unsent;
      }
    }).catch(function () {
      message.textContent = TEXT.offline;
    });
  }
  window.addEventListener('online', flushAll);
  window.setInterval(flushAll, 3000);
  window.setInterval(tick, 1000);
  tick();
  flushAll();
}());
