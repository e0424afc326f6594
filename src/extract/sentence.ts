import { issueWordsAroundAsides } from './asides.js';
import { isCapitalised } from './clauses.js';
import type { CompiledTaxonomy, Polarity, Tag, WordRole } from './lexicon.js';
import { emptyObjects } from './lists.js';
import type { PhraseMatch } from './phrases.js';
import { stretchEndOf, stretchStartOf, tokenize, type Token } from './tokens.js';

export interface Span {
  /** Token indices: first word and one past the last. */
  start: number;
  end: number;
}

export interface TriggerHit extends Span {
  polarity: Polarity;
  direction: 'forward' | 'backward';
  whenNegated: 'flip' | 'drop';
  noun: boolean;
  firm: boolean;
}

type Kind = Exclude<Tag['kind'], 'word' | 'trigger'>;

/** The matches of one kind of tag, typed by it. */
export type MatchesOf<K extends Kind> = PhraseMatch<Extract<Tag, { kind: K }>>[];

/** One sentence, tokenised, with every phrase of the taxonomy found in it, sorted by kind. */
export interface Sentence {
  text: string;
  tokens: Token[];
  /** Party names, regions and issue wording, by kind. */
  found: { [K in Kind]: MatchesOf<K> };
  /** Word-list phrases by role, longest first where they overlap. */
  words: Map<WordRole, Span[]>;
  triggers: TriggerHit[];
  /** Clause number of every token: a new clause starts at ";", "but", "while", "said"... */
  clause: number[];
  question: boolean;
}

