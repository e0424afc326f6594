import { roleBetween } from './clauses.js';
import { findConditions } from './conditions.js';
import { readDetail } from './detail.js';
import { newDocumentMemory, readDocuments } from './documents.js';
import { findCues } from './issues.js';
import { compileTaxonomy, type CompiledTaxonomy } from './lexicon.js';
import { mapObjects } from './lists.js';
import { mergeEvidence, type Evidence } from './merge.js';
import { closesQuote, findMentions, findSpeaker, followsPreposition, joinedToEarlierVerb, mentionRightAfter, newMention, quotedFirst } from './parties.js';
import type { ExtractableText, Position } from './position.js';
import { splitSentences } from './segment.js';
import { commaBefore, crossesBreak, hasRoleAt, overlaps, readSentence, sayingAsideEnd, spansOf, startsRole, type Sentence, type Span } from './sentence.js';
import type { Mention } from './parties.js';
import { readStances, recordHolder, type ItemMemory } from './stance.js';
import type { Taxonomy } from './taxonomy.js';
import type { SentenceDocuments } from './documents.js';
import type { Finding } from './stance.js';

const SEMICOLON = /;\s+/u;

/**
 * The positions an item states: one per (party, issue, stance), with the clearest sentence as
 * its quote. Pure and deterministic; the taxonomy is compiled on first use and reused after.
 */
export function extractPositions(text: ExtractableText, taxonomy: Taxonomy): Position[] {
  const compiled = compileTaxonomy(taxonomy);
  const memory: ItemMemory = { documents: newDocumentMemory(), lastHolder: undefined, lastProposals: [], namedIssues: new Set() };
  const evidence: Evidence[] = [];
  // The title is read first, as a sentence of its own: headlines carry no full stop.
  for (const part of [text.title, text.body]) {
    // A semicolon joins sentences of their own, each with its own speaker ("26 countries pledge
    // a force; Kremlin says foreign troops unacceptable"); the item's memory carries across.
    const clauses = splitSentences(part, compiled.abbreviations).flatMap((sentenceText) => sentenceText.split(SEMICOLON));
    let quoteSpeaker: QuoteSpeaker | undefined;
    clauses.forEach((clause, index) => {
      if (quoteSpeaker && index >= quoteSpeaker.until) quoteSpeaker = undefined;
      quoteSpeaker ??= openQuoteSpeaker(clauses, index, compiled, memory);
      const lead = part === text.title || index === 0;
      evidence.push(...readOne(clause, compiled, memory, quoteSpeaker?.parties, lead));
    });
  }
  return mergeEvidence(evidence);
}

/** Who speaks a quote running over several sentences, and the sentence whose own verb of saying names them. */
interface QuoteSpeaker {
  parties: string[];
  until: number;
}

/** How many sentences a quote may run before the one that closes it. */
const QUOTE_REACH = 4;

/**
 * '"We will not leave Donbas. It is our land," Zelensky said.': a sentence that opens a quote it
 * does not close is said by whoever the sentence closing it names.
 */
function openQuoteSpeaker(clauses: readonly string[], index: number, compiled: CompiledTaxonomy, memory: ItemMemory): QuoteSpeaker | undefined {
  if (quoteBalance(clauses[index] ?? '') <= 0) return undefined;
  for (let next = index + 1; next < clauses.length && next <= index + QUOTE_REACH; next++) {
    if (quoteBalance(clauses[next] ?? '') >= 0) continue;
    const sentence = readSentence(clauses[next] ?? '', compiled);
    const mentions = findMentions(sentence, findCues(sentence, compiled));
    // '…," he said': the person named before the quote.
    const parties = findSpeaker(sentence, mentions) ?? pronounSpeaker(sentence, mentions, memory);
    return parties ? { parties, until: next } : undefined;
  }
  return undefined;
}

/**
 * "U.S. and Ukrainian delegations met in Jeddah … The two delegations agreed …": the sides of the
 * talks are the two parties whose delegations the item named last, which are not always Russia and
 * Ukraine.
 */
function withSides(mentions: Mention[], sides: string[] | undefined): Mention[] {
  return sides ? mapObjects(mentions, (mention) => (mention.sides ? newMention(mention, sides, mention.role, mention.person, true, mention.head) : mention)) : mentions;
}

