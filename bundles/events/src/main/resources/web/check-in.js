/*
 * The check-in desk's camera: where the browser has the BarcodeDetector API and a camera, a button opens the back
 * camera, reads the participant's QR code, puts the code in the field and submits the form. Without them the
 * button stays hidden and the field works alone (typed, or from a handheld scanner that types).
 */
(function () {
  'use strict';
  var form = document.getElementById('check-in-form');
  var field = document.getElementById('code');
  var button = document.getElementById('scan');
  var box = document.getElementById('scanner');
  var video = document.getElementById('camera');
  var status = document.getElementById('scan-status');
  if (!form || !field || !button || !box || !video) {
    return;
  }
  var supported = 'BarcodeDetector' in window && navigator.mediaDevices && typeof navigator.mediaDevices.getUserMedia === 'function';
  if (!supported) {
    return;
  }
  var stream = null;
  var detector = null;
  var scanning = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function stop() {
    scanning = false;
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.srcObject = null;
    box.hidden = true;
    button.textContent = 'Pindai kode QR dengan kamera';
  }

  /* Codes are 10 characters of A-Z and 2-9; a QR code with anything else is not ours. */
  function codeOf(text) {
    var code = String(text || '').toUpperCase().replace(/[\s-]/g, '');
    return /^[2-9A-HJKMNP-Z]{10}$/.test(code) ? code : null;
  }

  function tick() {
    if (!scanning) {
      return;
    }
    detector.detect(video).then(function (found) {
      for (var i = 0; i < found.length; i++) {
        var code = codeOf(found[i].rawValue);
        if (code) {
          field.value = code;
          say('Kode terbaca: ' + code);
          stop();
          form.submit();
          return;
        }
      }
      window.setTimeout(tick, 250);
    }).catch(function () {
      window.setTimeout(tick, 500);
    });
  }

  function start() {
    say('Membuka kamera...');
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
      stream = s;
      video.srcObject = s;
      box.hidden = false;
      button.textContent = 'Tutup kamera';
      return video.play();
    }).then(function () {
      scanning = true;
      say('Arahkan kamera ke kode QR peserta.');
      tick();
    }).catch(function () {
      stop();
      say('Kamera tidak dapat dibuka; ketik kodenya saja.');
    });
  }

  window.BarcodeDetector.getSupportedFormats().then(function (formats) {
    if (formats.indexOf('qr_code') < 0) {
      return;
    }
    detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    button.hidden = false;
    button.addEventListener('click', function () {
      if (stream) {
        stop();
        say('');
      } else {
        start();
      }
    });
  }).catch(function () { /* no detector after all: the field works alone */ });

  window.addEventListener('pagehide', stop);
})();
