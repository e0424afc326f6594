import type { MatchRules } from '../config/config.js';
import { readPackageJson } from '../util/package-files.js';

/** The built-in relevance rules (`data/match.json`): English, Ukrainian and Russian. */
export const DEFAULT_MATCH: MatchRules = readPackageJson<MatchRules>('data/match.json');
