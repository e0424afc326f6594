import type { SentenceDocuments } from './documents.js';
import type { CueHit } from './issues.js';
import type { Mention } from './parties.js';
import type { Sentence } from './sentence.js';

/** Everything found in one sentence before stances are read: issues, parties, documents, speaker. */
export interface SentenceReading {
  sentence: Sentence;
  cues: readonly CueHit[];
  mentions: readonly Mention[];
  documents: SentenceDocuments;
  speaker: string[] | undefined;
}
