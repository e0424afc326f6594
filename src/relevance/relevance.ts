import type { ExtractableText } from '../extract/position.js';
import type { CompiledRules } from './rules.js';

/** Why an item was kept or left out, so that `extract` and the logs can say it. */
export type RelevanceVerdict =
  | { relevant: true; reason: 'rules' | 'positions' }
  | { relevant: false; reason: 'excluded' | 'off-topic' };

/**
 * An item is about the talks when its topic and context rules match, or when it states a party's
 * position on an issue of the taxonomy without naming the talks ("Kyiv refuses to hold elections").
 * An exclusion wins over both: it is how users silence a recurring false positive.
 */
export function judgeRelevance(text: ExtractableText, positionCount: number, rules: CompiledRules): RelevanceVerdict {
  const haystack = `${text.title}\n${text.body}`;
  if (rules.exclude.some((rule) => rule.test(haystack))) return { relevant: false, reason: 'excluded' };
  if (positionCount > 0) return { relevant: true, reason: 'positions' };
  const onTopic = rules.include.some((rule) => rule.test(haystack)) && rules.require.some((rule) => rule.test(haystack));
  return onTopic ? { relevant: true, reason: 'rules' } : { relevant: false, reason: 'off-topic' };
}
