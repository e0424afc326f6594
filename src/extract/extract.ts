import { findConditions } from './conditions.js';
import { readDetail } from './detail.js';
import { newDocumentMemory, readDocuments } from './documents.js';
import { findCues } from './issues.js';
import { compileTaxonomy, type CompiledTaxonomy } from './lexicon.js';
import { mergeEvidence, type Evidence } from './merge.js';
import { findMentions, findSpeaker } from './parties.js';
import type { ExtractableText, Position } from './position.js';
import { splitSentences } from './segment.js';
import { readSentence, spansOf } from './sentence.js';
import { readStances, type ItemMemory } from './stance.js';
import type { Taxonomy } from './taxonomy.js';

/**
 * The positions an item states: one per (party, issue, stance), with the clearest sentence as
 * its quote. Pure and deterministic; the taxonomy is compiled on first use and reused after.
 */
export function extractPositions(text: ExtractableText, taxonomy: Taxonomy): Position[] {
  const compiled = compileTaxonomy(taxonomy);
  const memory: ItemMemory = { documents: newDocumentMemory(), lastHolder: undefined, lastProposals: [] };
  const evidence: Evidence[] = [];
  // The title is read first, as a sentence of its own: headlines carry no full stop.
  for (const part of [text.title, text.body]) {
    for (const sentenceText of splitSentences(part, compiled.abbreviations)) {
      evidence.push(...readOne(sentenceText, compiled, memory));
    }
  }
  return mergeEvidence(evidence);
}

function readOne(text: string, compiled: CompiledTaxonomy, memory: ItemMemory): Evidence[] {
  const sentence = readSentence(text, compiled);
  const cues = findCues(sentence, compiled);
  // Most sentences of a feed name no issue, no party and no document: nothing to read or remember.
  if (cues.length === 0 && sentence.found.party.length === 0 && spansOf(sentence, 'documents').length === 0) return [];
  const mentions = findMentions(sentence, cues);
  const documents = readDocuments(sentence, mentions, memory.documents);
  const speaker = findSpeaker(sentence, mentions);
  const findings = readStances({ sentence, cues, mentions, documents, speaker }, memory);
  if (findings.length === 0) {
    // A sentence that states nothing still tells who "he" or "they" will be in the next one.
    const actor = mentions.find((mention) => mention.role === 'actor');
    if (actor) memory.lastHolder = actor.parties;
    return [];
  }
  const conditions = findConditions(sentence);
  const issues = compiled.taxonomy.issues;
  const supports = findings.filter((finding) => finding.stance === 'support' && !finding.retracted);
  return findings.flatMap((finding) => {
    const detail = readDetail(finding, sentence, compiled, conditions);
    const issue = issues[finding.cue.issue]?.id ?? '';
    // A party that asks for an issue in one phrase and refuses it in another of the same sentence
    // refuses one form of it for another ("a 30-day halt on energy strikes, not a full
    // ceasefire"): it supports the issue.
    const otherForm = (party: string): boolean =>
      supports.some((other) => other.cue.issue === finding.cue.issue && other.cue.core.start !== finding.cue.core.start && other.parties.includes(party));
    const parties = finding.stance === 'oppose' && !finding.retracted ? finding.parties.filter((party) => !otherForm(party)) : finding.parties;
    return parties.map((party) => ({
      party,
      issue,
      stance: finding.stance,
      retracted: finding.retracted,
      quote: text,
      detail,
      hedge: finding.hedge,
      strength: finding.strength,
    }));
  });
}
