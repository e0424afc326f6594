/**
 * `npm run eval [-- --set dev|holdout|all] [--json]`: measures relevance and extraction on the labelled
 * corpus (tests/extraction-corpus). The holdout set is for measuring only: its errors are listed so the
 * figure can be trusted, not so the engine can be tuned to them.
 */
import { parseArgs } from 'node:util';
import { predictAll } from '../tests/extraction-corpus/analyse.js';
import { CORPUS_SETS, LABELLED_DETAIL_FIELDS, loadCorpus, type CorpusSet } from '../tests/extraction-corpus/corpus.js';
import { scoreCorpus, type PositionError, type Prf, type Report } from '../tests/extraction-corpus/score.js';

const SET_CHOICES = ['dev', 'holdout', 'all'] as const;

function main(): void {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'dev' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: npm run eval [-- --set dev|holdout|all] [--json]\n');
    return;
  }
  // `npm run eval | head` closes the pipe early: the reader has seen enough, nothing failed.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const sets = parseSet(values.set);
  const items = loadCorpus(sets);
  const report = scoreCorpus(items, predictAll(items));
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, sets));
}

function parseSet(value: string): CorpusSet[] {
  if (!(SET_CHOICES as readonly string[]).includes(value)) {
    process.stderr.write(`eval: --set must be one of ${SET_CHOICES.join(', ')}, not "${value}"\n`);
    process.exit(2);
  }
  return value === 'all' ? [...CORPUS_SETS] : [value as CorpusSet];
}

function formatReport(report: Report, sets: readonly CorpusSet[]): string {
  const { relevance, overall } = report;
  const lines = [
    `Extraction corpus: ${sets.join(' + ')} (${report.items} items)`,
    '',
    `Positions   ${prfLine(overall)}`,
    `Relevance   accuracy ${pct(relevance.accuracy)} (${relevance.correct}/${relevance.total})`,
    ...Object.entries(relevance.bySet).map(([set, score]) => `  ${set.padEnd(9)} ${pct(score.accuracy)} (${score.correct}/${score.total})`),
    `Detail      ${LABELLED_DETAIL_FIELDS.map((field) => `${field} ${report.detail[field].exact}/${report.detail[field].checked}`).join(', ')}`,
    '',
    ...table('set', report.bySet),
    ...table('language', report.byLang),
    ...table('party', report.byParty),
    ...table('issue', report.byIssue),
    ...section(
      'Relevance errors',
      relevance.errors.map((error) => `${error.id}  labelled ${label(error.expected)}, judged ${label(error.got)} (${error.reason})  "${error.title}"`),
    ),
    ...section('Misses', report.misses.map(errorLine)),
    ...section('False positives', report.falsePositives.map(errorLine)),
    ...section(
      'Detail errors',
      report.detailErrors.map((error) => `${error.id}  ${error.party} ${error.issue} ${error.stance}  ${error.field}: labelled [${error.expected.join(', ')}], got [${error.got.join(', ')}]`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function table(title: string, rows: Record<string, Prf>): string[] {
  const width = Math.max(title.length, ...Object.keys(rows).map((key) => key.length));
  const header = `${title.padEnd(width)}   tp   fp   fn   prec    rec     F1`;
  const body = Object.entries(rows).map(([key, prf]) => `${key.padEnd(width)} ${counts(prf)}  ${num(prf.precision)} ${num(prf.recall)} ${num(prf.f1)}`);
  return [header, ...body, ''];
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [`${title}: none`, ''] : [`${title} (${lines.length}):`, ...lines.map((line) => `  ${line}`), ''];
}

function errorLine(error: PositionError): string {
  const note = error.note ? `  [${error.note}]` : '';
  return `${error.id}  ${error.party} ${error.issue} ${error.stance}${note}\n      "${oneLine(error.quote)}"`;
}

function prfLine(prf: Prf): string {
  return `precision ${num(prf.precision)}  recall ${num(prf.recall)}  F1 ${num(prf.f1)}  (tp ${prf.tp}, fp ${prf.fp}, fn ${prf.fn})`;
}

function counts(prf: Prf): string {
  return [prf.tp, prf.fp, prf.fn].map((value) => String(value).padStart(4)).join(' ');
}

function label(relevant: boolean): string {
  return relevant ? 'relevant' : 'not relevant';
}

function num(value: number): string {
  return value.toFixed(3).padStart(6);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 217)}...` : flat;
}

main();
