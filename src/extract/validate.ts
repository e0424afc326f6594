import { parsePattern } from './phrases.js';
import type {
  IssuePair,
  IssueQualifier,
  Lexicon,
  Phrases,
  Taxonomy,
  TaxonomyGroup,
  TaxonomyIssue,
  TaxonomyParty,
  TaxonomyRegion,
  TriggerSet,
} from './taxonomy.js';

/** The word lists every lexicon must have (each may be empty). */
const LEXICON_LISTS = [
  'negators', 'negativeConcord', 'retractors', 'ambiguousSides', 'beneficiaries', 'judgedFor', 'indirectQuestions', 'appositives', 'reversals', 'predicates', 'voiders', 'evasions', 'addressees', 'holderNouns', 'staffLinks', 'postedOfficials', 'documents', 'handovers', 'untilWords', 'mannerPhrases', 'judgingVerbs', 'indefinites', 'passiveAuxiliaries', 'jointWords', 'coAuthorLinks', 'partnerNouns', 'textPronouns', 'counterTexts', 'comparisons', 'personCitations', 'givenNames', 'requestLists', 'subjectRelatives', 'threats', 'thirdParties', 'signatories', 'agreements', 'disjunctions', 'meansVerbs', 'discussing', 'pastFacts', 'warEnds', 'mannerInclusions', 'outcomes', 'agreedTexts', 'putForward', 'talksWith', 'companions', 'ordinals', 'pluralAnaphors', 'summaryModals', 'genitiveNames', 'reporting',
  'accordingTo', 'sentenceHedges', 'clauseHedges', 'forecasts', 'commentators', 'outlets', 'prepositions', 'determiners', 'agents', 'origins', 'reflexives',
  'pronouns', 'personalPronouns', 'speakerTitles', 'firstPerson', 'coordinators', 'complementizers', 'relatives', 'comparativeRelatives', 'timeLinks', 'anaphors', 'locatives', 'boundaries', 'clauseAdverbs', 'absolutes', 'volitional', 'deontic', 'conditions',
  'demandConditions', 'preferences', 'contrasts', 'falseNegations', 'falseConditions', 'falseTriggers',
] as const satisfies readonly (keyof Lexicon)[];

const DETAIL_KINDS = new Set(['regions', 'numbers', 'durations']);
const ID = /^[a-z0-9][a-z0-9.-]*$/;

class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

/**
 * Checks the shape of a parsed taxonomy file and every pattern in it, so that a mistake made
 * while editing the file is reported at load time, naming the file and the field, and never
 * surfaces later as a silent miss.
 */
export function validateTaxonomy(data: unknown, file: string): Taxonomy {
  const fail = (field: string, reason: string): never => {
    throw new TaxonomyError(`${file}: ${field}: ${reason}`);
  };
  const root = record(data, '(top level)', fail);
  onlyKeys(root, ['parties', 'groups', 'regions', 'issues', 'lexicon'], '(top level)', fail);
  const parties = list(root['parties'], 'parties', fail).map((entry, index) => readParty(entry, `parties[${index}]`, fail));
  const partyIds = uniqueIds(parties, 'parties', fail);
  const groups = optionalList(root['groups'], 'groups', fail).map((entry, index) => readGroup(entry, `groups[${index}]`, partyIds, fail));
  const regions = optionalList(root['regions'], 'regions', fail).map((entry, index) => readRegion(entry, `regions[${index}]`, fail));
  const regionIds = uniqueIds(regions, 'regions', fail);
  regions.forEach((region, index) => {
    region.covers?.forEach((id, at) => {
      if (!regionIds.has(id)) fail(`regions[${index}].covers[${at}]`, `unknown region "${id}"`);
    });
  });
  const issues = list(root['issues'], 'issues', fail).map((entry, index) =>
    readIssue(entry, `issues[${index}]`, { partyIds, regionIds }, fail),
  );
  uniqueIds(issues, 'issues', fail);
  const lexicon = readLexicon(root['lexicon'], 'lexicon', fail);
  return { parties, groups, regions, issues, lexicon };
}

type Fail = (field: string, reason: string) => never;

function readParty(value: unknown, field: string, fail: Fail): TaxonomyParty {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['id', 'name', 'aliases', 'people', 'adjectives'], field, fail);
  const party: TaxonomyParty = {
    id: id(entry['id'], `${field}.id`, fail),
    name: text(entry['name'], `${field}.name`, fail),
    aliases: phrases(entry['aliases'], `${field}.aliases`, fail, true),
  };
  if (entry['people'] !== undefined) party.people = phrases(entry['people'], `${field}.people`, fail);
  if (entry['adjectives'] !== undefined) party.adjectives = phrases(entry['adjectives'], `${field}.adjectives`, fail);
  return party;
}

