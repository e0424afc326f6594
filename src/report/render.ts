import { diffHtml } from '../notify/alert.js';
import { describeDetail, describeState, type Wording } from '../notify/describe.js';
import { evidenceHtml, sourcesLine } from '../notify/evidence.js';
import { escapeHtml } from '../notify/html.js';
import { formatTime, plural } from '../notify/text.js';
import type { Change } from '../reconcile/change.js';
import type { ReportCell, ReportModel } from './model.js';
import { REPORT_SCRIPT } from './script.js';
import { REPORT_STYLE } from './style.js';

const QUOTE_LIMIT = 600;

/**
 * The report as one HTML document: styles and script inline, and a policy that forbids loading
 * anything, so that it opens from file:// anywhere and a feed value can never fetch or run
 * anything. Every value read from a feed goes through `escapeHtml`, and only http(s) links
 * become anchors (`evidenceHtml`). Without the script the histories are a plain section that
 * the cells link to; with it, a cell opens its history in a panel.
 */
export function renderReport(model: ReportModel, wording: Wording): string {
  const generated = formatTime(model.generatedAt);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>talkwatch report, ${escapeHtml(generated)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Positions in the Russia–Ukraine peace talks</h1>',
    `<p class="meta">talkwatch report, ${escapeHtml(generated)} · ${escapeHtml(plural(model.timeline.length, 'recorded change'))} · <a href="#matrix">positions</a> · <a href="#timeline">timeline</a></p>`,
    '</header>',
    '<main>',
    matrixHtml(model, wording),
    timelineHtml(model, wording),
    historiesHtml(model, wording),
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function matrixHtml(model: ReportModel, wording: Wording): string {
  const head = model.parties.map((party) => `<th scope="col">${escapeHtml(party.name)}</th>`).join('');
  const rows = model.rows.map((cells, index) => {
    const issue = model.issues[index];
    const heading = issue ? `<th scope="row"><span class="issue">${escapeHtml(issue.id)}</span><span class="proposition">${escapeHtml(issue.proposition)}</span></th>` : '';
    return `<tr>${heading}${cells.map((cell) => cellHtml(cell, wording)).join('')}</tr>`;
  });
  return [
    '<section id="matrix">',
    '<h2>Current positions</h2>',
    `<p class="legend"><span class="stance support">support</span> <span class="stance oppose">oppose</span> <span class="stance unknown">unknown</span> <span class="recent-mark">● changed</span> in the ${escapeHtml(plural(model.recentDays, 'day'))} before the report. A cell opens its history.</p>`,
    '<div class="scroll">',
    `<table><thead><tr><th scope="col">Issue (support means…)</th>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</div>',
    '</section>',
  ].join('\n');
}

function cellHtml(cell: ReportCell, wording: Wording): string {
  const detail = cell.detail ? describeDetail(cell.detail) : '';
  const content = [
    `<span class="stance ${cell.stance}">${cell.stance}</span>`,
    ...(cell.recent ? ['<span class="recent-mark">● changed</span>'] : []),
    ...(detail ? [`<span class="detail">${escapeHtml(detail)}</span>`] : []),
    ...(cell.since ? [`<span class="since">since ${escapeHtml(cell.since.slice(0, 10))} · ${escapeHtml(plural(cell.sources, 'source'))}</span>`] : []),
  ].join('');
  const classes = `${cell.stance}${cell.recent ? ' recent' : ''}`;
  if (cell.history.length === 0) return `<td class="${classes}">${content}</td>`;
  const label = `${wording.partyName(cell.party)} on ${cell.issue}: ${cell.stance}, history`;
  return `<td class="${classes}"><a class="cell" href="#${historyId(cell)}" aria-label="${escapeHtml(label)}" data-party="${escapeHtml(cell.party)}" data-issue="${escapeHtml(cell.issue)}">${content}</a></td>`;
}

function timelineHtml(model: ReportModel, wording: Wording): string {
  const items = model.timeline.map((change) => `<li class="change" id="change-${escapeHtml(change.id)}">${changeHtml(change, wording, true)}</li>`);
  return [
    '<section id="timeline">',
    '<h2>Timeline of changes, newest first</h2>',
    items.length === 0 ? '<p>No change recorded since the baseline.</p>' : `<ol class="changes">${items.join('\n')}</ol>`,
    '</section>',
  ].join('\n');
}

function historiesHtml(model: ReportModel, wording: Wording): string {
  const sections = model.rows.flat().flatMap((cell) => {
    if (cell.history.length === 0) return [];
    const versions = cell.history.map((change) => `<li class="change">${changeHtml(change, wording, false)}</li>`).join('\n');
    return [
      `<section class="position-history" id="${historyId(cell)}" aria-label="${escapeHtml(`history of ${wording.partyName(cell.party)} on ${cell.issue}`)}">` +
        `<h3>${escapeHtml(wording.partyName(cell.party))} · ${escapeHtml(cell.issue)}</h3>` +
        `<p class="proposition">${escapeHtml(wording.proposition(cell.issue))}</p>` +
        `<p>Now: <span class="stance ${cell.stance}">${cell.stance}</span> · ${escapeHtml(plural(cell.history.length, 'version'))}, oldest first</p>` +
        `<ol class="changes">${versions}</ol></section>`,
    ];
  });
  return [
    '<aside id="histories" aria-label="position histories">',
    '<div class="panel-head"><h2>Position histories</h2><button type="button" id="close-history">Close</button></div>',
    ...sections,
    '</aside>',
  ].join('\n');
}

/** One change with its diff and evidence; in the timeline it names its position, in a history the position is the heading. */
function changeHtml(change: Change, wording: Wording, namePosition: boolean): string {
  const what = change.baseline ? 'baseline' : change.kind;
  const position = namePosition ? ` · <strong>${escapeHtml(wording.partyName(change.party))} · ${escapeHtml(change.issue)}</strong>` : '';
  return [
    `<p class="when"><time datetime="${escapeHtml(change.at)}">${escapeHtml(formatTime(change.at))}</time> · <span class="kind">${escapeHtml(what)}</span>${position}</p>`,
    `<p class="states">${escapeHtml(describeState(change.before))} ⇒ ${escapeHtml(describeState(change.after))}</p>`,
    `<p class="diff">${diffHtml(change)}</p>`,
    `<div class="evidence">${change.evidence.map((evidence) => evidenceHtml(evidence, QUOTE_LIMIT)).join('')}</div>`,
    `<p class="sources">${escapeHtml(sourcesLine(change.sources, change.evidence.length))} · <code>${escapeHtml(change.id)}</code></p>`,
  ].join('');
}

// Party and issue ids are taxonomy ids ([a-z.-]); the script looks them up with getElementById, where dots need no escaping.
function historyId(cell: ReportCell): string {
  return escapeHtml(`history-${cell.party}--${cell.issue}`);
}
