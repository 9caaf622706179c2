/*
 * The grant console's "select all": a checkbox with data-select-all="<name>" ticks or clears every checkbox of that
 * name in its form. Without script each grant is ticked by hand, or all of the clause confirmed with its own button.
 */
(function () {
  'use strict';
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    var form = all.form;
    var name = all.dataset.selectAll;
    all.addEventListener('change', function () {
      form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
})();
