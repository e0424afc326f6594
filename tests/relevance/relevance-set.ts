import { readFileSync } from 'node:fs';
import { loadTaxonomy } from '../../src/extract/index.js';
import { readItem } from '../../src/pipeline/read-item.js';
import { DEFAULT_MATCH } from '../../src/relevance/defaults.js';
import { compileRules } from '../../src/relevance/rules.js';

/** One short report of `items.json`, labelled by the corpus README's relevance rule; `boundary` names the line it tests. */
export interface RelevanceCase {
  id: string;
  lang: 'en' | 'uk' | 'ru';
  boundary: string;
  relevant: boolean;
  title: string;
  body: string;
  /** A known miss: why the engine still judges it wrongly. */
  gap?: string;
}

export interface Judged extends RelevanceCase {
  judged: boolean;
}

export function loadRelevanceSet(): RelevanceCase[] {
  return JSON.parse(readFileSync(new URL('./items.json', import.meta.url), 'utf8')) as RelevanceCase[];
}

/**
 * Judges every case through the pipeline's own stage (`readItem`): relevance leans on the extracted
 * positions, so the set measures the decision `poll` and `extract` make, not the rules alone.
 */
export function judgeAll(cases: readonly RelevanceCase[]): Judged[] {
  const taxonomy = loadTaxonomy();
  const rules = compileRules(DEFAULT_MATCH);
  return cases.map((item) => ({ ...item, judged: readItem(item, rules, taxonomy).relevance.relevant }));
}
