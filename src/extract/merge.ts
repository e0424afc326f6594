import type { Position, PositionDetail } from './position.js';

/** A finding made ready to become a position, with what is needed to rank its quote. */
export interface Evidence {
  party: string;
  issue: string;
  stance: Position['stance'];
  retracted: boolean;
  quote: string;
  detail: PositionDetail;
  hedge: string | undefined;
  strength: number;
  /**
   * Said by a pronoun standing for the party named before ("..., he added"), or of what was put
   * forward before ("Kyiv dismissed the offer").
   */
  carried?: boolean;
}

/**
 * One position per (party, issue, stance) of an item: details merge, and the quote kept is the
 * clearest, a plain statement before a carried-over or hedged one, then the shortest.
 */
export function mergeEvidence(evidence: readonly Evidence[]): Position[] {
  const groups = new Map<string, Evidence[]>();
  const supported = new Set(evidence.filter((entry) => entry.stance === 'support' && !entry.retracted).map((entry) => `${entry.party}\u0000${entry.issue}`));
  for (const entry of evidence) {
    // "Ukraine would hold elections if partners guarantee security. Elections are impossible under
    // martial law, he added.": a refusal carried over by a pronoun after the same party asked for
    // the issue in another form refuses that form only, as a refusal in the same sentence does;
    // so does dismissing an offer ("let him come to Moscow") of what the party asks for elsewhere.
    if (entry.carried && entry.stance === 'oppose' && !entry.retracted && supported.has(`${entry.party}\u0000${entry.issue}`)) continue;
    const key = `${entry.party}\u0000${entry.issue}\u0000${entry.stance}\u0000${entry.retracted}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map((group) => {
    const best = [...group].sort(byClarity)[0] as Evidence;
    const position: Position = { party: best.party, issue: best.issue, stance: best.stance, quote: best.quote, detail: mergeDetail(group.map((entry) => entry.detail)) };
    if (best.hedge) position.hedge = best.hedge;
    if (best.retracted) position.retracted = true;
    return position;
  });
}

function byClarity(a: Evidence, b: Evidence): number {
  return b.strength - a.strength || Number(a.hedge !== undefined) - Number(b.hedge !== undefined) || a.quote.length - b.quote.length;
}

function mergeDetail(details: readonly PositionDetail[]): PositionDetail {
  const merged: PositionDetail = {};
  for (const detail of details) {
    for (const key of Object.keys(detail) as (keyof PositionDetail)[]) {
      const values = detail[key] as (string | number)[];
      const existing = (merged[key] ?? []) as (string | number)[];
      (merged as Record<string, (string | number)[]>)[key] = [...new Set([...existing, ...values])];
    }
  }
  return merged;
}
