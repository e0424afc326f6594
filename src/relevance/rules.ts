import type { MatchRules } from '../config/config.js';

export interface CompiledRules {
  include: RegExp[];
  require: RegExp[];
  exclude: RegExp[];
}

const REGEX_ENTRY = /^\/(.+)\/([a-z]*)$/s;
// Letters and digits of any script: `\b` knows only ASCII word characters, which would split Cyrillic words.
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Turns one rule entry into a RegExp; throws with the entry named when a pattern does not compile. */
export function compileEntry(entry: string): RegExp {
  const regex = REGEX_ENTRY.exec(entry);
  if (regex) {
    const flags = new Set([...(regex[2] ?? ''), 'u']);
    return new RegExp(regex[1] ?? '', [...flags].join(''));
  }
  const words = entry.trim().split(/\s+/).map((word) => {
    const open = word.endsWith('*');
    const literal = escapeRegex(open ? word.slice(0, -1) : word);
    return open ? `${literal}[\\p{L}\\p{N}'’-]*` : literal;
  });
  return new RegExp(`${NOT_WORD_BEFORE}${words.join('[\\s\\u00a0-]+')}${NOT_WORD_AFTER}`, 'iu');
}

export function compileRules(rules: MatchRules): CompiledRules {
  return {
    include: rules.include.map(compileEntry),
    require: rules.require.map(compileEntry),
    exclude: rules.exclude.map(compileEntry),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