function readGroup(value: unknown, field: string, partyIds: Set<string>, fail: Fail): TaxonomyGroup {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['id', 'parties', 'aliases'], field, fail);
  const parties = list(entry['parties'], `${field}.parties`, fail).map((party, index) => {
    const partyId = text(party, `${field}.parties[${index}]`, fail);
    if (!partyIds.has(partyId)) fail(`${field}.parties[${index}]`, `unknown party "${partyId}"`);
    return partyId;
  });
  return { id: id(entry['id'], `${field}.id`, fail), parties, aliases: phrases(entry['aliases'], `${field}.aliases`, fail, true) };
}

function readRegion(value: unknown, field: string, fail: Fail): TaxonomyRegion {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['id', 'names', 'covers'], field, fail);
  const region: TaxonomyRegion = { id: id(entry['id'], `${field}.id`, fail), names: phrases(entry['names'], `${field}.names`, fail, true) };
  if (entry['covers'] !== undefined) {
    region.covers = list(entry['covers'], `${field}.covers`, fail).map((cover, index) => text(cover, `${field}.covers[${index}]`, fail));
  }
  return region;
}

interface Known {
  partyIds: Set<string>;
  regionIds: Set<string>;
}

function readIssue(value: unknown, field: string, known: Known, fail: Fail): TaxonomyIssue {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['id', 'proposition', 'cues', 'opposites', 'acts', 'pairs', 'blockers', 'echoes', 'qualifiers', 'details', 'agreedBy'], field, fail);
  const issue: TaxonomyIssue = {
    id: id(entry['id'], `${field}.id`, fail),
    proposition: text(entry['proposition'], `${field}.proposition`, fail),
  };
  for (const key of ['cues', 'opposites', 'acts', 'blockers', 'echoes'] as const) {
    if (entry[key] !== undefined) issue[key] = phrases(entry[key], `${field}.${key}`, fail);
  }
  if (entry['pairs'] !== undefined) {
    issue.pairs = list(entry['pairs'], `${field}.pairs`, fail).map((pair, index) => readPair(pair, `${field}.pairs[${index}]`, known, fail));
  }
  if (entry['qualifiers'] !== undefined) {
    issue.qualifiers = list(entry['qualifiers'], `${field}.qualifiers`, fail).map((qualifier, index) =>
      readQualifier(qualifier, `${field}.qualifiers[${index}]`, fail),
    );
  }
  if (entry['details'] !== undefined) {
    issue.details = list(entry['details'], `${field}.details`, fail).map((detail, index) => {
      if (typeof detail !== 'string' || !DETAIL_KINDS.has(detail)) fail(`${field}.details[${index}]`, `must be one of ${[...DETAIL_KINDS].join(', ')}`);
      return detail as 'regions' | 'numbers' | 'durations';
    });
  }
  if (entry['agreedBy'] !== undefined) {
    issue.agreedBy = list(entry['agreedBy'], `${field}.agreedBy`, fail).map((party, index) => {
      if (typeof party !== 'string' || !known.partyIds.has(party)) fail(`${field}.agreedBy[${index}]`, `unknown party "${String(party)}"`);
      return party as string;
    });
  }
  if (!issue.cues && !issue.opposites && !issue.pairs) fail(field, 'needs "cues", "opposites" or "pairs" to be found in a text');
  return issue;
}

function readPair(value: unknown, field: string, known: Known, fail: Fail): IssuePair {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['anchors', 'targets', 'regions', 'parties', 'opposite', 'window'], field, fail);
  const pair: IssuePair = { anchors: phrases(entry['anchors'], `${field}.anchors`, fail, true) };
  const kinds = ['targets', 'regions', 'parties'].filter((key) => entry[key] !== undefined);
  if (kinds.length !== 1) fail(field, 'needs exactly one of "targets", "regions" or "parties"');
  if (entry['targets'] !== undefined) pair.targets = phrases(entry['targets'], `${field}.targets`, fail, true);
  if (entry['regions'] !== undefined) {
    pair.regions = list(entry['regions'], `${field}.regions`, fail).map((region, index) => {
      const regionId = text(region, `${field}.regions[${index}]`, fail);
      if (!known.regionIds.has(regionId)) fail(`${field}.regions[${index}]`, `unknown region "${regionId}"`);
      return regionId;
    });
  }
  if (entry['parties'] !== undefined) {
    const byParty = record(entry['parties'], `${field}.parties`, fail);
    pair.parties = {};
    for (const [partyId, patterns] of Object.entries(byParty)) {
      if (!known.partyIds.has(partyId)) fail(`${field}.parties.${partyId}`, `unknown party "${partyId}"`);
      pair.parties[partyId] = phrases(patterns, `${field}.parties.${partyId}`, fail, true);
    }
  }
  if (entry['opposite'] !== undefined) {
    pair.opposite = flag(entry['opposite'], `${field}.opposite`, fail);
  }
  if (entry['window'] !== undefined) {
    const window = entry['window'];
    if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > 30) fail(`${field}.window`, 'must be a whole number from 1 to 30');
    pair.window = window as number;
  }
  return pair;
}

