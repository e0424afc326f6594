import type { FeedConfig, MatchRules } from '../config/config.js';
import { extractPositions } from '../extract/index.js';
import type { Position } from '../extract/position.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { FeedItem } from '../parse/item.js';
import { judgeRelevance, type RelevanceVerdict } from '../relevance/relevance.js';
import { compileRules, type CompiledRules } from '../relevance/rules.js';

export interface ItemReading {
  relevance: RelevanceVerdict;
  /** Empty when the item is not about the talks. */
  positions: Position[];
}

/**
 * The relevance and extraction stages for one item: the same code path for `poll` and `extract`,
 * so that what a user sees from `extract` is what the monitor records.
 */
export function readItem(item: Pick<FeedItem, 'title' | 'body'>, rules: CompiledRules, taxonomy: Taxonomy): ItemReading {
  const text = { title: item.title, body: item.body };
  let found: Position[] = [];
  // Extracted only for an item set in the war's context: the rest are left out unread.
  const countPositions = (): number => {
    found = extractPositions(text, taxonomy);
    return found.length;
  };
  const relevance = judgeRelevance(text, countPositions, rules);
  return { relevance, positions: relevance.relevant ? found : [] };
}

// Per global rules, per feed rules (or the global rules again for a feed without its own): a cycle over a thousand feeds compiles each set once.
const compiledRules = new WeakMap<MatchRules, WeakMap<object, CompiledRules>>();

/** The global rules with a feed's own rules in place of the keys it sets. */
export function rulesForFeed(global: MatchRules, feed: Pick<FeedConfig, 'match'> | undefined): CompiledRules {
  let forGlobal = compiledRules.get(global);
  if (!forGlobal) {
    forGlobal = new WeakMap();
    compiledRules.set(global, forGlobal);
  }
  const key = feed?.match ?? global;
  let rules = forGlobal.get(key);
  if (!rules) {
    rules = compileRules({ ...global, ...feed?.match });
    forGlobal.set(key, rules);
  }
  return rules;
}
