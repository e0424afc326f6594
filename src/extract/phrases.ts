import { normalizePatternWord, normalizeWord, type Token, type WordForm } from './tokens.js';

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
 * each one up in a hash map, so it takes time proportional to the text whatever the patterns.
 */

interface Slot {
  words: Set<string>;
  stems: Set<string>;
  /** Exact forms whose case must match the text. */
  cased: Set<string>;
  /** How many words may be skipped before this slot. */
  gap: number;
  /** Number of a slot after the first, for `WordInfo.accepts`; -1 until the index is built. */
  id: number;
}

/** A pattern filed under one key of the index; a cased form still needs its case checked. */
interface Entry<T> {
  pattern: Pattern<T>;
  cased: string | undefined;
  /**
   * The id of the second slot, unless it has cased forms or there is none: -1. Most patterns fail
   * on the words after the first, and the entry alone is enough to see it, without reading the
   * pattern and its slots.
   */
  next: number;
  /** How many words may come before the second slot. */
  gap: number;
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
    const { words, stems, cased } = parseSlot(part, pattern);
    // Field by field, not spread: every slot has one object shape, which matching reads for every word.
    slots.push({ words, stems, cased, gap, id: -1 });
    gap = 0;
  }
  if (slots.length === 0) throw new Error(`pattern "${pattern}" is empty`);
  if (gap > 0) throw new Error(`pattern "${pattern}" ends with a gap`);
  return slots;
}

function parseSlot(part: string, pattern: string): Omit<Slot, 'gap' | 'id'> {
  const slot: Omit<Slot, 'gap' | 'id'> = { words: new Set(), stems: new Set(), cased: new Set() };
  for (const alternative of part.split('|')) {
    const endings = /^([^{}*=]+)\{([^{}]*)\}$/.exec(alternative);
    if (endings) {
      for (const ending of (endings[2] ?? '').split(',')) slot.words.add(normalizePatternWord(`${endings[1]}${ending.trim()}`));
    } else if (alternative.startsWith('=') && /^=[^*{}=|]+$/.test(alternative)) {
      slot.cased.add(alternative.slice(1));
    } else if (/^[^*{}=|~]+\*$/.test(alternative) && alternative.length > SHORTEST_STEM) {
      slot.stems.add(normalizeWord(alternative.slice(0, -1)));
    } else if (/^[^*{}=|~]+$/.test(alternative)) {
      slot.words.add(normalizePatternWord(alternative));
    } else {
      throw new Error(`pattern "${pattern}": cannot read "${alternative}"`);
    }
  }
  return slot;
}

/**
 * Slot words and stems by spelling, each with what it accepts. Looking a word up tries each of its
 * beginnings, up to the longest stem, as a stem: a hash lookup per letter, done once per word (see
 * `PhraseIndex.known`). A letter tree of the same words would have a node per letter of every typo
 * (see `build`), several times the memory.
 */
class SpellingTable<V> {
  private readonly words = new Map<string, V[]>();
  private readonly stems = new Map<string, V[]>();
  private longestStem = 0;

  addWord(word: string, value: V): void {
    fileUnder(this.words, word, value);
  }

  addStem(stem: string, value: V): void {
    fileUnder(this.stems, stem, value);
    this.longestStem = Math.max(this.longestStem, stem.length);
  }

  /** What a word reaches: the stems that start it, shortest first, then the word itself. */
  reachedBy(word: string): V[] {
    const reached: V[] = [];
    for (let length = 1; length <= word.length && length <= this.longestStem; length++) {
      const values = this.stems.get(word.slice(0, length));
      if (values) reached.push(...values);
    }
    const values = this.words.get(word);
    if (values) reached.push(...values);
    return reached;
  }
}

function fileUnder<V>(table: Map<string, V[]>, key: string, value: V): void {
  const values = table.get(key);
  if (values) values.push(value);
  else table.set(key, [value]);
}

/** What the index knows of one (normalised) word, worked out the first time the word is seen. */
interface WordInfo<T> {
  /** The entries whose first slot accepts the word. */
  reached: readonly Entry<T>[];
  /**
   * The ids of the later slots that accept it (cased forms aside). Matching asks this of every
   * word a pattern's first word is followed by, so the answer is one small-integer lookup rather
   * than a hash of the word per slot.
   */
  accepts: ReadonlySet<number>;
}

const NO_SLOTS: ReadonlySet<number> = new Set();

