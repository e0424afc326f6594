// Placeholder until the extraction engine lands: the shape the rest of the pipeline relies on.
export interface TaxonomyParty {
  id: string;
  name: string;
}
export interface TaxonomyIssue {
  id: string;
  /** The proposition that `support` means, e.g. "Ukraine may join NATO". */
  proposition: string;
}
export interface Taxonomy {
  parties: TaxonomyParty[];
  issues: TaxonomyIssue[];
}
