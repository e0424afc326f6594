/** One word of a sentence, normalised for matching, with what stood between it and the previous word. */
export interface Token {
  /** Lower case, "ё" read as "е", apostrophes unified, Latin diacritics dropped, "'s" removed. */
  norm: string;
  /** As written (without a possessive "'s"). */
  raw: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** English possessive: "Russia's", "allies'". */
  possessive: boolean;
  cyrillic: boolean;
  /** Punctuation between the previous word and this one (quotes, commas, dashes...), spaces removed. */
  before: string;
  /** A comma, colon, semicolon, bracket or dash stands between the previous word and this one. */
  breakBefore: boolean;
  /** The record shared by every token written the same way. */
  form: WordForm;
}

/** A word as written, once for all its tokens. */
export interface WordForm {
  norm: string;
  raw: string;
  possessive: boolean;
  cyrillic: boolean;
  /**
   * What one phrase index found for the form, with the index it belongs to: matching reads it
   * for every word, and a field is cheaper than a hash lookup of the word (see `PhraseIndex`).
   */
  phrases: { owner: object; value: unknown } | undefined;
}

// One pass, no nested quantifiers over the same characters: numbers with thousands separators
// ("1,000", "600 000"; the look-ahead sits inside the group, so a failed group costs one step),
// initials with dots ("U.S."), words (letters, marks and digits, with inner apostrophes as in
// "об'єднання" or "won't"), or one other visible character. So it matches at every character
// but white space, and is run sticky at each: `test` and a slice are cheaper than `exec`'s result arrays.
const TOKEN =
  /\p{N}{1,3}(?:[,\u00a0\u202f ]\p{N}{3}(?!\p{N}))+|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}\p{N}]+)*['’ʼ]?|[^\s\p{L}\p{M}\p{N}]/uy;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const LATIN_WITH_MARKS = /[\u00c0-\u024f]/;
const LATIN = /^[a-z]/;
const HARD_PUNCTUATION = /[,;:()[\]—–\-!?.…]/;
const POSSESSIVE = /['’ʼ](?:s)?$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let before = '';
  for (let at = 0; at < text.length; ) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    TOKEN.lastIndex = start;
    // It always matches here (see TOKEN); were it ever not to, the character is skipped rather than read forever.
    at = TOKEN.test(text) ? TOKEN.lastIndex : start + 1;
    const value = text.slice(start, at);
    if (!isWordStart(value.charCodeAt(0))) {
      // A hyphen inside a word ("all-for-all", "30-day") joins words; it is not punctuation, nor is
      // the dot of a title or a month ("Mr. Trump", "Gen. Kostyukov", "Feb. 25") inside a sentence.
      if (isInnerHyphen(text, start) || isAbbreviationDot(text, start, tokens.at(-1))) continue;
      before += value;
      continue;
    }
    const form = formOf(value);
    tokens.push({
      norm: form.norm,
      raw: form.raw,
      start,
      end: start + value.length,
      possessive: form.possessive,
      cyrillic: form.cyrillic,
      before,
      breakBefore: before !== '' && HARD_PUNCTUATION.test(before),
      form,
    });
    before = '';
  }
  return tokens;
}

/** The token with punctuation before it that opens the stretch holding `index` (0 if none). */
export function stretchStartOf(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at > 0 && !tokens[at]?.breakBefore) at--;
  return at;
}

/** The first token from `index` on with punctuation before it (the token count if none). */
export function stretchEndOf(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at < tokens.length && !tokens[at]?.breakBefore) at++;
  return at;
}

/** A word as it appears in text: news copy repeats its vocabulary, so each form is worked out once. */
const FORMS = new Map<string, WordForm>();
const FORMS_LIMIT = 100_000;

function formOf(value: string): WordForm {
  const cached = FORMS.get(value);
  if (cached !== undefined) return cached;
  let raw = value.includes('.') ? value.replaceAll('.', '') : value;
  let norm = normalizeWord(raw);
  const last = norm.charCodeAt(norm.length - 1);
  // Only a word ending in "s" or an apostrophe can be an English possessive.
  const possessive = (last === 115 || last === 39) && LATIN.test(norm) && POSSESSIVE.test(norm);
  if (possessive) {
    norm = norm.replace(POSSESSIVE, '');
    raw = raw.replace(POSSESSIVE, '');
  }
  const form: WordForm = { norm, raw, possessive, cyrillic: isCyrillic(value.charCodeAt(0)), phrases: undefined };
  if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
  FORMS.set(value, form);
  return form;
}

