import { normalizeWord, type Token } from './tokens.js';

/**
 * Phrase patterns, the one syntax of every word list in the taxonomy file. A pattern is words
 * separated by spaces; each word is
 *
 * - `word`: that word, in any case ("russia");
 * - `stem*`: any word that starts with the stem ("negotiat*", "Москв*");
 * - `stem{a,b,}`: the stem with exactly one of the endings, the empty one included
 *   ("Москв{а,и,і,у,ою}"), where a bare stem would catch other words too;
 * - `=Word`: that word with that case ("=US", so that the pronoun "us" is not the United States);
 * - `a|b*`: either alternative in one place ("troops|forces");
 * - `~N`: up to N words of anything in between ("withdraw* ~3 troops").
 *
 * Hyphens count as spaces on both sides ("all-for-all" is "all for all"), and a phrase never
 * runs across a comma, a colon, a bracket or a dash. Matching walks the words once and looks
 * each one up in hash maps, so it takes time proportional to the text whatever the patterns.
 */

interface Slot {
  words: Set<string>;
  stems: Set<string>;
  /** The lengths of the stems, so that a word is checked by looking its prefixes up. */
  stemLengths: number[];
  /** Exact forms whose case must match the text. */
  cased: Set<string>;
  /** How many words may be skipped before this slot. */
  gap: number;
  /** Words already checked against this slot: news copy repeats its vocabulary. */
  seen: Map<string, boolean>;
}

/** A pattern filed under one key of the index; a cased form still needs its case checked. */
interface Entry<T> {
  pattern: Pattern<T>;
  cased: string | undefined;
}

interface Pattern<T> {
  slots: Slot[];
  value: T;
  /** The last word (by running count) this pattern was tried at: a word may reach it twice. */
  triedAt: number;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indices: first word and one past the last. */
  start: number;
  end: number;
}

const SHORTEST_TYPO_WORD = 6;
const SHORTEST_STEM = 2;

/** Throws with the pattern quoted when it cannot be read; the taxonomy validator names the field. */
export function parsePattern(pattern: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/[\s\-‐]+/)) {
    if (part === '') continue;
    const gapMatch = /^~(\d)$/.exec(part);
    if (gapMatch) {
      if (slots.length === 0) throw new Error(`pattern "${pattern}" starts with a gap`);
      gap += Number(gapMatch[1]);
      continue;
    }
    slots.push({ ...parseSlot(part, pattern), gap, seen: new Map() });
    gap = 0;
  }
  if (slots.length === 0) throw new Error(`pattern "${pattern}" is empty`);
  if (gap > 0) throw new Error(`pattern "${pattern}" ends with a gap`);
  for (const slot of slots) slot.stemLengths = lengthsOf(slot.stems);
  return slots;
}

function parseSlot(part: string, pattern: string): Omit<Slot, 'gap' | 'seen'> {
  const slot: Omit<Slot, 'gap' | 'seen'> = { words: new Set(), stems: new Set(), stemLengths: [], cased: new Set() };
  for (const alternative of part.split('|')) {
    const endings = /^([^{}*=]+)\{([^{}]*)\}$/.exec(alternative);
    if (endings) {
      for (const ending of (endings[2] ?? '').split(',')) slot.words.add(normalizeWord(`${endings[1]}${ending.trim()}`));
    } else if (alternative.startsWith('=') && /^=[^*{}=|]+$/.test(alternative)) {
      slot.cased.add(alternative.slice(1));
    } else if (/^[^*{}=|~]+\*$/.test(alternative) && alternative.length > SHORTEST_STEM) {
      slot.stems.add(normalizeWord(alternative.slice(0, -1)));
    } else if (/^[^*{}=|~]+$/.test(alternative)) {
      slot.words.add(normalizeWord(alternative));
    } else {
      throw new Error(`pattern "${pattern}": cannot read "${alternative}"`);
    }
  }
  return slot;
}

/** A letter tree of first words: walking a word down it meets every stem that starts it. */
interface TrieNode<T> {
  /** By UTF-16 code: numbers are cheaper keys than one-letter strings. */
  next: Map<number, TrieNode<T>>;
  /** Patterns whose first word is a stem ending here. */
  stems: Entry<T>[];
  /** Patterns whose first word is the whole word ending here. */
  words: Entry<T>[];
}

