// Practice pages: autosave of an article's draft, resumable uploads (tus 1.0) with progress, live pre-checks.
// The article form also works without this script; uploads need it.
(function () {
  'use strict';
  var editor = document.getElementById('editor');
  if (!editor) { return; }
  var task = editor.getAttribute('data-task');
  var csrf = editor.getAttribute('data-csrf');
  var CHUNK = 5 * 1024 * 1024;

  function text(el, value) { if (el) { el.textContent = value; } }

  function showChecks(checks) {
    var box = document.getElementById('checks');
    if (!box || !checks || !checks.findings) { return; }
    var list = document.createElement('ul');
    list.className = 'findings';
    checks.findings.forEach(function (f) {
      var li = document.createElement('li');
      li.className = String(f.level || '').toLowerCase();
      li.setAttribute('data-id', f.id);
      li.textContent = f.message;
      list.appendChild(li);
    });
    box.replaceChildren(list);
  }

  function save(body) {
    return fetch('/api/tasks/' + encodeURIComponent(task) + '/submissions', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error ? j.error.message : 'HTTP ' + r.status); }
        return j;
      });
    });
  }

  // ---- article: autosave the draft two seconds after the last keystroke ----
  var form = document.getElementById('article-form');
  if (form) {
    var timer = null;
    var status = document.getElementById('autosave');
    var draft = function () {
      save({headline: form.judul.value, body: form.isi.value, draft: true}).then(function (saved) {
        var now = new Date();
        text(status, 'Draf tersimpan pukul ' + String(now.getHours()).padStart(2, '0') + '.' + String(now.getMinutes()).padStart(2, '0') + '.');
        showChecks(saved.checks);
      }).catch(function (e) { text(status, 'Draf belum tersimpan: ' + e.message); });
    };
    form.addEventListener('input', function () {
      clearTimeout(timer);
      text(status, 'Menyimpan...');
      timer = setTimeout(draft, 2000);
    });
  }

  // ---- files: tus upload, resumed after a reload or a dropped connection ----
  var input = document.getElementById('file');
  var bar = document.getElementById('upload-progress');
  var label = document.getElementById('upload-status');
  var send = document.getElementById('submit-file');
  if (send && send.getAttribute('data-upload')) { send.disabled = false; }

  function b64(value) { return btoa(unescape(encodeURIComponent(value))); }

  function tus(method, url, headers, body, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Tus-Resumable', '1.0.0');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      Object.keys(headers).forEach(function (h) { xhr.setRequestHeader(h, headers[h]); });
      if (onProgress) { xhr.upload.onprogress = onProgress; }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = function () { reject(new Error('koneksi terputus')); };
      xhr.send(body || null);
    });
  }

  function refusal(xhr) {
    try { return JSON.parse(xhr.responseText).error.message; } catch (e) { return 'HTTP ' + xhr.status; }
  }

  function checksum(blob) {
    if (!(window.crypto && crypto.subtle && blob.arrayBuffer)) { return Promise.resolve(null); }
    return blob.arrayBuffer().then(function (b) { return crypto.subtle.digest('SHA-256', b); }).then(function (d) {
      var s = '';
      new Uint8Array(d).forEach(function (x) { s += String.fromCharCode(x); });
      return 'sha256 ' + btoa(s);
    });
  }

  function start(file) {
    var key = 'bimtek-tus-' + task + '-' + file.name + '-' + file.size + '-' + file.lastModified;
    var max = Number(editor.getAttribute('data-max-bytes'));
    send.disabled = true;
    if (max && file.size > max) {
      text(label, 'Berkas terlalu besar: paling besar ' + Math.round(max / 1048576) + ' MB.');
      return;
    }
    var url = localStorage.getItem(key);
    var resume = url ? tus('HEAD', url, {}).then(function (xhr) {
      return xhr.status === 200 ? Number(xhr.getResponseHeader('Upload-Offset')) : null;
    }) : Promise.resolve(null);
    resume.then(function (offset) {
      if (offset !== null) { return offset; }
      return tus('POST', '/api/uploads', {'Upload-Length': String(file.size),
        'Upload-Metadata': 'filename ' + b64(file.name) + ',taskId ' + b64(task)}).then(function (xhr) {
        if (xhr.status !== 201) { throw new Error(refusal(xhr)); }
        url = xhr.getResponseHeader('Location');
        localStorage.setItem(key, url);
        return 0;
      });
    }).then(function (offset) { chunks(file, url, offset, key, 0); })
      .catch(function (e) { text(label, 'Unggahan gagal: ' + e.message); });
  }

  function chunks(file, url, offset, key, failures) {
    var percent = function (done) {
      bar.value = Math.floor(100 * done / file.size);
      text(label, 'Mengunggah ' + bar.value + '% (' + (done / 1048576).toFixed(1) + ' dari ' + (file.size / 1048576).toFixed(1) + ' MB)');
    };
    if (offset >= file.size) { finished(file, url, key); return; }
    var blob = file.slice(offset, Math.min(file.size, offset + CHUNK));
    checksum(blob).then(function (sum) {
      var headers = {'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream'};
      if (sum) { headers['Upload-Checksum'] = sum; }
      return tus('PATCH', url, headers, blob, function (e) { percent(offset + e.loaded); });
    }).then(function (xhr) {
      if (xhr.status === 204) {
        chunks(file, url, Number(xhr.getResponseHeader('Upload-Offset')), key, 0);
      } else if (xhr.status === 409 || xhr.status === 460) {
        retry(file, url, key, failures); // ask the server where it stands, and go on from there
      } else {
        localStorage.removeItem(key);
        text(label, 'Berkas ditolak: ' + refusal(xhr));
        bar.value = 0;
      }
    }).catch(function () { retry(file, url, key, failures); });
  }

  function retry(file, url, key, failures) {
    var wait = Math.min(30000, 1000 * Math.pow(2, failures));
    text(label, 'Koneksi terputus; mencoba lagi dalam ' + Math.round(wait / 1000) + ' detik...');
    setTimeout(function () {
      tus('HEAD', url, {}).then(function (xhr) {
        if (xhr.status !== 200) { throw new Error(refusal(xhr)); }
        chunks(file, url, Number(xhr.getResponseHeader('Upload-Offset')), key, failures + 1);
      }).catch(function () { retry(file, url, key, failures + 1); });
    }, wait);
  }

  function finished(file, url, key) {
    localStorage.removeItem(key);
    bar.value = 100;
    var id = url.substring(url.lastIndexOf('/') + 1);
    text(label, 'Unggahan selesai (' + (file.size / 1048576).toFixed(1) + ' MB). Memeriksa berkas...');
    save({uploadId: id, draft: true}).then(function (saved) {
      text(label, 'Unggahan selesai dan tersimpan sebagai draf.');
      showChecks(saved.checks);
      var preview = document.getElementById('preview');
      var media = document.createElement(editor.getAttribute('data-kind') === 'PHOTO' ? 'img' : 'video');
      media.src = saved.file || URL.createObjectURL(file);
      if (media.tagName === 'VIDEO') { media.controls = true; } else { media.alt = 'Pratinjau ' + file.name; }
      media.className = 'work';
      preview.replaceChildren(media);
      send.setAttribute('data-upload', id);
      send.disabled = false;
    }).catch(function (e) { text(label, 'Berkas terunggah, tetapi belum tersimpan: ' + e.message); });
  }

  if (input) {
    input.addEventListener('change', function () { if (input.files[0]) { start(input.files[0]); } });
  }
  if (send) {
    send.addEventListener('click', function () {
      send.disabled = true;
      save({uploadId: send.getAttribute('data-upload'), draft: false}).then(function () { location.reload(); })
        .catch(function (e) { send.disabled = false; text(label, 'Belum terkirim: ' + e.message); });
    });
  }
}());