/** Words recur from item to item; normalising each once saves most of the tokeniser's time. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 100_000;

/** The form patterns and tokens are compared in. */
export function normalizeWord(word: string): string {
  const cached = NORMALIZED.get(word);
  if (cached !== undefined) return cached;
  let norm = word.toLowerCase().replaceAll('ё', 'е').replace(/[’ʼ`]/g, "'");
  if (LATIN_WITH_MARKS.test(norm)) norm = norm.normalize('NFD').replace(/\p{M}/gu, '');
  if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
  NORMALIZED.set(word, norm);
  return norm;
}

/** The form a pattern's word is compared in: a token's, so "russia's" in a pattern reads as the word "russia" it matches. */
export function normalizePatternWord(word: string): string {
  const norm = normalizeWord(word);
  return LATIN.test(norm) ? norm.replace(POSSESSIVE, '') : norm;
}

/** A Russian or Ukrainian active participle: «запрещающего», «вытесняющих», «забороняючого». */
const SLAVIC_PARTICIPLE = /\p{Script=Cyrillic}{2,}(?:ющ|ящ|ащ|ущ|вш|юч|уч|ач|яч)\p{Script=Cyrillic}{1,3}$/u;

export function isSlavicParticiple(token: Token | undefined): boolean {
  return token !== undefined && SLAVIC_PARTICIPLE.test(token.norm);
}

/**
 * A Russian or Ukrainian adjective in an oblique or plural case («сердобольных», «западными»,
 * «української»): endings mostly an adjective's, so that it is told without a dictionary.
 */
const SLAVIC_OBLIQUE_ADJECTIVE = /\p{Script=Cyrillic}{3,}(?:ых|их|ого|его|ому|ему|ыми|ими|ої)$/u;

export function isSlavicObliqueAdjective(token: Token | undefined): boolean {
  return token !== undefined && SLAVIC_OBLIQUE_ADJECTIVE.test(token.norm);
}

/**
 * A past participle that can open a clause of its own: "imposed", «введённые», «запроваджені»,
 * «прийняті». Adjectives of the same shape («военные») are caught too; only a clause set off by
 * commas is read as one (see `asides.ts`).
 */
const PAST_PARTICIPLE = /^\p{Script=Latin}{3,}ed$|\p{Script=Cyrillic}{3,}(?:енн|анн|янн)(?:ый|ая|ое|ые|ых|ого|ой|ую|ым|ыми|ому)$|\p{Script=Cyrillic}{3,}(?:ен|ан|ян|ят|ит)(?:ий|а|е|і|их|ого|ої|у|им|ими|ому)$/u;

export function isPastParticiple(token: Token | undefined): boolean {
  return token !== undefined && PAST_PARTICIPLE.test(token.norm);
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** `\s` of a regular expression, for one UTF-16 code unit: ASCII spaces and line ends, and Unicode's spaces. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether a UTF-16 code unit starts a word: ASCII letters (either case, by the 0x20 bit) and digits are told without the Unicode tables. */
function isWordStart(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_START.test(String.fromCharCode(code));
}

/** How long a capitalised word may be to read a dot right after it as its abbreviation's ("Mrs.", "Gen.", "Sept."). */
const LONGEST_ABBREVIATION = 4;

function isAbbreviationDot(text: string, index: number, previous: Token | undefined): boolean {
  if (text[index] !== '.' || !previous || previous.end !== index || previous.raw.length > LONGEST_ABBREVIATION) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(previous.raw) && /^\s+\p{Lu}|^\s+\p{N}/u.test(text.slice(index + 1, index + 3));
}

function isInnerHyphen(text: string, index: number): boolean {
  const char = text[index];
  if (char !== '-' && char !== '‐' && char !== '‑') return false;
  return WORD_START.test(text[index - 1] ?? '') && WORD_START.test(text[index + 1] ?? '');
}
