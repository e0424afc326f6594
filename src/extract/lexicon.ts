import { PhraseIndex } from './phrases.js';
import type { Lexicon, Phrases, Taxonomy, TaxonomyIssue } from './taxonomy.js';

/** The roles a plain word list of the lexicon gives its words. */
export type WordRole = Exclude<keyof Lexicon, 'triggers' | 'abbreviations'>;

/** What a phrase found in a sentence is. */
export type Tag =
  | { kind: 'party'; parties: string[]; adjective: boolean; person?: boolean; group?: boolean }
  | { kind: 'region'; regions: string[] }
  | { kind: 'cue'; issue: number; polarity: Polarity }
  | { kind: 'echo'; issue: number }
  | { kind: 'anchor'; issue: number; pair: number; polarity: Polarity }
  | { kind: 'target'; issue: number; pair: number; party: string | undefined }
  | { kind: 'blocker'; issue: number }
  | { kind: 'qualifier'; issue: number; label: string }
  | { kind: 'trigger'; polarity: Polarity; direction: 'forward' | 'backward'; whenNegated: 'flip' | 'drop'; noun: boolean; firm: boolean; issue: number | undefined }
  | { kind: 'word'; role: WordRole };

/** +1: says the proposition (or supports); -1: says its opposite (or opposes). */
export type Polarity = 1 | -1;

/** A taxonomy made ready for matching: built once, used for every item. */
export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  index: PhraseIndex<Tag>;
  abbreviations: ReadonlySet<string>;
  /** Region id → the oblast ids it stands for. */
  regionCovers: ReadonlyMap<string, readonly string[]>;
}

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

/** Compiles a taxonomy once; later calls with the same object reuse the result. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const index = new PhraseIndex<Tag>();
  for (const party of taxonomy.parties) {
    addAll(index, party.aliases, { kind: 'party', parties: [party.id], adjective: false });
    addAll(index, party.people, { kind: 'party', parties: [party.id], adjective: false, person: true });
    addAll(index, party.adjectives, { kind: 'party', parties: [party.id], adjective: true });
  }
  for (const group of taxonomy.groups) addAll(index, group.aliases, { kind: 'party', parties: group.parties, adjective: false, group: true });
  const regionCovers = new Map<string, readonly string[]>();
  for (const region of taxonomy.regions) {
    const covers = region.covers ?? [region.id];
    regionCovers.set(region.id, covers);
    addAll(index, region.names, { kind: 'region', regions: covers });
  }
  taxonomy.issues.forEach((issue, issueIndex) => addIssue(index, issue, issueIndex));
  for (const set of taxonomy.lexicon.triggers) {
    addAll(index, set.phrases, {
      kind: 'trigger',
      polarity: set.stance === 'support' ? 1 : -1,
      direction: set.direction,
      whenNegated: set.whenNegated,
      noun: set.noun ?? false,
      firm: set.firm ?? false,
      issue: undefined,
    });
  }
  for (const [role, phrases] of Object.entries(taxonomy.lexicon)) {
    if (role === 'triggers' || role === 'abbreviations') continue;
    addAll(index, phrases as Phrases, { kind: 'word', role: role as WordRole });
  }
  const result: CompiledTaxonomy = {
    taxonomy,
    index: index.build(),
    abbreviations: new Set(taxonomy.lexicon.abbreviations.map((word) => word.toLowerCase())),
    regionCovers,
  };
  compiled.set(taxonomy, result);
  return result;
}

function addIssue(index: PhraseIndex<Tag>, issue: TaxonomyIssue, issueIndex: number): void {
  addAll(index, issue.cues, { kind: 'cue', issue: issueIndex, polarity: 1 });
  addAll(index, issue.opposites, { kind: 'cue', issue: issueIndex, polarity: -1 });
  addAll(index, issue.acts, { kind: 'trigger', polarity: 1, direction: 'forward', whenNegated: 'flip', noun: false, firm: false, issue: issueIndex });
  addAll(index, issue.blockers, { kind: 'blocker', issue: issueIndex });
  addAll(index, issue.echoes, { kind: 'echo', issue: issueIndex });
  for (const qualifier of issue.qualifiers ?? []) {
    addAll(index, qualifier.patterns, { kind: 'qualifier', issue: issueIndex, label: qualifier.label });
  }
  issue.pairs?.forEach((pair, pairIndex) => {
    addAll(index, pair.anchors, { kind: 'anchor', issue: issueIndex, pair: pairIndex, polarity: pair.opposite ? -1 : 1 });
    addAll(index, pair.targets, { kind: 'target', issue: issueIndex, pair: pairIndex, party: undefined });
    for (const [party, phrases] of Object.entries(pair.parties ?? {})) {
      addAll(index, phrases, { kind: 'target', issue: issueIndex, pair: pairIndex, party });
    }
  });
}

function addAll(index: PhraseIndex<Tag>, phrases: Phrases | undefined, tag: Tag): void {
  for (const list of Object.values(phrases ?? {})) for (const pattern of list) index.add(pattern, tag);
}
