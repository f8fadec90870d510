// The report's only script (allowed by its hash in the Content-Security-Policy): the severity and rule
// filters, and a click on a highlight selects its findings. The page reads fine without it.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  var findings = {};
  Array.prototype.forEach.call(document.querySelectorAll('li.finding[data-finding]'), function (li) {
    findings[li.getAttribute('data-finding')] = li;
  });

  function apply() {
    var off = {};
    boxes.forEach(function (box) { if (!box.checked) { off[box.name + ' ' + box.value] = true; } });
    var shown = {};
    Object.keys(findings).forEach(function (key) {
      var li = findings[key];
      shown[key] = !off['severity ' + li.getAttribute('data-severity')] && !off['rule ' + li.getAttribute('data-rule')];
      li.hidden = !shown[key];
    });
    Array.prototype.forEach.call(document.querySelectorAll('mark[data-finding], a.ref[data-finding]'), function (el) {
      var any = el.getAttribute('data-finding').split(' ').some(function (key) { return shown[key]; });
      el.classList.toggle('off', !any);
    });
  }

  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark[data-finding]') : null;
    if (!mark || mark.classList.contains('off')) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('li.finding.selected'), function (li) { li.classList.remove('selected'); });
    mark.getAttribute('data-finding').split(' ').forEach(function (key, i) {
      var li = findings[key];
      if (!li || li.hidden) { return; }
      li.classList.add('selected');
      if (i === 0) { li.scrollIntoView({ block: 'nearest' }); }
    });
  });
  apply();
  document.body.setAttribute('data-ready', '1');
}());
