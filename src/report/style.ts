/**
 * The report's stylesheet, inline so that the page needs nothing else. Stances are written out
 * as words as well as coloured, so that the matrix reads in black and white and to a screen
 * reader; the matrix scrolls inside its own box on a phone instead of widening the page.
 */
export const REPORT_STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;margin:0 auto;padding:0 16px 48px;max-width:1200px}
h1{font-size:1.45rem;margin:20px 0 4px}
h2{font-size:1.2rem;margin:28px 0 8px}
h3{font-size:1.05rem;margin:0 0 4px}
.meta,.legend,.proposition,.since,.sources,.when{color:#555}
.legend .stance,.legend .recent-mark{margin-right:6px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e4e4e4;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f4f4f4;position:sticky;top:0}
tbody th{position:sticky;left:0;background:#fff;min-width:12rem;max-width:18rem;font-weight:normal}
.issue{display:block;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
.proposition{display:block;font-size:.8rem}
td{min-width:7.5rem}
td.support{background:#e7f6e4}
td.oppose{background:#fbe5e2}
td.recent{outline:2px solid #c77700;outline-offset:-2px}
a.cell{display:block;color:inherit;text-decoration:none;min-height:2.2em}
a.cell:hover .stance,a.cell:focus .stance{text-decoration:underline}
a.cell.selected{box-shadow:inset 0 0 0 2px #0b57d0}
.stance{font-weight:600}
.stance.support{color:#1d6b18}
.stance.oppose{color:#a3261b}
.stance.unknown{color:#777;font-weight:normal}
.recent-mark{display:inline-block;margin-left:4px;color:#c77700;font-size:.8rem;font-weight:600}
.detail,.since{display:block;font-size:.78rem}
ol.changes{list-style:none;padding:0;margin:0}
li.change{border-top:1px solid #e4e4e4;padding:10px 0}
li.change p{margin:2px 0}
.diff ins{background:#d4f7d4;text-decoration:none}
.diff del{background:#fbd6d6}
code{font-size:.8rem;color:#777}
#histories{margin-top:28px}
.panel-head{display:flex;justify-content:space-between;align-items:center}
#close-history{display:none;font:inherit;padding:4px 12px}
.position-history{border-top:2px solid #ccc;padding-top:12px;margin-top:16px}
.js #histories{display:none}
.js #histories.open{display:block;position:fixed;top:0;right:0;bottom:0;width:min(36rem,100%);margin:0;overflow-y:auto;background:#fff;padding:12px 16px 32px;box-shadow:-4px 0 16px rgba(0,0,0,.25);z-index:10}
.js #histories.open #close-history{display:block}
.js .position-history{display:none}
.js .position-history.open{display:block;border-top:0;margin-top:8px}
@media (max-width:40rem){
  body{padding:0 8px 32px;font-size:14px}
  tbody th{min-width:8.5rem}
  td{min-width:6rem}
  tbody .proposition{display:none}
  .js #histories.open{top:auto;height:75vh;width:100%;box-shadow:0 -4px 16px rgba(0,0,0,.25)}
}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .js #histories,#histories,.meta a{display:none}
  .scroll{overflow:visible;border:0}
  thead th,tbody th{position:static}
  td.support,td.oppose{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  tr,li.change{break-inside:avoid}
  #timeline a[href^="http"]::after{content:" <" attr(href) ">";font-size:8pt;word-break:break-all}
}
`;