/** A question mark, perhaps inside a closing quote, ends the sentence. */
const ENDS_QUESTION = /\?\s*["'”»]?\s*$/;

export function readSentence(text: string, compiled: CompiledTaxonomy): Sentence {
  const tokens = tokenize(text);
  const words = new Map<WordRole, Span[]>();
  const triggers: TriggerHit[] = [];
  // An issue's own acts ("adopted", «ухвалив») are stance words only before that issue's wording, found below.
  const acts: { hit: TriggerHit; issue: number }[] = [];
  const found: Sentence['found'] = { party: [], region: [], cue: [], echo: [], anchor: [], target: [], blocker: [], qualifier: [] };
  for (const match of compiled.index.matchAll(tokens)) {
    const tag = match.value;
    if (tag.kind === 'word') push(words, tag.role, match);
    else if (tag.kind === 'trigger') {
      const { polarity, direction, whenNegated, noun, firm, issue } = tag;
      const hit: TriggerHit = { start: match.start, end: match.end, polarity, direction, whenNegated, noun, firm };
      if (issue === undefined) triggers.push(hit);
      else acts.push({ hit, issue });
    } else {
      (found[tag.kind] as PhraseMatch<Tag>[]).push(match);
    }
  }
  if (acts.length > 0) {
    const wordings = [...found.cue, ...found.anchor];
    for (const act of acts) if (actsOnIssue(tokens, act.hit, act.issue, wordings)) triggers.push(act.hit);
  }
  for (const [role, spans] of words) if (!isOrderedWithoutOverlap(spans)) words.set(role, longestFirst(spans));
  // "no fewer than", «не менее»: a negation word that negates nothing is no negator, nor is "once
  // again" a condition; in «тогда как», "even as", "as" joins the clauses and opens no relative clause.
  dropInside(words, 'negators', 'falseNegations');
  dropInside(words, 'conditions', 'falseConditions');
  dropInside(words, 'relatives', 'boundaries');
  // «Росія натомість вимагає»: not "whereas", and before a stance word of its own not "in return"
  // either («а Росія натомість заморожує лінію фронту» is what Russia gives in return), but "for its part".
  words.set('boundaries', (words.get('boundaries') ?? []).filter((span) => !adverbAfterName(tokens, words, span) && !contrastsObject(words, span)));
  words.set('demandConditions', (words.get('demandConditions') ?? []).filter((span) => !(adverbAfterName(tokens, words, span) && triggers.some((hit) => hit.start === span.end))));
  for (const as of clausesOfTime(tokens, words, found.party, triggers)) {
    words.set('relatives', (words.get('relatives') ?? []).filter((span) => span.start !== as.start));
    words.set('boundaries', [...(words.get('boundaries') ?? []), as].sort((a, b) => a.start - b.start));
  }
  // "a phone call on Sunday": a stance word's form inside a phrase that takes no stance is none.
  const falseTriggers = words.get('falseTriggers') ?? [];
  // "laws that, in his words, persecute the church": a citation set off by commas is left out as a clause is.
  const asideOpeners = [...(words.get('relatives') ?? []), ...(words.get('personCitations') ?? [])].sort((x, y) => x.start - y.start);
  const aroundAsides = issueWordsAroundAsides(tokens, asideOpeners, compiled.index);
  for (const match of aroundAsides) (found[match.value.kind as Kind] as PhraseMatch<Tag>[]).push(match);
  if (aroundAsides.length > 0) for (const matches of Object.values(found)) matches.sort((a, b) => a.start - b.start);
  return {
    text,
    tokens,
    found,
    words,
    // Where a verb stem also covers a noun ("требова*", "требование"), the noun reading wins.
    triggers: longestFirst(triggers.sort((a, b) => Number(b.noun) - Number(a.noun))).filter((hit) => !falseTriggers.some((phrase) => overlaps(phrase, hit))),
    clause: clauseNumbers(tokens, words),
    question: ENDS_QUESTION.test(text),
  };
}

/** How many words may stand between an issue's act and its wording ("adopted its 19th package of sanctions"). */
const ACT_REACH = 3;

/** Whether an issue's act ("adopted", «ухвалив») has that issue's wording (a cue or a pair's anchor) right after it, in its stretch of the sentence. */
function actsOnIssue(tokens: readonly Token[], act: Span, issue: number, cues: readonly PhraseMatch<{ issue: number }>[]): boolean {
  return cues.some((cue) => cue.value.issue === issue && cue.start >= act.end && cue.start - act.end <= ACT_REACH && !crossesBreakIn(tokens, act.end - 1, cue.start));
}

/** How many words may stand between a comparative "as" and the party after it ("as the Kremlin"), and between the party and its verb ("has long demanded"). */
const COMPARED_WORDS = 3;

/**
 * "…, as Russia has demanded." compares with what a party asks, as a relative; "Trump drops his
 * call for a ceasefire as Putin presses for Donbas", where the party's verb has an object of its
 * own, tells what happens meanwhile and opens a clause. So do "after", "before" with a party
 * and its verb ("adopted sanctions after Moscow rejected the truce").
 */
function clausesOfTime(tokens: readonly Token[], words: ReadonlyMap<WordRole, Span[]>, parties: Sentence['found']['party'], triggers: readonly TriggerHit[]): Span[] {
  // "as soon as", "as long as", "only after": conditions, whose own words hold the link.
  const phrases = (['conditions', 'demandConditions', 'untilWords'] as const).flatMap((role) => words.get(role) ?? []);
  const clauseVerb = (link: Span): TriggerHit | undefined => {
    if (phrases.some((phrase) => phrase.start <= link.start && link.end <= phrase.end)) return undefined;
    // "Crimea as Russian territory" names what Crimea is; a clause needs a subject. In
    // «після того, як Москва» the comma and «як» stand between.
    const from = link.end + (tokens[link.end]?.cyrillic === true && tokens[link.end]?.before.trim() === ',' ? 1 : 0);
    const party = parties.find((span) => !span.value.adjective && span.start >= from && span.start - from < COMPARED_WORDS && !crossesBreakIn(tokens, from, span.start));
    return party && triggers.find((hit) => hit.direction === 'forward' && !hit.noun && hit.start >= party.end && hit.start - party.end <= COMPARED_WORDS && !crossesBreakIn(tokens, party.end - 1, hit.start));
  };
  const comparatives = (words.get('comparativeRelatives') ?? []).filter((as) => {
    const verb = clauseVerb(as);
    return verb !== undefined && !endsClauseIn(tokens, verb.end);
  });
  return [...comparatives, ...(words.get('timeLinks') ?? []).filter((link) => clauseVerb(link) !== undefined)];
}

/** Drops the spans of a role that lie inside a longer phrase of another, which reads them otherwise. */
function dropInside(words: Map<WordRole, Span[]>, role: WordRole, container: WordRole): void {
  const spans = words.get(role);
  const containers = words.get(container);
  if (!spans || !containers) return;
  words.set(
    role,
    spans.filter((span) => !containers.some((phrase) => phrase.start <= span.start && span.end <= phrase.end)),
  );
}

/** Shared by every sentence without a role's phrase: read-only, so one empty list serves all; an array of objects, as the lists of phrases are. */
const NO_SPANS: readonly Span[] = emptyObjects();

/** Spans that begin where a role's phrase begins (the role's spans are sorted by start). */
export function spansOf(sentence: Sentence, role: WordRole): readonly Span[] {
  return sentence.words.get(role) ?? NO_SPANS;
}

/** Whether a word ending at `end` is the last of its clause or phrase: the sentence ends or punctuation follows. */
export function endsClause(sentence: Sentence, end: number): boolean {
  return endsClauseIn(sentence.tokens, end);
}

function endsClauseIn(tokens: readonly Token[], end: number): boolean {
  return end === tokens.length || tokens[end]?.breakBefore === true;
}

export function hasRoleAt(sentence: Sentence, role: WordRole, index: number): Span | undefined {
  return spansOf(sentence, role).find((span) => span.start <= index && index < span.end);
}

/** Whether a word of the role starts at `index` (not merely covers it). */
export function startsRole(sentence: Sentence, role: WordRole, index: number): boolean {
  return hasRoleAt(sentence, role, index)?.start === index;
}

/** Whether a comma stands right before the word at `index`. */
export function commaBefore(sentence: Sentence, index: number): boolean {
  const token = sentence.tokens[index];
  return token?.breakBefore === true && token.before.includes(',');
}

const OPENING_QUOTE = /["“«„]/u;

/** Whether a quote opens right before the word at `index`. */
export function quoteOpensAt(sentence: Sentence, index: number): boolean {
  return OPENING_QUOTE.test(sentence.tokens[index]?.before ?? '');
}

/** Where the stretch of words without punctuation that holds `index` begins. */
export function stretchStart(sentence: Sentence, index: number): number {
  return stretchStartOf(sentence.tokens, index);
}

/** The first word from `index` on with punctuation before it (the token count if none): where the stretch after `index - 1` ends. */
export function stretchEnd(sentence: Sentence, index: number): number {
  return stretchEndOf(sentence.tokens, index);
}

/** The first of `spans` starting at most `reach` words after `from` ends, in the same stretch of words. */
export function spanAfter<S extends Span>(sentence: Sentence, spans: readonly S[], from: Span, reach: number): S | undefined {
  return spans.find((span) => span.start >= from.end && span.start - from.end <= reach && !crossesBreak(sentence, from.end - 1, span.start));
}

/** Whether a comma, colon, bracket or dash stands anywhere after token `from` up to token `to`. */
export function crossesBreak(sentence: Sentence, from: number, to: number): boolean {
  return crossesBreakIn(sentence.tokens, from, to);
}

function crossesBreakIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index <= to && index < tokens.length; index++) if (tokens[index]?.breakBefore) return true;
  return false;
}

