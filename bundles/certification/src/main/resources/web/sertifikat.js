// Copies a certificate's verification link. The page works without it: the link is also shown as text.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (!button) { return; }
  var text = button.getAttribute('data-copy');
  var done = function () { button.textContent = 'Tautan tersalin ✓'; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { window.prompt('Salin tautan ini:', text); });
  } else {
    window.prompt('Salin tautan ini:', text);
  }
});
