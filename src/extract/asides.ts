import type { Tag } from './lexicon.js';
import type { PhraseIndex, PhraseMatch } from './phrases.js';
import type { Span } from './sentence.js';
import { isPastParticiple, isSlavicParticiple, stretchEndOf, stretchStartOf, type Token } from './tokens.js';

/** The kinds of phrase that word an issue. */
const ISSUE_WORDING: ReadonlySet<Tag['kind']> = new Set(['cue', 'anchor', 'target', 'blocker', 'qualifier']);

/**
 * "sanctions, which were imposed in 2014, should be lifted", «санкции, введённые против России,
 * должны быть сняты»: a relative or participle clause set off by commas splits the words of an
 * issue, and a phrase never runs across a comma. The words around such clauses are matched again
 * as if the clauses were left out; returned are the issue phrases that close around one, spanning it.
 * Only the stretches between breaks that a clause was cut from are matched again: a phrase runs
 * across no break, so elsewhere the shortened sentence matches what the whole one did. `openers`
 * are the words that open such a clause: relative words, and citations ("in his words").
 */
export function issueWordsAroundAsides(tokens: readonly Token[], openers: readonly Span[], index: PhraseIndex<Tag>): PhraseMatch<Tag>[] {
  const asides = findAsides(tokens, openers);
  if (asides.length === 0) return [];
  // Where each word of the shortened sentence stands in the whole one.
  const positions: number[] = [];
  const shortened: Token[] = [];
  // The words of the shortened sentence right after a clause left out.
  const joins: number[] = [];
  let aside = 0;
  for (let at = 0; at < tokens.length; at++) {
    const current = asides[aside];
    if (current && at === current.start) {
      at = current.end - 1;
      aside++;
      continue;
    }
    const token = tokens[at] as Token;
    const closesAside = at > 0 && asides[aside - 1]?.end === at;
    if (closesAside) joins.push(shortened.length);
    shortened.push(closesAside ? joined(token) : token);
    positions.push(at);
  }
  const around: PhraseMatch<Tag>[] = [];
  let matchedUpTo = 0;
  for (const join of joins) {
    // Two clauses left out of one stretch join it twice.
    if (join < matchedUpTo) continue;
    const stretchStart = stretchStartOf(shortened, join - 1);
    matchedUpTo = stretchEndOf(shortened, join + 1);
    for (const match of index.matchAll(shortened.slice(stretchStart, matchedUpTo))) {
      const start = positions[stretchStart + match.start] as number;
      const end = (positions[stretchStart + match.end - 1] as number) + 1;
      if (end - start > match.end - match.start && ISSUE_WORDING.has(match.value.kind)) around.push({ value: match.value, start, end });
    }
  }
  return around;
}

/** A word right after a clause left out, now right after the words before the clause. Field by field, not spread: every token has one shape. */
function joined(token: Token): Token {
  return { norm: token.norm, raw: token.raw, start: token.start, end: token.end, possessive: token.possessive, cyrillic: token.cyrillic, before: '', breakBefore: false, form: token.form };
}

/** Clauses opened after a comma by a relative word or a participle and closed by the next comma. */
function findAsides(tokens: readonly Token[], relatives: readonly Span[]): Span[] {
  const asides: Span[] = [];
  for (let start = 1; start < tokens.length; start++) {
    const end = clauseAsideEnd(tokens, relatives, start);
    if (end === undefined) continue;
    asides.push({ start, end });
    start = end - 1;
  }
  return asides;
}

/** Where a relative or participle clause opening at `start` after a comma ends: the word after its closing comma. */
export function clauseAsideEnd(tokens: readonly Token[], relatives: readonly Span[], start: number): number | undefined {
  const opener = tokens[start];
  if (!opener?.before.includes(',')) return undefined;
  if (!relatives.some((span) => span.start === start) && !isSlavicParticiple(opener) && !isPastParticiple(opener)) return undefined;
  const end = stretchEndOf(tokens, start + 1);
  return end < tokens.length && (tokens[end] as Token).before === ',' ? end : undefined;
}