/** "The signatories also pledged …", «Підписанти заяви закликали …»: the authors of the text named last. */
function withSignatories(sentence: Sentence, mentions: Mention[], authors: string[] | undefined): Mention[] {
  const signatories = authors ? spansOf(sentence, 'signatories').filter((span) => !mentions.some((mention) => overlaps(mention, span))) : [];
  if (!authors || signatories.length === 0) return mentions;
  const named = signatories.map((span) => newMention(span, authors, followsPreposition(sentence, span.start) ? 'object' : 'actor', false, false, undefined));
  return [...mentions, ...named].sort((a, b) => a.start - b.start);
}

/**
 * Two parties named together as the subject, with a word for their delegations after them ("US
 * and Ukrainian negotiators") or as the first names of the sentence ("The United States and Ukraine said").
 */
function sidesNamed(sentence: Sentence, mentions: readonly Mention[]): string[] | undefined {
  // The first names, past a title's own country ("Премьер-министр Великобритании Кир Стармер и …").
  const first = mentions.find((mention) => !mentions.some((next) => next.start === mention.end));
  // «Делегації України та США»: in Ukrainian and Russian the delegations come first, the parties after in the genitive.
  const delegationsBefore = (mention: Mention): boolean => sentence.tokens[mention.start]?.cyrillic === true && hasRoleAt(sentence, 'holderNouns', mention.start - 1)?.end === mention.start;
  const pair = mentions.find(
    (mention) =>
      mention.role === 'actor' &&
      !mention.sides &&
      // Two parties, or two countries of one ("Britain and France": "both countries" are Europe; not
      // "US envoys Witkoff and Kushner", who are no sides).
      (mention.parties.length === 2 || (mention.parties.length === 1 && countriesIn(sentence, mention) >= 2 && roleBetween(sentence, 'coordinators', mention.start, mention.end))) &&
      ((startsRole(sentence, 'holderNouns', mention.end) && !startsRole(sentence, 'partnerNouns', mention.end)) || delegationsBefore(mention) || mention === first),
  );
  return pair?.parties;
}

/**
 * How many names of places, not people, a mention joins ("Britain and France"), with the country of
 * the first person's title right before it («Премьер-министр Великобритании Кир Стармер и президент Франции …»).
 */
function countriesIn(sentence: Sentence, mention: Span): number {
  const from = Math.max(0, mention.start - TITLE_COUNTRY_REACH);
  return sentence.found.party.filter((match) => match.value.person !== true && match.start >= from && match.end <= mention.end && !crossesBreak(sentence, match.start, mention.start)).length;
}

/** How many words before a person's name their title's country may stand ("Премьер-министр Великобритании"). */
const TITLE_COUNTRY_REACH = 2;

/**
 * "Ukraine said it was ready to accept a ceasefire, and Washington said it would resume aid, after
 * talks in Jeddah": the two parties acting in the headline or the first sentence are the sides of
 * the talks the item reports.
 */
function sidesActing(sentence: Sentence, mentions: readonly Mention[]): string[] | undefined {
  const acting = new Set(mentions.filter((mention) => mention.role === 'actor' && !mention.sides && mention.parties.length === 1).flatMap((mention) => mention.parties));
  // "Ukraine said it was ready …, after talks with American officials": the party talked with is the
  // other side; "talks between US and Ukrainian delegations" names both.
  let talkedWith: Mention | undefined;
  for (const link of spansOf(sentence, 'talksWith')) {
    talkedWith = mentionRightAfter(sentence, mentions, link);
    if (talkedWith) break;
  }
  if (talkedWith?.parties.length === 2) return [...talkedWith.parties];
  if (acting.size === 1 && talkedWith?.parties.length === 1) acting.add(talkedWith.parties[0] as string);
  return acting.size === 2 ? [...acting] : undefined;
}

/** Quotes a text opens (positive) or closes (negative) and leaves so. */
function quoteBalance(text: string): number {
  let balance = 0;
  let straight = 0;
  // "„" opens a quote that "“" or "”" closes (Ukrainian and German style); elsewhere "“" opens one.
  let openLowQuotes = 0;
  for (const character of text) {
    if (character === '„') {
      openLowQuotes++;
      balance++;
    } else if (character === '“' && openLowQuotes > 0) {
      openLowQuotes--;
      balance--;
    } else if (character === '“' || character === '«') balance++;
    else if (character === '”' || character === '»') {
      if (character === '”' && openLowQuotes > 0) openLowQuotes--;
      balance--;
    } else if (character === '"') straight++;
  }
  if (straight % 2 === 1) balance += /^\s*"/u.test(text) ? 1 : -1;
  return balance;
}

