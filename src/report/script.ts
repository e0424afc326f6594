/**
 * The report's only behaviour: a click on a cell opens that position's history in a panel
 * (Escape or Close shuts it). Without it the cells are plain links to the histories, listed at
 * the end of the page, so the report stays usable with scripts off and in print.
 */
export const REPORT_SCRIPT = `
(function () {
  document.documentElement.classList.add('js');
  var panel = document.getElementById('histories');
  var close = document.getElementById('close-history');
  var shown = null;
  var selected = null;
  function hide() {
    panel.classList.remove('open');
    if (shown) shown.classList.remove('open');
    if (selected) { selected.classList.remove('selected'); selected.focus(); }
    shown = null;
    selected = null;
  }
  function show(cell) {
    var section = document.getElementById(cell.getAttribute('href').slice(1));
    if (!section) return;
    if (shown) shown.classList.remove('open');
    if (selected) selected.classList.remove('selected');
    shown = section;
    selected = cell;
    section.classList.add('open');
    cell.classList.add('selected');
    panel.classList.add('open');
    panel.scrollTop = 0;
    close.focus();
  }
  document.addEventListener('click', function (event) {
    var cell = event.target.closest && event.target.closest('a.cell');
    if (!cell) return;
    event.preventDefault();
    show(cell);
  });
  close.addEventListener('click', hide);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && shown) hide();
  });
})();
`;
