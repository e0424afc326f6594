import type { WordRole } from './lexicon.js';
import { isDeterminer } from './parties.js';
import { crossesBreak, spansOf, type Sentence, type Span, type TriggerHit } from './sentence.js';
import type { Token } from './tokens.js';

/** How far back a negation or a modal reaches to its word ("will never, ever accept" is out of reach). */
const REACH = 3;
const MODALS = ['deontic', 'volitional', 'clauseHedges'] as const;

export function sameClause(sentence: Sentence, a: number, b: number): boolean {
  return sentence.clause[a] === sentence.clause[b];
}

/** A phrase of the role ending within reach before the word, in its clause, with no comma between. */
export function roleBefore(sentence: Sentence, role: WordRole, index: number): Span | undefined {
  const spans = spansOf(sentence, role);
  for (let at = index - 1; at >= Math.max(0, index - REACH); at--) {
    if (sentence.tokens[at + 1]?.breakBefore && at + 1 < index) return undefined;
    if (!sameClause(sentence, at, index)) return undefined;
    const span = spans.find((candidate) => candidate.start <= at && at < candidate.end);
    if (span) return span;
  }
  return undefined;
}

export function roleBetween(sentence: Sentence, role: WordRole, from: number, to: number): boolean {
  return spansOf(sentence, role).some((span) => span.start >= from && span.end <= to);
}

/** A modal ("must", "would", "could") anywhere in the word's clause. */
export function modalInClause(sentence: Sentence, index: number): boolean {
  return MODALS.some((role) => spansOf(sentence, role).some((span) => sameClause(sentence, span.start, index)));
}

export function modalInSentence(sentence: Sentence): boolean {
  return MODALS.some((role) => spansOf(sentence, role).length > 0);
}

/** A headline's "Peskov: ...": the colon stands for "said". */
export function isHeadlineSpeech(sentence: Sentence): boolean {
  return sentence.tokens.slice(1, 5).some((token) => token.before.includes(':'));
}

/** The hedge covering a word, as written: a sentence-wide one ("reportedly") or one of its clause ("could"). */
export function hedgeAt(sentence: Sentence, index: number): string | undefined {
  const span = spansOf(sentence, 'sentenceHedges')[0] ?? spansOf(sentence, 'clauseHedges').find((hedge) => sameClause(sentence, hedge.start, index));
  if (!span) return undefined;
  const first = sentence.tokens[span.start];
  const last = sentence.tokens[span.end - 1];
  return first && last ? sentence.text.slice(first.start, last.end) : undefined;
}

/** How many words (an article, "both", an adjective in two words) may open an appositive before its noun. */
const APPOSITIVE_OPENING = 3;

/** A comma or dash right before the word, or before the words that open its phrase ("..., a key demand", "— both long-standing demands"). */
export function setOffShortlyBefore(sentence: Sentence, index: number): boolean {
  for (let at = index; at >= Math.max(0, index - APPOSITIVE_OPENING); at--) if (/[,—–]/u.test(sentence.tokens[at]?.before ?? '')) return true;
  return false;
}

/** A stance word used as a noun: known to be one, or after an article ("an official end to"). */
export function isNounUse(sentence: Sentence, hit: TriggerHit): boolean {
  return hit.noun || isDeterminer(sentence, hit.start - 1) || isDeterminer(sentence, hit.start - 2);
}

/**
 * A Ukrainian or Russian infinitive ("скоротити", "закріпити", "отказаться", "провести"): a verb
 * of its own, so what follows is not the object of the verb before. English has no such mark.
 */
const INFINITIVE = /\p{Script=Cyrillic}{2,}(?:ти|тися|тись|ться|чь|[аеиоуыяю]ть)$/u;

export function isInfinitive(token: Token | undefined): boolean {
  return token !== undefined && INFINITIVE.test(token.norm);
}

/** An English present participle: "freezing", "presenting", "drafting". */
const PRESENT_PARTICIPLE = /^\p{L}{3,}ing$/u;

/** A demand or a document's content ("demands", "calls for", "envisages"), not an acceptance. */
export function isDemandHit(hit: TriggerHit): boolean {
  return hit.polarity > 0 && hit.whenNegated === 'drop';
}

/** "compensates", "withdraws": an English verb's finite third-person form. */
export function isThirdPerson(token: Token | undefined): boolean {
  return token !== undefined && !token.cyrillic && token.norm.endsWith('s') && !token.norm.endsWith('ss');
}

export function isPresentParticiple(token: Token | undefined): boolean {
  return token !== undefined && PRESENT_PARTICIPLE.test(token.norm);
}

const STARTS_CAPITAL = /^\p{Lu}/u;

/** A word written with a capital: a name or a title before one. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && STARTS_CAPITAL.test(token.raw);
}

/** How many words a relative clause's own subject may take before its negation ("that it does not"). */
const RELATIVE_SUBJECT_WORDS = 2;
/** How many words the refused noun may take ("any final peace agreement that"). */
const ANTECEDENT_WORDS = 4;

/**
 * "would not sign any agreement that did not restore X", «не підпише жодної угоди, яка не
 * передбачає X»: refusing whatever lacks X demands X. Returns where both negations of each such
 * pair start; neither of them negates anything.
 */
export function cancellingNegations(sentence: Sentence): Set<number> {
  const cancelled = new Set<number>();
  const negators = spansOf(sentence, 'negators');
  if (negators.length < 2) return cancelled;
  const openers = [...spansOf(sentence, 'complementizers'), ...spansOf(sentence, 'relatives')];
  const unbroken = (from: number, to: number): boolean => !crossesBreak(sentence, from - 1, to);
  for (const inner of negators) {
    const opener = openers.find((span) => span.end <= inner.start && inner.start - span.end <= RELATIVE_SUBJECT_WORDS && unbroken(span.end, inner.start));
    if (!opener) continue;
    // The relative follows the refused noun, after a comma in Ukrainian and Russian.
    const indefinite = spansOf(sentence, 'indefinites').find((word) => word.end <= opener.start && opener.start - word.start <= ANTECEDENT_WORDS && unbroken(word.end, opener.start - 1));
    if (!indefinite) continue;
    const outer =
      negators.find((negator) => negator.start === indefinite.start) ??
      negators.find((negator) => negator.end <= indefinite.start && indefinite.start - negator.end <= ANTECEDENT_WORDS && unbroken(negator.end, indefinite.start) && sameClause(sentence, negator.start, indefinite.start));
    if (!outer) continue;
    cancelled.add(inner.start);
    cancelled.add(outer.start);
  }
  return cancelled;
}
