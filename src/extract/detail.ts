import type { ConditionSpan } from './conditions.js';
import type { CompiledTaxonomy } from './lexicon.js';
import type { PositionDetail } from './position.js';
import type { Sentence, Span } from './sentence.js';
import type { Finding } from './stance.js';

/** Longest condition kept, in words: enough for "if a ceasefire is achieved", not a paragraph. */
const CONDITION_WORDS = 12;
/** How far from its issue's wording a number may stand, in words ("cap ... at 600,000 troops"). */
const NUMBER_REACH = 10;
/** How far from its issue's wording a qualifier may stand ("an all-for-all prisoner swap"). */
const QUALIFIER_REACH = 10;
/** Single digits without "thousand" or "billion" are dates, counts of rounds, list items: not detail. */
const SMALLEST_NUMBER = 10;

// Linear patterns: every quantifier is followed by something it cannot consume.
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)(?:\s?(k|thousand|million|billion|bn|тис\.?|тисяч[\p{L}]*|тыс\.?|тысяч[\p{L}]*|млн|мільйон[\p{L}]*|миллион[\p{L}]*|млрд|мільярд[\p{L}]*|миллиард[\p{L}]*)(?![\p{L}]))?(-[\p{L}])?/giu;
const MULTIPLIERS: [RegExp, number][] = [
  [/^(k|thousand|тис|тыс)/i, 1e3],
  [/^(million|млн|мільйон|миллион)/i, 1e6],
  [/^(billion|bn|млрд|мільярд|миллиард)/i, 1e9],
];
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14, fifteen: 15, twenty: 20,
  thirty: 30, sixty: 60, ninety: 90, hundred: 100, 'one hundred': 100, два: 2, дві: 2, три: 3, 'п\'ять': 5, десять: 10,
  тридцять: 30, тридцать: 30, шістдесят: 60, шестьдесят: 60, сто: 100,
};
const AMOUNT = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
// A range keeps both ends, in figures or in words: "2–3 days", "два-три дня", "60 to 90 days".
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${AMOUNT}(?:\\s?[-–—]\\s?${AMOUNT}|[\\s-](?:to|or|до|або|или)[\\s-]${AMOUNT})?)[\\s-]?` +
    '(hours?|days?|weeks?|months?|years?|годин[\\p{L}]*|дн[\\p{L}]*|доб[\\p{L}]*|тиж[\\p{L}]*|місяц[\\p{L}]*|рок[\\p{L}]*|рік|рочн[\\p{L}]*|час[\\p{L}]*|сут[\\p{L}]*|недел[\\p{L}]*|месяц[\\p{L}]*|лет|год[\\p{L}]*|денн[\\p{L}]*|дневн[\\p{L}]*)(?![\\p{L}])',
  'giu',
);
// Ukrainian and Russian write "a three-day truce" as one word: "трьохденне", "трехдневное".
const COMPOUND_DURATION =
  /(?<![\p{L}])(одно|дво|дву|двох|двух|три|трьох|трех|чотирьох|четырех|п'яти|пяти|семи|десяти|тридцяти|тридцати|шістдесяти|шестидесяти|сто|стодвадцяти)(денн|дневн|добов|суточн|годинн|часов|тижнев|недельн|місячн|месячн)[\p{L}]*/giu;
const COMPOUND_NUMBERS: Record<string, number> = {
  одно: 1, дво: 2, дву: 2, двох: 2, двух: 2, три: 3, трьох: 3, трех: 3, чотирьох: 4, четырех: 4, "п'яти": 5, пяти: 5,
  семи: 7, десяти: 10, тридцяти: 30, тридцати: 30, шістдесяти: 60, шестидесяти: 60, сто: 100, стодвадцяти: 120,
};
const UNITS: [RegExp, string][] = [
  [/^(hour|годин|час)/i, 'hour'],
  [/^(day|дн|доб|сут|денн|дневн)/i, 'day'],
  [/^(week|тиж|недел)/i, 'week'],
  [/^(month|місяц|месяц)/i, 'month'],
  [/^(year|рок|рік|рочн|лет|год)/i, 'year'],
];
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** The detail worth keeping for a finding: regions, numbers, durations, conditions, qualifiers. */
export function readDetail(finding: Finding, sentence: Sentence, compiled: CompiledTaxonomy, conditions: readonly ConditionSpan[]): PositionDetail {
  const issue = compiled.taxonomy.issues[finding.cue.issue];
  const wanted = new Set(issue?.details ?? []);
  const clause = clauseSpan(sentence, finding.cue.core.start);
  const clauseText = textOf(sentence, clause);
  const detail: PositionDetail = {};
  const regions = [...finding.cue.regions];
  if (wanted.has('regions') && regions.length === 0) regions.push(...regionsIn(sentence, clause));
  if (regions.length > 0) detail.regions = [...new Set(regions)];
  const durations = wanted.has('durations') ? durationsIn(clauseText) : [];
  if (durations.length > 0) detail.durations = durations;
  if (wanted.has('numbers')) {
    const numbers = numbersIn(textOf(sentence, around(finding, clause, NUMBER_REACH)));
    if (numbers.length > 0) detail.numbers = numbers;
  }
  const attached = conditions
    .filter((condition) => sentence.clause[condition.start] === sentence.clause[finding.cue.core.start])
    .filter((condition) => !(condition.start <= finding.cue.core.start && finding.cue.core.start < condition.end))
    .map((condition) => conditionText(sentence, condition));
  if (attached.length > 0) detail.conditions = [...new Set(attached)];
  const qualifiers = qualifiersIn(sentence, finding.cue.issue, around(finding, clause, QUALIFIER_REACH));
  if (qualifiers.length > 0) detail.qualifiers = qualifiers;
  return detail;
}

/** The words within reach of the finding's cue, inside its clause. */
function around(finding: Finding, clause: Span, reach: number): Span {
  return { start: Math.max(clause.start, finding.cue.start - reach), end: Math.min(clause.end, finding.cue.end + reach) };
}

function clauseSpan(sentence: Sentence, index: number): Span {
  const clause = sentence.clause[index];
  let start = index;
  let end = index;
  while (start > 0 && sentence.clause[start - 1] === clause) start--;
  while (end < sentence.tokens.length && sentence.clause[end] === clause) end++;
  return { start, end };
}

function textOf(sentence: Sentence, span: Span): string {
  const first = sentence.tokens[span.start];
  const last = sentence.tokens[span.end - 1];
  return first && last ? sentence.text.slice(first.start, last.end) : '';
}

function regionsIn(sentence: Sentence, clause: Span): string[] {
  return sentence.found.region.flatMap((match) => (match.start >= clause.start && match.end <= clause.end ? match.value.regions : []));
}

function qualifiersIn(sentence: Sentence, issue: number, span: Span): string[] {
  const labels = sentence.found.qualifier.flatMap((match) =>
    match.value.issue === issue && match.start >= span.start && match.end <= span.end ? [match.value.label] : [],
  );
  return [...new Set(labels)];
}

/** "600,000", "600 000", "600k", "800 тисяч", "$300 billion"; years and "28-point" are left out. */
export function numbersIn(text: string): number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(NUMBER)) {
    if (match[3]) continue;
    const digits = (match[1] ?? '').replace(/[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '').replace(',', '.');
    let value = Number(digits);
    const multiplier = match[2] ? MULTIPLIERS.find(([pattern]) => pattern.test(match[2] ?? '')) : undefined;
    if (multiplier) value *= multiplier[1];
    else if (value < SMALLEST_NUMBER) continue;
    else if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX && !/[,\u00a0\u202f ]/.test(match[1] ?? '')) continue;
    if (Number.isFinite(value) && value > 0 && !numbers.includes(value)) numbers.push(value);
  }
  return numbers;
}

/** "30 days", "30-day", "24–48 hours", "100 днів", "three-day" → "30 days", "24-48 hours", "3 days". */
export function durationsIn(text: string): string[] {
  const durations: string[] = [];
  for (const match of text.matchAll(DURATION)) {
    const amount = (match[1] ?? '').toLowerCase();
    const count = amount
      .split(/[\s-](?:to|or|до|або|или)[\s-]|\s?[-–—]\s?/u)
      .map((end) => String(NUMBER_WORDS[end] ?? end))
      .join('-');
    const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ''))?.[1];
    if (!unit) continue;
    const duration = `${count} ${unit}${count === '1' ? '' : 's'}`;
    if (!durations.includes(duration)) durations.push(duration);
  }
  for (const match of text.normalize('NFC').replaceAll('ё', 'е').matchAll(COMPOUND_DURATION)) {
    const count = COMPOUND_NUMBERS[(match[1] ?? '').toLowerCase()];
    const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ''))?.[1];
    if (count === undefined || !unit) continue;
    const duration = `${count} ${unit}${count === 1 ? '' : 's'}`;
    if (!durations.includes(duration)) durations.push(duration);
  }
  return durations;
}

function conditionText(sentence: Sentence, condition: ConditionSpan): string {
  const end = Math.min(condition.end, condition.start + CONDITION_WORDS);
  return textOf(sentence, { start: condition.start, end }).replace(/[\s,;:.]+$/, '').toLowerCase();
}
