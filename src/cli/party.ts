import type { Taxonomy } from '../extract/taxonomy.js';
import { UsageError } from './usage-error.js';

/** A PARTY or ISSUE argument must name one of the taxonomy, or the command says which ones exist. */
export function checkTaxonomyId(taxonomy: Taxonomy, kind: 'party' | 'issue', id: string | undefined): void {
  if (id === undefined) return;
  const known = (kind === 'party' ? taxonomy.parties : taxonomy.issues).map((entry) => entry.id);
  if (!known.includes(id)) throw new UsageError(`unknown ${kind} "${id}" (known: ${known.join(', ')})`);
}
