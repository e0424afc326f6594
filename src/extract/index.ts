/** The extraction engine's public surface: the taxonomy and the positions read from a text. */
export { extractPositions } from './extract.js';
export { loadTaxonomy } from './taxonomy.js';
export type { Taxonomy, TaxonomyIssue, TaxonomyParty } from './taxonomy.js';
export type { ExtractableText, Position, PositionDetail, Stance } from './position.js';
