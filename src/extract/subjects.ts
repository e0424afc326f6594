import { followsPreposition } from './parties.js';
import type { SentenceReading } from './reading.js';
import { hasRoleAt, overlaps, spansOf, type Span } from './sentence.js';

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
  for (const document of reading.documents.documents) {
    if (!document.object && document.author) candidates.push({ start: document.start, end: document.end, kind: 'document', parties: document.author });
  }
  for (const [role, kind] of [['pronouns', 'pronoun'], ['firstPerson', 'first-person']] as const) {
    for (const span of spansOf(sentence, role)) {
      if (!followsPreposition(sentence, span.start)) candidates.push({ start: span.start, end: span.end, kind, parties: undefined });
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
}

export function candidateBefore(candidates: readonly Candidate[], index: number): Candidate | undefined {
  for (let at = candidates.length - 1; at >= 0; at--) {
    const candidate = candidates[at] as Candidate;
    if (candidate.end <= index) return candidate;
  }
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
    if (isContentWord(reading, previous)) return false;
    at = previous;
  }
  return false;
}

function isContentWord(reading: SentenceReading, index: number): boolean {
  const at = { start: index, end: index + 1 };
  return (
    reading.sentence.triggers.some((trigger) => overlaps(trigger, at)) ||
    reading.mentions.some((mention) => overlaps(mention, at)) ||
    reading.cues.some((cue) => overlaps(cue.core, at))
  );
}
