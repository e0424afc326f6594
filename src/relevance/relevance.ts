import type { ExtractableText } from '../extract/position.js';
import type { CompiledRules } from './rules.js';

/** Why an item was kept or left out, so that `extract` and the logs can say it. */
export type RelevanceVerdict =
  | { relevant: true; reason: 'rules' | 'positions' }
  | { relevant: false; reason: 'excluded' | 'off-topic' };

// Sentence ends for weighing where the words stand; a rough cut is enough, as it only pairs words.
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;

/**
 * An item is about the talks when it is set in the war's context (a `require` rule: Russia,
 * Ukraine, their capitals and leaders) and either names the talks (an `include` rule) or states
 * a party's position on an issue of the taxonomy without naming them ("Kyiv refuses to hold
 * elections"). The context is needed for both: a Gaza ceasefire or a US–China truce reads like
 * a position on `process.ceasefire` but is not this war. Without a position, the talks and the
 * context must meet in one sentence: a report on another peace deal or on EU accession talks
 * that names Russia only in passing ("Russia was sidelined from the process") is not about these
 * talks. An exclusion wins over everything: it is how users silence a recurring false positive.
 */
export function judgeRelevance(text: ExtractableText, positionCount: number, rules: CompiledRules): RelevanceVerdict {
  const haystack = `${text.title}\n${text.body}`;
  if (rules.exclude.some((rule) => rule.test(haystack))) return { relevant: false, reason: 'excluded' };
  if (!rules.require.some((rule) => rule.test(haystack))) return { relevant: false, reason: 'off-topic' };
  if (positionCount > 0) return { relevant: true, reason: 'positions' };
  const talksInContext = haystack
    .split(SENTENCE_END)
    .some((sentence) => rules.include.some((rule) => rule.test(sentence)) && rules.require.some((rule) => rule.test(sentence)));
  return talksInContext ? { relevant: true, reason: 'rules' } : { relevant: false, reason: 'off-topic' };
}
