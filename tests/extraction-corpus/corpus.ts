import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stance } from '../../src/extract/position.js';

/** `dev` is for development and tuning; `holdout` only ever measures, never guides a change. */
export type CorpusSet = 'dev' | 'holdout';
export const CORPUS_SETS: readonly CorpusSet[] = ['dev', 'holdout'];

export type CorpusLang = 'en' | 'uk' | 'ru';
const LANGS: readonly CorpusLang[] = ['en', 'uk', 'ru'];
const STANCES: readonly Stance[] = ['support', 'oppose'];

/** The detail fields the corpus labels; the others (conditions, qualifiers) are free text and not scored. */
export type LabelledDetailField = 'regions' | 'numbers' | 'durations';
export const LABELLED_DETAIL_FIELDS: readonly LabelledDetailField[] = ['regions', 'numbers', 'durations'];

export interface LabelledDetail {
  regions?: string[];
  numbers?: number[];
  durations?: string[];
}

export interface LabelledPosition {
  party: string;
  issue: string;
  stance: Stance;
  detail?: LabelledDetail;
}

export interface CorpusItem {
  id: string;
  lang: CorpusLang;
  outlet: string;
  published: string;
  title: string;
  body: string;
  relevant: boolean;
  positions: LabelledPosition[];
}

/** An item as loaded: with the set and the file it came from, for reports. */
export interface LoadedItem extends CorpusItem {
  set: CorpusSet;
  file: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Loads the given sets, validating every item; a malformed item throws with its file and id named. */
export function loadCorpus(sets: readonly CorpusSet[] = CORPUS_SETS): LoadedItem[] {
  const items = sets.flatMap((set) => loadSet(set));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`${item.set}/${item.file}: duplicate item id "${item.id}"`);
    seen.add(item.id);
  }
  return items;
}

function loadSet(set: CorpusSet): LoadedItem[] {
  const dir = join(CORPUS_DIR, set);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  return files.flatMap((file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(raw)) throw new Error(`${set}/${file}: expected an array of items`);
    return raw.map((entry: unknown, index) => ({ ...validateItem(entry, `${set}/${file}[${index}]`), set, file }));
  });
}

function validateItem(entry: unknown, where: string): CorpusItem {
  const item = entry as Partial<CorpusItem>;
  const fail = (what: string): never => {
    throw new Error(`${where} (${String(item?.id)}): ${what}`);
  };
  for (const key of ['id', 'outlet', 'published', 'title', 'body'] as const) {
    if (typeof item[key] !== 'string' || item[key] === '') fail(`"${key}" must be a non-empty string`);
  }
  if (!LANGS.includes(item.lang as CorpusLang)) fail(`"lang" must be one of ${LANGS.join(', ')}`);
  if (Number.isNaN(Date.parse(item.published ?? ''))) fail('"published" must be a date');
  if (typeof item.relevant !== 'boolean') fail('"relevant" must be a boolean');
  if (!Array.isArray(item.positions)) fail('"positions" must be an array');
  // An item that is not about the talks can state no position: relevance is decided before extraction.
  if (item.relevant === false && (item.positions?.length ?? 0) > 0) fail('an item labelled not relevant has positions');
  const triples = new Set<string>();
  for (const position of item.positions ?? []) {
    validatePosition(position, fail);
    const key = tripleKey(position);
    if (triples.has(key)) fail(`position ${key} is labelled twice`);
    triples.add(key);
  }
  return item as CorpusItem;
}

function validatePosition(position: LabelledPosition, fail: (what: string) => never): void {
  if (typeof position.party !== 'string' || typeof position.issue !== 'string') fail('a position needs "party" and "issue"');
  if (!STANCES.includes(position.stance)) fail(`position ${position.party}/${position.issue}: bad stance`);
  for (const field of Object.keys(position.detail ?? {})) {
    if (!LABELLED_DETAIL_FIELDS.includes(field as LabelledDetailField)) fail(`position ${position.party}/${position.issue}: unknown detail "${field}"`);
  }
}

/** The identity of a position for matching: one party's stance on one issue, per item. */
export function tripleKey(position: { party: string; issue: string; stance: string }): string {
  return `${position.party} ${position.issue} ${position.stance}`;
}