function readOne(text: string, compiled: CompiledTaxonomy, memory: ItemMemory, quoteSpeaker: string[] | undefined, lead: boolean): Evidence[] {
  const sentence = readSentence(text, compiled);
  const cues = findCues(sentence, compiled, memory.lastProposals, memory.namedIssues);
  for (const cue of cues) memory.namedIssues.add(cue.issue);
  // Most sentences of a feed name no issue, no party and no document: nothing to read or remember.
  if (cues.length === 0 && sentence.found.party.length === 0 && spansOf(sentence, 'documents').length === 0) return [];
  const found = findMentions(sentence, cues);
  // "Starmer and Macron signed …: both countries plan …": the pair may be named in the same sentence.
  memory.sides = sidesNamed(sentence, found) ?? (lead ? sidesActing(sentence, found) : undefined) ?? memory.sides;
  const mentions = withSignatories(sentence, withSides(found, memory.sides), memory.documents.latest);
  const documents = readDocuments(sentence, mentions, memory.documents, memory.sides);
  const named = findSpeaker(sentence, mentions) ?? quoteSpeaker;
  const speaker = named ?? pronounSpeaker(sentence, mentions, memory);
  const carried = named === undefined && speaker !== undefined;
  if (named) memory.lastSpeaker = named;
  // Read before this sentence's stances: "he" in it points back to a person named before it.
  const person = mentions.find((mention) => namesPerson(sentence, mention) && mention.role !== 'inert' && mention.role !== 'object');
  const actor = mentions.find((mention) => mention.role === 'actor');
  const findings = readStances({ sentence, cues, mentions, documents, speaker }, memory);
  addCoAuthors(findings, documents);
  // In order: the last holder is "it" next, and the other party of the sentence is "they" in its quote.
  for (const finding of findings) recordHolder(memory, finding.parties);
  // Under a speaker carried over ("he said", «за його словами»), a person named is inside what is said.
  if (person && !carried) memory.lastPerson = person.parties;
  if (actor) memory.lastActor = actor.parties;
  if (findings.length === 0) {
    // A sentence that states nothing still tells who "he" or "they" will be in the next one.
    if (actor) recordHolder(memory, actor.parties);
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
      carried: carried || finding.answer,
    }));
  });
}

/**
 * "European leaders backed X, saying in a joint statement with Zelensky that ...": what the
 * sentence gives one author of a joint text, it gives all of them.
 */
function addCoAuthors(findings: readonly Finding[], documents: SentenceDocuments): void {
  const joint = documents.documents.filter((document) => document.coAuthors.length > 0 && document.author);
  if (joint.length === 0) return;
  for (const finding of findings) {
    const text = joint.find((document) => finding.parties.some((party) => document.author?.includes(party)));
    // Set in place: a copy spread from the finding would take another object shape.
    if (text?.author) finding.parties = [...new Set([...finding.parties, ...text.author])];
  }
}

/** A person by name ("Peskov"), or by a party and a title ("the Ukrainian leader", "Russia's foreign minister"). */
function namesPerson(sentence: Sentence, mention: Mention): boolean {
  if (mention.person) return true;
  // "the Ukrainian leader", "the US defence secretary": a title, perhaps after a word or two.
  const title = spansOf(sentence, 'speakerTitles').find((span) => span.start >= mention.end && span.start - mention.end <= TITLE_GAP);
  if (title !== undefined && !crossesBreak(sentence, mention.end - 1, title.start)) return true;
  // «Министр обороны США», «глава МИД России»: a title, then the party in the genitive.
  const before = spansOf(sentence, 'speakerTitles').find((span) => span.end <= mention.start && mention.start - span.end <= TITLE_GAP);
  return before !== undefined && sentence.tokens[mention.start]?.cyrillic === true && !crossesBreak(sentence, before.start, mention.start);
}

/** How many words ("defence", "deputy foreign") may stand between a party and the title naming a person. */
const TITLE_GAP = 2;

/** How many words ("also", "then") may stand between a pronoun and its reporting verb. */
const PRONOUN_SPEAKER_GAP = 1;

/**
 * "He also said ...", "..., she told reporters": a pronoun speaking stands for the last person
 * named ("he", "she") or the party that held the last position ("it", "they"), but not after
 * a party acting before the verb of saying: there the stated party, not the one before, is the
 * likelier holder. What is said may name parties ("по словам президента, Киев должен …"). A title
 * without a name ("the minister added") is the last person named too.
 * A Ukrainian or Russian pronoun only after its verb («, заявив він»). A refusal read this way
 * yields to the same party's support elsewhere in the item (see `mergeEvidence`).
 */
