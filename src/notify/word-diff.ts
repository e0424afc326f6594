import { diffWords } from 'diff';
import type { PositionState } from '../reconcile/change.js';
import { describeState } from './describe.js';

export interface DiffPart {
  text: string;
  change: 'added' | 'removed' | 'same';
}

// Intl's word boundaries keep "600,000" one word; the diff package's own would split it at the comma.
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** The word-level difference between two versions of a position, as a reader sees them written out. */
export function wordDiff(before: PositionState | null, after: PositionState | null): DiffPart[] {
  return diffWords(describeState(before), describeState(after), { intlSegmenter: WORDS }).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** `{+added+}` and `[-removed-]`, the markers of `git diff --word-diff`; `paint` may colour them. */
export function diffAsText(parts: DiffPart[], paint: (part: DiffPart, marked: string) => string = (_part, marked) => marked): string {
  return parts
    .map((part) => {
      if (part.change === 'same') return part.text;
      return paint(part, part.change === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`);
    })
    .join('');
}
