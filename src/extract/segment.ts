/**
 * Sentences are read one at a time and the engine looks back and forth inside each, so a
 * sentence is cut into pieces of at most this many characters. Real reporting stays well under
 * it (the longest sentences of wire copy run to about 600 characters); the cap keeps the work
 * per piece bounded, so that a text with no full stop at all still takes time proportional to
 * its length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * `Intl.Segmenter` is fed pieces of at most this many characters: on some inputs (long runs of
 * abbreviations like "Gen. Mr. U.S.") ICU's sentence rules take time quadratic in the length of
 * what they are given. Pieces end at a line break or a full stop where there is one, so real
 * paragraphs, which are shorter, pass whole.
 */
const SEGMENTER_INPUT_CHARS = 2000;

const SENTENCE_END = /[.!?…\n\r\u2029]/;
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
const INITIAL = /(?:^|[\s(«"“])\p{Lu}\.\s*$/u;
/** "he wrote on X.": the network, not an initial. */
const ON_X = /\s(?:on|via)\s+X\.\s*$/u;
const STARTS_LOWER_OR_DIGIT = /^[\s"'“”«»„(]*[\p{Ll}\d]/u;
const ENDS_LINE = /\n\s*$/;

let segmenter: Intl.Segmenter | undefined;
// Built on first use: creating one loads ICU's break rules, which a cycle with nothing new to read never needs.
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/**
 * Splits a text into sentences with `Intl.Segmenter`, then repairs its two usual mistakes in
 * news copy: a split after an abbreviation ("Gen.", "U.S.", "т.", "ст.") or an initial
 * ("Donald J. Trump"), and a split before a sentence that goes on in lower case.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  // The sentence being built, in parts: joining only when it is complete keeps the work linear.
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    const sentence = parts.join('').trim();
    if (sentence !== '') sentences.push(...capLength(sentence));
    parts = [];
    length = 0;
  };
  for (const { segment } of segmentsOf(text)) {
    const last = parts.at(-1);
    const continues = last !== undefined && !endsParagraph(last) && (endsWithAbbreviation(last, abbreviations) || STARTS_LOWER_OR_DIGIT.test(segment));
    if (!continues) flush();
    parts.push(segment);
    length += segment.length;
    // A run of merged segments is cut at the cap as it grows, not only once it ends.
    if (length > MAX_SENTENCE_CHARS) flush();
  }
  flush();
  return sentences;
}

function* segmentsOf(text: string): Generator<{ segment: string }> {
  // A headline has no sentence punctuation: it is one sentence, and the segmenter can be spared.
  if (text.length <= SEGMENTER_INPUT_CHARS && !SENTENCE_END.test(text)) {
    yield { segment: text };
    return;
  }
  if (text.length <= SEGMENTER_INPUT_CHARS) {
    yield* sentenceSegmenter().segment(text);
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SEGMENTER_INPUT_CHARS);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
      const space = window.lastIndexOf(' ');
      if (cut > SEGMENTER_INPUT_CHARS / 2) end = start + cut + 1;
      else if (space > SEGMENTER_INPUT_CHARS / 2) end = start + space + 1;
    }
    yield* sentenceSegmenter().segment(text.slice(start, end));
    start = end;
  }
}

// Both look at the tail of the last segment only.
function endsParagraph(segment: string): boolean {
  return ENDS_LINE.test(segment.slice(-32));
}

function endsWithAbbreviation(segment: string, abbreviations: ReadonlySet<string>): boolean {
  const tail = segment.slice(-24);
  if (INITIAL.test(tail) && !ON_X.test(tail)) return true;
  const word = LAST_WORD.exec(tail)?.[1];
  return word !== undefined && abbreviations.has(word.toLowerCase());
}

/** Cuts an over-long sentence at spaces (or anywhere, when there are none) into capped pieces. */
function capLength(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const cut = space > MAX_SENTENCE_CHARS / 2 ? space : MAX_SENTENCE_CHARS;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
