import { createHash } from 'node:crypto';
import type { Position } from '../extract/position.js';
import type { Change, Evidence } from '../reconcile/change.js';
import { readPackageJson } from '../util/package-files.js';

interface BaselineFile {
  source: Omit<Evidence, 'quote'>;
  positions: Omit<Position, 'hedge'>[];
}

/**
 * The positions monitoring starts from (`data/baseline.json`, read from the baseline report),
 * as history entries, so that `history` shows where every position began.
 */
export function baselineChanges(): Change[] {
  const { source, positions } = readPackageJson<BaselineFile>('data/baseline.json');
  const at = source.published ?? new Date(0).toISOString();
  return positions.map(({ party, issue, stance, detail, quote }) => ({
    id: `b${createHash('sha256').update(`${party}/${issue}`).digest('hex').slice(0, 15)}`,
    at,
    party,
    issue,
    kind: 'new',
    before: null,
    after: { stance, detail },
    sources: 1,
    evidence: [{ ...source, quote }],
    baseline: true,
  }));
}