/** Drops spans overlapping a longer (or, at equal length, earlier) one; result sorted by start. */
export function longestFirst<S extends Span>(spans: readonly S[]): S[] {
  if (isOrderedWithoutOverlap(spans)) return [...spans];
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: S[] = [];
  for (const span of byLength) if (!kept.some((other) => overlaps(span, other))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/** The usual case, checked in one pass: spans come in order and none overlaps the next. */
function isOrderedWithoutOverlap(spans: readonly Span[]): boolean {
  for (let index = 1; index < spans.length; index++) if ((spans[index - 1] as Span).end > (spans[index] as Span).start) return false;
  return true;
}

/** "Donetsk, Luhansk, Zaporizhzhia and Kherson": a comma between two regions continues a list, not the sentence. */
export function isListComma(sentence: Sentence, index: number): boolean {
  const regions = sentence.found.region;
  return sentence.tokens[index]?.before === ',' && regions.some((region) => region.start === index) && regions.some((region) => region.end === index);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many words may follow the verb of saying in an aside (", he said on Tuesday,"). */
const ASIDE_TAIL_WORDS = 2;
/** How many words may name who speaks in an aside (", Russian officials said,"). */
const ASIDE_SPEAKER_WORDS = 3;
/** «, як розповів …», «, как сообщил …»: "as" opening an aside of saying with the verb first. */
const AS_WORDS: ReadonlySet<string> = new Set(['як', 'как']);

function clauseNumbers(tokens: readonly Token[], words: ReadonlyMap<WordRole, Span[]>): number[] {
  const starts = new Set<number>();
  for (const span of words.get('boundaries') ?? []) starts.add(span.start);
  // After a Ukrainian or Russian verb of saying, the comma before «що», «что» is the language's
  // rule and sets off no aside; in English ", he said, that no leader could accept" it does.
  const complements = new Set((words.get('complementizers') ?? []).filter((span) => tokens[span.start]?.cyrillic).map((span) => span.start));
  for (const span of words.get('reporting') ?? []) if (complements.has(span.end) || !saysAside(tokens, span)) starts.add(span.start);
  const clause: number[] = [];
  let current = 0;
  tokens.forEach((token, index) => {
    // Colons and dashes introduce lists and asides as often as new clauses, so only ";" splits.
    if (index > 0 && (starts.has(index) || token.before.includes(';'))) current++;
    clause.push(current);
  });
  return clause;
}

/**
 * "would accept a freeze, but not a withdrawal", «на перемир'я, але не на виведення військ»: "but not"
 * leaves the verb out and refuses another object of the clause's verb, in the same clause (as ", not" does).
 */
function contrastsObject(words: ReadonlyMap<WordRole, Span[]>, boundary: Span): boolean {
  if (!(words.get('contrasts') ?? []).some((contrast) => contrast.start === boundary.start)) return false;
  // "agreed on a swap but not on a ceasefire": what the sides did not agree on, neither refused.
  return !(words.get('agreements') ?? []).some((agreement) => agreement.end <= boundary.start);
}

/** "Росія натомість вимагає", "Kremlin however insists": right after a name, with no comma, the word qualifies the verb of the name's clause. */
function adverbAfterName(tokens: readonly Token[], words: ReadonlyMap<WordRole, Span[]>, boundary: Span): boolean {
  const adverb = (words.get('clauseAdverbs') ?? []).some((span) => span.start === boundary.start);
  return adverb && boundary.start > 0 && !tokens[boundary.start]?.breakBefore && isCapitalised(tokens[boundary.start - 1]);
}

/**
 * "Moscow and Kyiv did agree, officials said, to prepare an exchange": a verb of saying set off by
 * commas with its speaker inside the clause around it does not end that clause.
 */
export function saysAside(tokens: readonly Token[], verb: Span): boolean {
  // «, наголосив він,», «, считает глава Пентагона Пит Хегсет,», «, як розповів один з учасників,»:
  // Ukrainian and Russian put the verb first. A verb after a closing quote («», — напомнил
  // Зеленский, подчеркнув») opens the speaker's own clause.
  const opensAside = (at: number): boolean => tokens[at]?.before.trim() === ',';
  const verbFirst = opensAside(verb.start) || (AS_WORDS.has(tokens[verb.start - 1]?.norm ?? '') && opensAside(verb.start - 1));
  if (tokens[verb.start]?.cyrillic && verbFirst && verb.end - verb.start === 1) return speakerAfterVerbCloses(tokens, verb.end);
  // "Kyiv, he said later, would never …": a word or two ("later", "on Tuesday") may follow the verb inside the aside.
  let close = verb.end;
  while (close < verb.end + ASIDE_TAIL_WORDS && tokens[close] && !tokens[close]?.breakBefore) close++;
  if (!tokens[close]?.before.includes(',')) return false;
  // «, по его словам,», «, за його словами,»: a citation of several words that is the whole aside.
  if (verb.end - verb.start > 1 && tokens[verb.start]?.cyrillic && tokens[verb.start]?.before.includes(',')) return true;
  for (let at = verb.start; at >= Math.max(1, verb.start - ASIDE_SPEAKER_WORDS); at--) {
    if (tokens[at]?.before.includes(',')) return at < verb.start;
    if (tokens[at]?.breakBefore) return false;
  }
  return false;
}

/**
 * Where an aside of saying that opens at `index` after a comma (", he said,", «, добавил он,»)
 * ends: the first word after its closing comma. Undefined when none opens there.
 */
export function sayingAsideEnd(sentence: Sentence, index: number): number | undefined {
  const { tokens } = sentence;
  if (!tokens[index]?.before.includes(',')) return undefined;
  const verb = spansOf(sentence, 'reporting').find(
    (span) => span.start >= index && span.start - index <= ASIDE_SPEAKER_WORDS && saysAside(tokens, span) && !crossesBreak(sentence, index, span.start),
  );
  return verb ? stretchEnd(sentence, verb.end) : undefined;
}

/** Whether the speaker after a verb that opens an aside ends, within a few words, at a comma. */
function speakerAfterVerbCloses(tokens: readonly Token[], from: number): boolean {
  for (let at = from + 1; at <= from + ASIDE_SPEAKER_WORDS + ASIDE_TAIL_WORDS && at < tokens.length; at++) {
    if (tokens[at]?.breakBefore) return tokens[at]?.before.includes(',') === true;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