/** Many patterns, each with a value, compiled once and matched against tokenised sentences. */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The entries each word reaches, remembered: news copy repeats its vocabulary. */
  private readonly reachedBy = new Map<string, readonly Entry<T>[]>();
  /** Words looked at so far, to stamp the patterns tried at each. */
  private words = 0;
  private readonly vocabulary = new Set<string>();
  private readonly pending: Pattern<T>[] = [];

  add(pattern: string, value: T): void {
    const slots = parsePattern(pattern);
    for (const slot of slots) for (const word of slot.words) this.vocabulary.add(word);
    this.pending.push({ slots, value, triedAt: -1 });
  }

  /**
   * Indexes the patterns added. Reporters' typos ("porposal", "reutrn") are common in fast wire
   * copy, so long words and stems also match with two neighbouring letters swapped, unless the
   * swapped form is itself a word some pattern names.
   */
  build(): this {
    for (const pattern of this.pending) {
      for (const slot of pattern.slots) this.addTypos(slot);
      const first = pattern.slots[0];
      if (!first) continue;
      for (const word of first.words) this.nodeFor(word).words.push({ pattern, cased: undefined });
      for (const word of first.cased) this.nodeFor(normalizeWord(word)).words.push({ pattern, cased: word });
      for (const stem of first.stems) this.nodeFor(stem).stems.push({ pattern, cased: undefined });
    }
    this.pending.length = 0;
    return this;
  }

  /** Every match of every pattern, at every word, in word order. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      const stamp = ++this.words;
      const reached = this.reach(token.norm);
      for (let at = 0; at < reached.length; at++) {
        const { pattern, cased } = reached[at] as Entry<T>;
        // A word can reach one pattern twice (by a word and by a stem): match it once.
        if (pattern.triedAt === stamp || (cased !== undefined && cased !== token.raw)) continue;
        pattern.triedAt = stamp;
        const end = pattern.slots.length === 1 ? index + 1 : matchRest(pattern.slots, 1, tokens, index + 1);
        if (end >= 0) matches.push({ value: pattern.value, start: index, end });
      }
    }
    return matches;
  }

  /** The entries whose first word accepts this one: stems along the way, the word at the end. */
  private reach(word: string): readonly Entry<T>[] {
    const known = this.reachedBy.get(word);
    if (known) return known;
    const reached: Entry<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let index = 0; index < word.length && node; index++) {
      node = node.next.get(word.charCodeAt(index));
      if (node) for (const entry of node.stems) reached.push(entry);
    }
    if (node) for (const entry of node.words) reached.push(entry);
    remember(this.reachedBy, word, reached);
    return reached;
  }

  private nodeFor(word: string): TrieNode<T> {
    let node = this.root;
    for (let index = 0; index < word.length; index++) {
      const code = word.charCodeAt(index);
      let next = node.next.get(code);
      if (!next) {
        next = newNode();
        node.next.set(code, next);
      }
      node = next;
    }
    return node;
  }

  private addTypos(slot: Slot): void {
    for (const word of [...slot.words]) {
      if (word.length >= SHORTEST_TYPO_WORD) for (const typo of swaps(word)) if (!this.vocabulary.has(typo)) slot.words.add(typo);
    }
    for (const stem of [...slot.stems]) {
      if (stem.length >= SHORTEST_TYPO_WORD - 1) for (const typo of swaps(stem)) if (!this.vocabulary.has(typo)) slot.stems.add(typo);
    }
    slot.stemLengths = lengthsOf(slot.stems);
  }
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), stems: [], words: [] };
}

function swaps(word: string): string[] {
  const result: string[] = [];
  for (let index = 0; index + 1 < word.length; index++) {
    const a = word[index] as string;
    const b = word[index + 1] as string;
    if (a !== b) result.push(word.slice(0, index) + b + a + word.slice(index + 2));
  }
  return result;
}

function slotAccepts(slot: Slot, token: Token): boolean {
  if (slot.cased.size > 0 && slot.cased.has(token.raw)) return true;
  const known = slot.seen.get(token.norm);
  if (known !== undefined) return known;
  const accepted = slot.words.has(token.norm) || slot.stemLengths.some((length) => length <= token.norm.length && slot.stems.has(token.norm.slice(0, length)));
  remember(slot.seen, token.norm, accepted);
  return accepted;
}

/** Memos stay bounded: a long-running monitor reads an open-ended vocabulary. */
const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, word: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, value);
}

function lengthsOf(words: Iterable<string>): number[] {
  const lengths = new Set<number>();
  for (const word of words) lengths.add(word.length);
  return [...lengths].sort((a, b) => a - b);
}

/**
 * Matches slots[from..] starting at tokens[at]; returns the end index or -1. Gaps are short
 * (one digit), so the search is bounded by a constant per starting word.
 */
function matchRest(slots: readonly Slot[], from: number, tokens: readonly Token[], at: number): number {
  const slot = slots[from];
  if (!slot) return at;
  for (let skip = 0; skip <= slot.gap; skip++) {
    const token = tokens[at + skip];
    if (!token || token.breakBefore) return -1;
    if (slotAccepts(slot, token)) {
      const end = matchRest(slots, from + 1, tokens, at + skip + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}
