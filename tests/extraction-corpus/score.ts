import type { Position } from '../../src/extract/position.js';
import { LABELLED_DETAIL_FIELDS, tripleKey, type LabelledDetailField, type LoadedItem } from './corpus.js';

/** What the engine said about one item: positions are empty when it judged the item off-topic. */
export interface Prediction {
  relevant: boolean;
  /** Why relevance went that way (`rules`, `positions`, `excluded`, `off-topic`), for the error list. */
  reason: string;
  positions: Position[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PositionError {
  id: string;
  set: string;
  lang: string;
  party: string;
  issue: string;
  stance: string;
  /** The engine's quote for a false positive; the item's title for a miss. */
  quote: string;
  note?: string;
}

export interface RelevanceError {
  id: string;
  set: string;
  expected: boolean;
  got: boolean;
  reason: string;
  title: string;
}

export interface DetailScore {
  checked: number;
  exact: number;
  accuracy: number;
}

export interface DetailError {
  id: string;
  party: string;
  issue: string;
  stance: string;
  field: LabelledDetailField;
  expected: (string | number)[];
  got: (string | number)[];
}

export interface RelevanceScore {
  total: number;
  correct: number;
  accuracy: number;
}

export interface Report {
  items: number;
  overall: Prf;
  bySet: Record<string, Prf>;
  byLang: Record<string, Prf>;
  byParty: Record<string, Prf>;
  byIssue: Record<string, Prf>;
  relevance: RelevanceScore & { bySet: Record<string, RelevanceScore>; errors: RelevanceError[] };
  detail: Record<LabelledDetailField, DetailScore>;
  detailErrors: DetailError[];
  misses: PositionError[];
  falsePositives: PositionError[];
}

type Outcome = 'tp' | 'fp' | 'fn';

/** Counts outcomes under several groupings at once (overall, per set, per party, ...). */
class Tally {
  private readonly groups = new Map<string, Map<string, Record<Outcome, number>>>();

  add(grouping: string, key: string, outcome: Outcome): void {
    const byKey = this.groups.get(grouping) ?? new Map<string, Record<Outcome, number>>();
    this.groups.set(grouping, byKey);
    const counts = byKey.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    byKey.set(key, counts);
    counts[outcome] += 1;
  }

  prf(grouping: string): Record<string, Prf> {
    const entries = [...(this.groups.get(grouping) ?? new Map<string, Record<Outcome, number>>())];
    entries.sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([key, counts]) => [key, toPrf(counts)]));
  }
}