function pronounSpeaker(sentence: Sentence, mentions: readonly Mention[], memory: ItemMemory): string[] | undefined {
  if (!memory.lastHolder && !memory.lastSpeaker) return undefined;
  // «За його словами, Україна має …», «Членство в НАТО, по его словам, …»: opening the sentence or
  // set off by commas with no party acting before it, it cites the person named last.
  const citation = spansOf(sentence, 'personCitations').find(
    (span) => span.start === 0 || (commaBefore(sentence, span.start) && commaBefore(sentence, span.end) && !mentions.some((mention) => mention.role === 'actor' && mention.end <= span.start)),
  );
  if (citation) return memory.lastPerson ?? memory.lastSpeaker;
  const pronouns = spansOf(sentence, 'pronouns');
  // "The minister added", «Дипломат добавила»: a title without a name is the one who spoke last.
  const titles = spansOf(sentence, 'speakerTitles');
  // '…," he said' or '…», — сказав він': the quote closes before the pronoun or the verb.
  const quoted = (verb: Span): boolean => closesQuote(sentence, verb.start - 1) || closesQuote(sentence, verb.start);
  for (const verb of quotedFirst(spansOf(sentence, 'reporting'), quoted)) {
    // "…, he added.", «…, перечислила дипломат.» closing the sentence speaks for all of it, whatever parties act in it.
    const endsSentence = [...pronouns, ...titles].some((span) => span.start === verb.end && span.end === sentence.tokens.length);
    // A party acting before the verb of saying is the likelier holder ("Kyiv, he said, will never
    // ..."), unless it is inside the quote the verb closes.
    // «Київ, стверджує він, має …»: a Ukrainian or Russian verb of saying set off by commas, its
    // pronoun after it, is an aside: the party before it is what is spoken of.
    // So is an English one with its pronoun first ("Ukraine, he said, would have to …").
    const pronounFirst = hasRoleAt(sentence, 'personalPronouns', verb.start - 1) !== undefined && sayingAsideEnd(sentence, verb.start - 1) !== undefined;
    const aside = (sentence.tokens[verb.start]?.cyrillic === true && sayingAsideEnd(sentence, verb.start) !== undefined) || pronounFirst;
    if (!quoted(verb) && !endsSentence && !aside && mentions.some((mention) => mention.role === 'actor' && mention.end <= verb.start)) return undefined;
    const next = (span: Span): boolean =>
      (span.end <= verb.start && verb.start - span.end <= PRONOUN_SPEAKER_GAP && !sentence.tokens[verb.start]?.breakBefore) ||
      (span.start === verb.end && !sentence.tokens[span.start]?.breakBefore);
    const title = titles.find(next);
    if (title) return memory.lastPerson ?? memory.lastSpeaker ?? memory.lastHolder;
    // Ukrainian and Russian pronouns after the verb («, наголосив він»), or opening the sentence
    // («Він же повторив, що …»): elsewhere before the verb they are as often objects.
    // "But he asked who …, and said Ukraine must …": a verb of saying joined to the first verb has
    // the person opening the sentence ("It also caps …, and says" is a text's, see documents).
    const opening = joinedToEarlierVerb(sentence, verb.start) ? spansOf(sentence, 'personalPronouns').find((pronoun) => opensWithPronoun(sentence, pronoun)) : undefined;
    const speaking = opening ?? pronouns.find((pronoun) => next(pronoun) && (!sentence.tokens[pronoun.start]?.cyrillic || pronoun.start === verb.end || pronoun.start === 0));
    // "He added": a person, most likely the one named last.
    const person = speaking && hasRoleAt(sentence, 'personalPronouns', speaking.start) ? (memory.lastPerson ?? memory.lastSpeaker) : undefined;
    // "They said", "it added": the subject of the sentence before.
    if (speaking) return person ?? memory.lastActor ?? memory.lastHolder;
  }
  return undefined;
}

/** A pronoun opening the sentence, perhaps after "But" or "And". */
function opensWithPronoun(sentence: Sentence, pronoun: Span): boolean {
  return pronoun.start === 0 || (['boundaries', 'coordinators'] as const).some((role) => hasRoleAt(sentence, role, 0)?.end === pronoun.start);
}
