import type { MatchRules } from '../config/config.js';

export interface CompiledRules {
  include: RegExp[];
  require: RegExp[];
  exclude: RegExp[];
}

const REGEX_ENTRY = /^\/(.+)\/([a-z]*)$/s;
// Letters and digits of any script: `\b` knows only ASCII word characters, which would split Cyrillic words.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Turns one rule entry into a RegExp; throws with the entry named when a pattern does not compile. */
export function compileEntry(entry: string): RegExp {
  const regex = REGEX_ENTRY.exec(entry);
  if (regex) {
    // Without g and y: a rule is asked whether it matches, again and again, and those flags would make the answer depend on the last call.
    const flags = new Set([...(regex[2] ?? '').replace(/[gy]/g, ''), 'u']);
    return new RegExp(regex[1] ?? '', [...flags].join(''));
  }
  return new RegExp(`${NOT_WORD_BEFORE}${phraseBody(entry)}${NOT_WORD_AFTER}`, PHRASE_FLAGS);
}

const PHRASE_FLAGS = 'iu';

/** What a phrase entry matches between its word boundaries. */
function phraseBody(entry: string): string {
  const words = entry.trim().split(/\s+/).map((word) => {
    const open = word.endsWith('*');
    const literal = escapeRegex(open ? word.slice(0, -1) : word);
    return open ? `${literal}[\\p{L}\\p{N}'’-]*` : literal;
  });
  return words.join('[\\s\\u00a0-]+');
}

/**
 * Each list is only ever asked whether some entry matches, so its phrases are compiled into one
 * alternation with the word boundaries checked once around it: relevance reads every sentence of
 * every item, and one scan costs a fraction of one per phrase. Entries written as regular
 * expressions stay patterns of their own: they may number or name their groups, which an
 * alternation would renumber or repeat.
 */
export function compileList(entries: readonly string[]): RegExp[] {
  const phrases = entries.filter((entry) => !REGEX_ENTRY.test(entry));
  const joined = phrases.length > 0 ? [new RegExp(`${NOT_WORD_BEFORE}(?:${phrases.map(phraseBody).join('|')})${NOT_WORD_AFTER}`, PHRASE_FLAGS)] : [];
  return [...joined, ...entries.filter((entry) => REGEX_ENTRY.test(entry)).map(compileEntry)];
}

export function compileRules(rules: MatchRules): CompiledRules {
  return {
    include: compileList(rules.include),
    require: compileList(rules.require),
    exclude: compileList(rules.exclude),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
