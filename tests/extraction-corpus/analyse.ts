import { loadTaxonomy } from '../../src/extract/index.js';
import type { ExtractableText } from '../../src/extract/position.js';
import { readItem } from '../../src/pipeline/read-item.js';
import { DEFAULT_MATCH } from '../../src/relevance/defaults.js';
import { compileRules } from '../../src/relevance/rules.js';
import type { LoadedItem } from './corpus.js';
import type { Prediction } from './score.js';

export type Analyser = (text: ExtractableText) => Prediction;

/**
 * Relevance and extraction through the pipeline's own stage (`readItem`), with the built-in rules and
 * taxonomy: what is measured is exactly what `poll` and `extract` do with an item.
 */
export function createAnalyser(taxonomyPath?: string): Analyser {
  const taxonomy = loadTaxonomy(taxonomyPath);
  const rules = compileRules(DEFAULT_MATCH);
  return (text) => {
    const reading = readItem(text, rules, taxonomy);
    // A retracted position ("no longer insists on X") is a position given up, not one held: the labels hold none.
    const held = reading.positions.filter((position) => !position.retracted);
    return { relevant: reading.relevance.relevant, reason: reading.relevance.reason, positions: held };
  };
}

export function predictAll(items: readonly LoadedItem[], analyse: Analyser = createAnalyser()): Map<string, Prediction> {
  return new Map(items.map((item) => [item.id, analyse({ title: item.title, body: item.body })]));
}