function readQualifier(value: unknown, field: string, fail: Fail): IssueQualifier {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['label', 'patterns'], field, fail);
  return { label: text(entry['label'], `${field}.label`, fail), patterns: phrases(entry['patterns'], `${field}.patterns`, fail, true) };
}

function readLexicon(value: unknown, field: string, fail: Fail): Lexicon {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['triggers', 'abbreviations', ...LEXICON_LISTS], field, fail);
  const triggers = list(entry['triggers'], `${field}.triggers`, fail).map((set, index) => readTriggerSet(set, `${field}.triggers[${index}]`, fail));
  const abbreviations = list(entry['abbreviations'], `${field}.abbreviations`, fail).map((word, index) =>
    text(word, `${field}.abbreviations[${index}]`, fail),
  );
  const lexicon = { triggers, abbreviations } as Partial<Lexicon>;
  for (const key of LEXICON_LISTS) lexicon[key] = phrases(entry[key], `${field}.${key}`, fail);
  return lexicon as Lexicon;
}

function readTriggerSet(value: unknown, field: string, fail: Fail): TriggerSet {
  const entry = record(value, field, fail);
  onlyKeys(entry, ['stance', 'direction', 'whenNegated', 'noun', 'firm', 'phrases'], field, fail);
  return {
    stance: oneOf(entry['stance'], ['support', 'oppose'], `${field}.stance`, fail),
    direction: oneOf(entry['direction'], ['forward', 'backward'], `${field}.direction`, fail),
    whenNegated: oneOf(entry['whenNegated'], ['flip', 'drop'], `${field}.whenNegated`, fail),
    noun: entry['noun'] === undefined ? false : flag(entry['noun'], `${field}.noun`, fail),
    firm: entry['firm'] === undefined ? false : flag(entry['firm'], `${field}.firm`, fail),
    phrases: phrases(entry['phrases'], `${field}.phrases`, fail, true),
  };
}

function phrases(value: unknown, field: string, fail: Fail, required = false): Phrases {
  const byLanguage = record(value, field, fail);
  const result: Phrases = {};
  let count = 0;
  for (const [language, patterns] of Object.entries(byLanguage)) {
    result[language] = list(patterns, `${field}.${language}`, fail).map((pattern, index) => {
      const at = `${field}.${language}[${index}]`;
      const source = text(pattern, at, fail);
      try {
        parsePattern(source);
      } catch (error) {
        fail(at, (error as Error).message);
      }
      count++;
      return source;
    });
  }
  if (required && count === 0) fail(field, 'needs at least one pattern');
  return result;
}

function record(value: unknown, field: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, value === undefined ? 'missing' : 'must be an object');
  return value as Record<string, unknown>;
}

/** A misspelt key ("oposites") would silently lose its patterns: it is an error. Keys starting with "$" are comments. */
function onlyKeys(entry: Record<string, unknown>, allowed: readonly string[], field: string, fail: Fail): void {
  for (const key of Object.keys(entry)) {
    if (!key.startsWith('$') && !allowed.includes(key)) fail(field, `unknown key "${key}" (expected ${allowed.join(', ')})`);
  }
}

function list(value: unknown, field: string, fail: Fail): unknown[] {
  if (!Array.isArray(value)) fail(field, value === undefined ? 'missing' : 'must be a list');
  return value as unknown[];
}

function optionalList(value: unknown, field: string, fail: Fail): unknown[] {
  return value === undefined ? [] : list(value, field, fail);
}

function text(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') fail(field, value === undefined ? 'missing' : 'must be a non-empty string');
  return value as string;
}

function id(value: unknown, field: string, fail: Fail): string {
  const result = text(value, field, fail);
  if (!ID.test(result)) fail(field, `"${result}" is not an id (lower case letters, digits, "." and "-")`);
  return result;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fail: Fail): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) fail(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function flag(value: unknown, field: string, fail: Fail): boolean {
  if (typeof value !== 'boolean') fail(field, 'must be true or false');
  return value as boolean;
}

function uniqueIds(entries: readonly { id: string }[], field: string, fail: Fail): Set<string> {
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    if (ids.has(entry.id)) fail(`${field}[${index}].id`, `duplicate id "${entry.id}"`);
    ids.add(entry.id);
  });
  return ids;
}