/** Many patterns, each with a value, compiled once and matched against tokenised sentences. */
export class PhraseIndex<T> {
  /** First slots, by the entries they start. */
  private readonly firsts = new SpellingTable<Entry<T>>();
  /** Later slots, by id. */
  private readonly rests = new SpellingTable<number>();
  private slotCount = 0;
  /** Each word's lookups, remembered: news copy repeats its vocabulary. */
  private readonly known = new Map<string, WordInfo<T>>();
  /**
   * Signs what this index leaves on word forms (`WordForm.phrases`), a new one with every build:
   * a form signed by another index, or by this one before a build, is looked up again.
   */
  private owner = {};
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
      const [first, second, ...rest] = pattern.slots;
      if (!first) continue;
      for (const slot of second ? [second, ...rest] : []) {
        slot.id = this.slotCount++;
        for (const word of this.withTypos(slot.words, SHORTEST_TYPO_WORD)) this.rests.addWord(word, slot.id);
        for (const stem of this.withTypos(slot.stems, SHORTEST_TYPO_WORD - 1)) this.rests.addStem(stem, slot.id);
      }
      const next = second && second.cased.size === 0 ? second.id : -1;
      const gap = second?.gap ?? 0;
      // One entry serves all the first slot's words and stems: only a cased form needs one of its own.
      const entry: Entry<T> = { pattern, cased: undefined, next, gap };
      for (const word of this.withTypos(first.words, SHORTEST_TYPO_WORD)) this.firsts.addWord(word, entry);
      for (const word of first.cased) this.firsts.addWord(normalizeWord(word), { pattern, cased: word, next, gap });
      for (const stem of this.withTypos(first.stems, SHORTEST_TYPO_WORD - 1)) this.firsts.addStem(stem, entry);
    }
    this.pending.length = 0;
    // Words looked up before this build do not know the slots added since.
    this.known.clear();
    this.owner = {};
    return this;
  }

  /** Every match of every pattern, at every word, in word order. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const words = tokens.map((token) => this.lookUp(token.form));
    for (let index = 0; index < tokens.length; index++) {
      const { reached } = words[index] as WordInfo<T>;
      // Most words start no pattern.
      if (reached.length === 0) continue;
      const token = tokens[index] as Token;
      const stamp = ++this.words;
      const after = tokens[index + 1];
      // The slots the word after can fill, when it is in the same phrase.
      const nextAccepts = after && !after.breakBefore ? (words[index + 1] as WordInfo<T>).accepts : NO_SLOTS;
      for (let at = 0; at < reached.length; at++) {
        const { pattern, cased, next, gap } = reached[at] as Entry<T>;
        if (next >= 0 && !(gap === 0 ? nextAccepts.has(next) : filledSoon(next, gap, tokens, words, index + 1))) continue;
        // A word can reach one pattern twice (by a word and by a stem): match it once.
        if (pattern.triedAt === stamp || (cased !== undefined && cased !== token.raw)) continue;
        pattern.triedAt = stamp;
        const end = pattern.slots.length === 1 ? index + 1 : matchRest(pattern.slots, 1, tokens, words, index + 1);
        if (end >= 0) matches.push({ value: pattern.value, start: index, end });
      }
    }
    return matches;
  }

  /** What the index knows of a token's word: from the form itself when this index left it there, else from the word's memo. */
  private lookUp(form: WordForm): WordInfo<T> {
    const left = form.phrases;
    if (left?.owner === this.owner) return left.value as WordInfo<T>;
    const word = form.norm;
    let info = this.known.get(word);
    if (!info) {
      const accepts = this.rests.reachedBy(word);
      info = { reached: this.firsts.reachedBy(word), accepts: accepts.length > 0 ? new Set(accepts) : NO_SLOTS };
      remember(this.known, word, info);
    }
    form.phrases = { owner: this.owner, value: info };
    return info;
  }

  /** Spellings of a slot with the typos of those at least `shortest` long (see `build`). */
  private withTypos(spellings: ReadonlySet<string>, shortest: number): Set<string> {
    const all = new Set(spellings);
    for (const spelling of spellings) {
      if (spelling.length >= shortest) for (const typo of swaps(spelling)) if (!this.vocabulary.has(typo)) all.add(typo);
    }
    return all;
  }
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


/** Memos stay bounded: a long-running monitor reads an open-ended vocabulary. */
const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, word: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, value);
}

/** Whether a slot that may skip `gap` words is filled by one of the words from tokens[at] on, in the same phrase. */
function filledSoon<T>(id: number, gap: number, tokens: readonly Token[], words: readonly WordInfo<T>[], at: number): boolean {
  for (let index = at; index <= at + gap && index < tokens.length && !(tokens[index] as Token).breakBefore; index++) {
    if ((words[index] as WordInfo<T>).accepts.has(id)) return true;
  }
  return false;
}

/**
 * Matches slots[from..] starting at tokens[at]; returns the end index or -1. Gaps are short
 * (one digit), so the search is bounded by a constant per starting word.
 */
function matchRest<T>(slots: readonly Slot[], from: number, tokens: readonly Token[], words: readonly WordInfo<T>[], at: number): number {
  const slot = slots[from];
  if (!slot) return at;
  for (let skip = 0; skip <= slot.gap; skip++) {
    const token = tokens[at + skip];
    if (!token || token.breakBefore) return -1;
    if ((words[at + skip] as WordInfo<T>).accepts.has(slot.id) || (slot.cased.size > 0 && slot.cased.has(token.raw))) {
      const end = matchRest(slots, from + 1, tokens, words, at + skip + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}
