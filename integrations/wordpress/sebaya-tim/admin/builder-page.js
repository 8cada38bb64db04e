/* Settings → Sebaya builder (Sebaya Tim): <sebaya-builder> starts from the config saved on the
 * site, and every change is copied into the form that saves it (to Settings → Sebaya, which checks
 * it and keeps the text when it is not valid). No build step. */
(function () {
  'use strict';
  var builder = document.querySelector('sebaya-builder');
  var field = document.getElementById('sebaya-builder-config');
  var saved = document.getElementById('sebaya-saved-config');
  if (!builder || !field) return;
  builder.addEventListener('sebaya-builder-change', function (event) {
    field.value = JSON.stringify(event.detail.config, null, 2);
  });
  customElements.whenDefined('sebaya-builder').then(function () {
    var config = saved ? JSON.parse(saved.textContent || 'null') : null;
    if (config && typeof config === 'object') {
      builder.setConfig(config);
      field.value = JSON.stringify(config, null, 2);
    }
  });
})();
