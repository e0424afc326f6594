import type { ExtractableText } from '../extract/position.js';
import type { CompiledRules } from './rules.js';
import { aboutAnotherSubject, namesBothSides } from './subject.js';

/** Why an item was kept or left out, so that `extract` and the logs can say it. */
export type RelevanceVerdict =
  | { relevant: true; reason: 'rules' | 'positions' }
  | { relevant: false; reason: 'excluded' | 'off-topic' };

// Sentence ends for weighing where the words stand; a rough cut is enough, as it only pairs words.
// Not after a lone capital ("U.S. envoy"): the lead would end on "U.S." and lose its subject.
const SENTENCE_END = /(?<=[.!?…])(?<!(?<![\p{L}])\p{Lu}\.)\s+|\n+/u;

/**
 * An item is about the talks when it is set in the war's context (a `require` rule: Russia,
 * Ukraine, their capitals and leaders) and either names the talks (an `include` rule) or states
 * a party's position on an issue of the taxonomy without naming them ("Kyiv refuses to hold
 * elections"). The context is needed for both: a Gaza ceasefire or a US–China truce reads like
 * a position on `process.ceasefire` but is not this war. Without a position, the talks and the
 * context must meet in one sentence, or the headline name the talks and the report both sides:
 * a report on another peace deal or on EU accession talks that names Russia only in passing
 * ("Russia was sidelined from the process") is not about these talks. Both must also be about
 * the war, not another subject (`subject.ts`): the headline and first sentence set the item's
 * subject, and each sentence is read in their light, so that "Russia welcomed the truce" in a
 * Gaza report stays Gaza's. An exclusion wins over everything: it is how users silence a
 * recurring false positive.
 */
export function judgeRelevance(text: ExtractableText, countPositions: () => number, rules: CompiledRules): RelevanceVerdict {
  const haystack = `${text.title}\n${text.body}`;
  if (rules.exclude.some((rule) => rule.test(haystack))) return { relevant: false, reason: 'excluded' };
  if (!rules.require.some((rule) => rule.test(haystack))) return { relevant: false, reason: 'off-topic' };
  const lead = leadOf(text);
  // Counted only now: most items of a feed are ruled out above, and extraction is the costly part.
  if (countPositions() > 0 && !aboutAnotherSubject(lead)) return { relevant: true, reason: 'positions' };
  // "What to expect from the new round of talks": a headline about the talks, with both sides of the war named in the report.
  const headlineOnTheTalks = namesTalks(text.title, rules) && namesBothSides(haystack) && !aboutAnotherSubject(lead);
  const talksOfTheWar =
    headlineOnTheTalks ||
    haystack.split(SENTENCE_END).some((sentence) => namesTalksInContext(sentence, rules) && !aboutAnotherSubject(`${lead}\n${sentence}`));
  return talksOfTheWar ? { relevant: true, reason: 'rules' } : { relevant: false, reason: 'off-topic' };
}

/** The headline and the body's first sentence: where a report says what it is about. */
function leadOf(text: ExtractableText): string {
  const [first = ''] = text.body.split(SENTENCE_END, 1);
  return `${text.title}\n${first}`;
}

function namesTalks(text: string, rules: CompiledRules): boolean {
  return rules.include.some((rule) => rule.test(text));
}

function namesTalksInContext(sentence: string, rules: CompiledRules): boolean {
  return namesTalks(sentence, rules) && rules.require.some((rule) => rule.test(sentence));
}
