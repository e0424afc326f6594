import { clauseAsideEnd } from './asides.js';
import { isCapitalised } from './clauses.js';
import type { DocumentMention } from './documents.js';
import { followsPreposition, isDeterminer, pastHolderNouns, relativeAntecedent } from './parties.js';
import type { SentenceReading } from './reading.js';
import { commaBefore, crossesBreak, hasRoleAt, overlaps, spansOf, startsRole, stretchStart, type Sentence, type Span } from './sentence.js';

/** What can be the subject of a verb: a party, a document (for its author), or a pronoun to resolve. */
export interface Candidate extends Span {
  kind: 'party' | 'document' | 'pronoun' | 'first-person';
  /** Unknown for a pronoun until it is resolved. */
  parties: string[] | undefined;
}

/** How many small words (articles, adverbs) may stand between a comma or "and" and what it joins. */
const COORDINATION_SKIP = 2;

export function findCandidates(reading: SentenceReading): Candidate[] {
  const { sentence } = reading;
  const candidates: Candidate[] = [];
  for (const mention of reading.mentions) {
    if (mention.role === 'actor') candidates.push({ start: mention.start, end: mention.end, kind: 'party', parties: mention.parties });
  }
  // "talks with the Americans, who proposed …": the relative after a comma is the party's own clause's subject.
  for (const relative of spansOf(sentence, 'subjectRelatives')) {
    const antecedent = commaBefore(sentence, relative.start) ? relativeAntecedent(sentence, reading.mentions, relative.start) : undefined;
    if (antecedent?.role === 'object') candidates.push({ start: relative.start, end: relative.end, kind: 'party', parties: antecedent.parties });
  }
  for (const document of reading.documents.documents) {
    if (!document.object && document.author && !judgedText(sentence, document)) candidates.push({ start: document.start, end: document.end, kind: 'document', parties: document.author });
  }
  const text = reading.documents.textPronoun;
  for (const [role, kind] of [['pronouns', 'pronoun'], ['firstPerson', 'first-person']] as const) {
    for (const span of spansOf(sentence, role)) {
      // "It also provides for …": the text named last, as a document subject.
      if (text?.start === span.start) candidates.push({ start: span.start, end: span.end, kind: 'document', parties: text.author });
      else if (!followsPreposition(sentence, span.start) && !pronounOfSayingAside(reading, span) && !judgedObject(sentence, span)) candidates.push({ start: span.start, end: span.end, kind, parties: undefined });
    }
  }
  // "The minister also called the proposals unacceptable", «Дипломат також нагадав»: a title
  // without a name stands for the last person named, as "he" does.
  for (const title of spansOf(sentence, 'speakerTitles')) {
    // A name of its own ("Prime Minister Viktor Orbán") is someone else, party or not.
    const named =
      isCapitalised(sentence.tokens[title.end]) ||
      reading.mentions.some((mention) => (mention.end <= title.end && mention.end >= title.start - TITLE_NAME_REACH) || mention.start === title.end);
    if (!named && !followsPreposition(sentence, title.start)) candidates.push({ start: title.start, end: title.end, kind: 'pronoun', parties: undefined });
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** "called it a concrete step", "considers it unacceptable": the pronoun right after a verb that judges is its object. */
function judgedObject(sentence: Sentence, span: Span): boolean {
  return hasRoleAt(sentence, 'judgingVerbs', span.start - 1)?.end === span.start;
}

/**
 * "called the EU's plan theft", "rejected the EU's plans to use the assets": a text right after a
 * verb that judges it or takes a stance on it is that verb's object, not the subject of a judgement after it.
 */
function judgedText(sentence: Sentence, document: DocumentMention): boolean {
  let start = document.phraseStart;
  while (start > 0 && isDeterminer(sentence, start - 1)) start--;
  return judgedObject(sentence, { start, end: document.end }) || sentence.triggers.some((trigger) => trigger.end === start);
}

/** "Kyiv, he said, would never agree": the pronoun of a verb of saying set off by commas is no subject of the clause around it. */
function pronounOfSayingAside(reading: SentenceReading, span: Span): boolean {
  const { sentence } = reading;
  return commaBefore(sentence, span.start) && startsRole(sentence, 'reporting', span.end);
}

/** How far before a title a name may stand that it belongs to ("Russia's deputy foreign minister"). */
const TITLE_NAME_REACH = 3;

/**
 * The nearest candidate before a word, past an aside set off by commas right after another name:
 * in "European officials, meeting the US and Ukrainian delegations in London, proposed ..." the
 * delegations belong to the aside's own verb, and the officials propose.
 */
export function candidateBefore(sentence: Sentence, candidates: readonly Candidate[], index: number): Candidate | undefined {
  for (let at = candidates.length - 1; at >= 0; at--) {
    const candidate = candidates[at] as Candidate;
    if (candidate.end > index) continue;
    let opening = asideOpening(sentence, candidates, candidate, index);
    const outerBefore = (aside: number): Candidate | undefined => candidates.slice(0, at).findLast((other) => other.end <= aside && !crossesBreak(sentence, other.end - 1, aside - 1));
    let outer = opening === undefined ? undefined : outerBefore(opening);
    // "The plan, drawn up by Witkoff and discussed with Dmitriev, the head of Russia's fund, would
    // see …": an aside may follow a participle clause set off before it, left out with it.
    while (opening !== undefined && !outer) {
      opening = participleAsideBefore(sentence, opening);
      outer = opening === undefined ? undefined : outerBefore(opening);
    }
    return outer ?? candidate;
  }
  return undefined;
}

/** Where a clause set off by commas and opened by a participle, a relative word or a verb handing a text over ("drawn up") starts, when it ends right before `opening`. */
function participleAsideBefore(sentence: Sentence, opening: number): number | undefined {
  const start = stretchStart(sentence, opening - 1);
  const openers = [...spansOf(sentence, 'relatives'), ...spansOf(sentence, 'handovers')];
  return clauseAsideEnd(sentence.tokens, openers, start) === opening ? start : undefined;
}

/** Where the aside holding a candidate opens, when a comma opens it before the candidate and another closes it before `index`. */
function asideOpening(sentence: Sentence, candidates: readonly Candidate[], candidate: Candidate, index: number): number | undefined {
  const opening = stretchStart(sentence, candidate.start);
  if (opening === 0 || opening === candidate.start || !commaBefore(sentence, opening)) return undefined;
  // «заявив, що Кремль, за даними розвідки, відкидає …»: a comma before "that" or "which" opens a
  // clause, not an aside; but a relative clause right after a name is one ("The draft, which the
  // Americans passed on to Moscow, provides …").
  if (startsRole(sentence, 'complementizers', opening)) return undefined;
  // "European officials, who …": the relative hangs on the name past its holder nouns.
  if (startsRole(sentence, 'relatives', opening) && !candidates.some((other) => pastHolderNouns(sentence, other.end) === opening)) return undefined;
  for (let at = candidate.end; at <= index; at++) if (commaBefore(sentence, at)) return opening;
  return undefined;
}

/** Whether a comma or "and" (perhaps with an article or adverb) stands right before a word. */
export function coordinated(reading: SentenceReading, index: number): boolean {
  const { sentence } = reading;
  let at = index;
  for (let skipped = 0; skipped <= COORDINATION_SKIP; skipped++) {
    const token = sentence.tokens[at];
    if (token && /[,;]/.test(token.before)) return true;
    const previous = at - 1;
    if (previous < 0) return false;
    if (hasRoleAt(sentence, 'coordinators', previous)) return true;
    // «домовленості, які передбачають …»: a relative after the comma hangs on the noun before it.
    if (isContentWord(reading, previous) || hasRoleAt(sentence, 'relatives', previous)) return false;
    at = previous;
  }
  return false;
}

/** Whether the word at `index` is a stance word, a party or an issue's word. */
export function isContentWord(reading: SentenceReading, index: number): boolean {
  const at = { start: index, end: index + 1 };
  return (
    reading.sentence.triggers.some((trigger) => overlaps(trigger, at)) ||
    reading.mentions.some((mention) => overlaps(mention, at)) ||
    reading.cues.some((cue) => overlaps(cue.core, at))
  );
}