export function toPrf({ tp, fp, fn }: Record<Outcome, number>): Prf {
  // With nothing predicted nothing was wrongly predicted, and with nothing to find nothing was missed.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Predicted positions of one item collapsed per triple, the way the labels are written. */
interface PredictedTriple {
  position: Position;
  detail: Record<LabelledDetailField, Set<string | number>>;
}

/**
 * Scores predictions against the labels: positions match on (party, issue, stance) per item, each
 * triple counted once however many sentences repeat it; details are compared as sets, over the fields
 * an item labels.
 */
export function scoreCorpus(items: readonly LoadedItem[], predictions: ReadonlyMap<string, Prediction>): Report {
  const tally = new Tally();
  const report: Omit<Report, 'overall' | 'bySet' | 'byLang' | 'byParty' | 'byIssue'> = {
    items: items.length,
    relevance: { total: 0, correct: 0, accuracy: 1, bySet: {}, errors: [] },
    detail: emptyDetailScores(),
    detailErrors: [],
    misses: [],
    falsePositives: [],
  };
  const relevanceBySet = new Map<string, { total: number; correct: number }>();
  for (const item of items) {
    const prediction = predictions.get(item.id);
    if (!prediction) throw new Error(`no prediction for item ${item.id}`);
    scoreRelevance(item, prediction, report, relevanceBySet);
    scorePositions(item, prediction, tally, report);
  }
  report.relevance.total = items.length;
  report.relevance.correct = items.length - report.relevance.errors.length;
  report.relevance.accuracy = ratio(report.relevance.correct, report.relevance.total);
  report.relevance.bySet = Object.fromEntries(
    [...relevanceBySet].map(([set, { total, correct }]) => [set, { total, correct, accuracy: ratio(correct, total) }]),
  );
  for (const field of LABELLED_DETAIL_FIELDS) {
    report.detail[field].accuracy = ratio(report.detail[field].exact, report.detail[field].checked);
  }
  const { items: count, ...rest } = report;
  return {
    items: count,
    overall: tally.prf('overall')['all'] ?? toPrf({ tp: 0, fp: 0, fn: 0 }),
    bySet: tally.prf('set'),
    byLang: tally.prf('lang'),
    byParty: tally.prf('party'),
    byIssue: tally.prf('issue'),
    ...rest,
  };
}

function scoreRelevance(
  item: LoadedItem,
  prediction: Prediction,
  report: Pick<Report, 'relevance'>,
  bySet: Map<string, { total: number; correct: number }>,
): void {
  const counts = bySet.get(item.set) ?? { total: 0, correct: 0 };
  bySet.set(item.set, counts);
  counts.total += 1;
  if (prediction.relevant === item.relevant) {
    counts.correct += 1;
    return;
  }
  report.relevance.errors.push({
    id: item.id,
    set: item.set,
    expected: item.relevant,
    got: prediction.relevant,
    reason: prediction.reason,
    title: item.title,
  });
}

function scorePositions(item: LoadedItem, prediction: Prediction, tally: Tally, report: Pick<Report, 'misses' | 'falsePositives' | 'detail' | 'detailErrors'>): void {
  const predicted = collapse(prediction.relevant ? prediction.positions : []);
  const labelled = new Map(item.positions.map((position) => [tripleKey(position), position]));
  const count = (triple: { party: string; issue: string }, outcome: Outcome): void => {
    tally.add('overall', 'all', outcome);
    tally.add('set', item.set, outcome);
    tally.add('lang', item.lang, outcome);
    tally.add('party', triple.party, outcome);
    tally.add('issue', triple.issue, outcome);
  };
  for (const [key, label] of labelled) {
    const found = predicted.get(key);
    if (found) {
      count(label, 'tp');
      scoreDetail(item, label, found, report);
      continue;
    }
    count(label, 'fn');
    const flipped = predicted.has(tripleKey({ ...label, stance: opposite(label.stance) }));
    report.misses.push({ ...errorBase(item, label), quote: item.title, ...(flipped ? { note: 'the opposite stance was predicted' } : {}) });
  }
  for (const [key, { position }] of predicted) {
    if (labelled.has(key)) continue;
    count(position, 'fp');
    const note = !item.relevant
      ? 'the item is labelled not relevant'
      : labelled.has(tripleKey({ ...position, stance: opposite(position.stance) }))
        ? 'the label has the opposite stance'
        : undefined;
    report.falsePositives.push({ ...errorBase(item, position), quote: position.quote, ...(note ? { note } : {}) });
  }
}

function scoreDetail(
  item: LoadedItem,
  label: LoadedItem['positions'][number],
  found: PredictedTriple,
  report: Pick<Report, 'detail' | 'detailErrors'>,
): void {
  for (const field of LABELLED_DETAIL_FIELDS) {
    const expected = label.detail?.[field];
    if (!expected) continue;
    const want = new Set<string | number>(expected.map((value) => normaliseDetail(field, value)));
    const got = found.detail[field];
    report.detail[field].checked += 1;
    if (sameSet(want, got)) {
      report.detail[field].exact += 1;
      continue;
    }
    report.detailErrors.push({ id: item.id, party: label.party, issue: label.issue, stance: label.stance, field, expected: [...want], got: [...got] });
  }
}

function collapse(positions: readonly Position[]): Map<string, PredictedTriple> {
  const byTriple = new Map<string, PredictedTriple>();
  for (const position of positions) {
    const key = tripleKey(position);
    const entry = byTriple.get(key) ?? { position, detail: { regions: new Set(), numbers: new Set(), durations: new Set() } };
    byTriple.set(key, entry);
    for (const field of LABELLED_DETAIL_FIELDS) {
      for (const value of position.detail[field] ?? []) entry.detail[field].add(normaliseDetail(field, value));
    }
  }
  return byTriple;
}

const UNIT_WORDS: readonly [RegExp, string][] = [
  [/^(hours?|год(ин[аи]?)?|час(а|ов)?)$/u, 'hours'],
  [/^(days?|день|дні|днів|дня|дней|доби|діб|суток)$/u, 'days'],
  [/^(weeks?|тижн(і|ів)|тиждень|недел(я|и|ь))$/u, 'weeks'],
  [/^(months?|місяц(ь|і|ів)|месяц(а|ев)?)$/u, 'months'],
];

/**
 * Durations are compared as "N unit" or "N-M unit" in English units, so that "30-day", "30 days" and
 * "30 днів" agree; regions compare lower-cased; numbers as numbers.
 */
export function normaliseDetail(field: LabelledDetailField, value: string | number): string | number {
  if (field === 'numbers') return Number(value);
  const text = String(value).toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
  if (field === 'regions') return text;
  const match = /^(\d+(?:-\d+)?)[ -]?(\p{L}+)$/u.exec(text);
  const unit = match && UNIT_WORDS.find(([pattern]) => pattern.test(match[2] ?? ''))?.[1];
  return match && unit ? `${match[1]} ${unit}` : text;
}

function emptyDetailScores(): Record<LabelledDetailField, DetailScore> {
  return {
    regions: { checked: 0, exact: 0, accuracy: 1 },
    numbers: { checked: 0, exact: 0, accuracy: 1 },
    durations: { checked: 0, exact: 0, accuracy: 1 },
  };
}

function errorBase(item: LoadedItem, triple: { party: string; issue: string; stance: string }): Omit<PositionError, 'quote'> {
  return { id: item.id, set: item.set, lang: item.lang, party: triple.party, issue: triple.issue, stance: triple.stance };
}

function opposite(stance: string): 'support' | 'oppose' {
  return stance === 'support' ? 'oppose' : 'support';
}

function sameSet(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
