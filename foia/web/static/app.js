// Keyboard shortcuts, a progressive enhancement: every action is also a plain link or form.
// v verify, r reject, c correct (focuses the form), n next. Ignored while typing in a field.
"use strict";
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) { return; }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) { return; }
  var key = event.key;
  if (key === "v" || key === "r") {
    var form = document.querySelector('form[data-shortcut="' + key + '"]');
    if (form) { event.preventDefault(); form.requestSubmit(); }
  } else if (key === "c") {
    var field = document.querySelector('form[data-shortcut="c"] input[type="text"]');
    if (field) { event.preventDefault(); field.focus(); field.select(); }
  } else if (key === "n") {
    var link = document.querySelector('a[data-shortcut="n"]');
    if (link) { event.preventDefault(); window.location.assign(link.href); }
  }
});
