import { isDemandHit, isPresentParticiple } from './clauses.js';
import type { Mention } from './parties.js';
import { mapObjects } from './lists.js';
import { followsPreposition, isDeterminer } from './parties.js';
import { isPastParticiple } from './tokens.js';
import { commaBefore, crossesBreak, hasRoleAt, quoteOpensAt, spansOf, startsRole, stretchEnd, type Sentence, type Span } from './sentence.js';

/** A memorandum, plan, draft or proposal named in a sentence; it speaks for its author. */
export interface DocumentMention extends Span {
  author: string[] | undefined;
  /** After a preposition ("in the memorandum"): it cannot be the subject of a verb. */
  object: boolean;
  /** Parties that wrote or agreed it with the author ("a joint statement with Zelensky", "the framework agreed with Ukraine"). */
  coAuthors: string[];
  /** Where its phrase starts, an owner before it included ("the US draft"). */
  phraseStart: number;
  /** Its author is named in the sentence ("the European version"), not only remembered. */
  namedAuthor: boolean;
}

/** What an item has said about its documents so far: later sentences refer back to them. */
export interface DocumentMemory {
  /** Author by document word ("memorandum", "proposal"), for "according to the memorandum". */
  byKey: Map<string, string[]>;
  /** Author of the document named last, for "according to the document" and its continuations. */
  latest: string[] | undefined;
  /** The author the last sentence read cited ("Under the draft, Kyiv would ..."), for the summary's next sentences. */
  lastCited?: string[] | undefined;
  /** Whether the last sentence read named a text with an author: "It also states ..." may go on with it. */
  lastNamed: boolean;
}

/** "It" standing for a text, with that text's author. */
export interface TextPronoun extends Span {
  author: string[];
}

export interface SentenceDocuments {
  documents: DocumentMention[];
  /** The author the sentence cites: "according to the document", "the memorandum says". */
  cited: string[] | undefined;
  /** "It" opening the sentence, or the clause after an opening citation, for the text named last ("It also provides …"). */
  textPronoun: TextPronoun | undefined;
}

/** How far a text may stand after "rather than", «вместо» ("rather than the ceiling of 600,000 in the original draft"). */
const COMPARISON_REACH = 8;

/** Whether the text is named after a word of comparison, as what a figure is set against. */
function followsComparison(sentence: Sentence, phraseStart: number): boolean {
  return spansOf(sentence, 'comparisons').some((span) => span.end <= phraseStart && phraseStart - span.end <= COMPARISON_REACH);
}

/** How many words («из 28 пунктов», "of 28 points") may stand between a text and a relative clause about it. */
const TEXT_ATTRIBUTE_WORDS = 4;

/** How many words ("presented Ukraine and European allies with what officials called a") may stand between a handover and its text. */
const HANDOVER_REACH = 12;

/** How far "according to" may stand from its document ("according to the alleged Russian memorandum"). */
const CITATION_REACH = 4;
const KEY_LENGTH = 5;

export function newDocumentMemory(): DocumentMemory {
  return { byKey: new Map(), latest: undefined, lastNamed: false };
}

/** Finds the sentence's documents and their authors, and records them in the item's memory. */
export function readDocuments(sentence: Sentence, mentions: readonly Mention[], memory: DocumentMemory, sides?: readonly string[]): SentenceDocuments {
  const earlier = { latest: memory.latest, named: memory.lastNamed };
  const handovers = spansOf(sentence, 'handovers');
  // The text the sentence is about so far: "A US framework … would require …, according to a copy
  // of the draft seen by Reuters" cites that framework, not the text named before it.
  let subjectSoFar: string[] | undefined;
  const documents = mapObjects(spansOf(sentence, 'documents'), (span): DocumentMention => {
    // The verb that hands this text over stands shortly before it ("presented its 20-point plan"),
    // not before another text earlier in the clause ("a framework drafted by … and a copy of the draft").
    const handover =
      handovers.find((verb) => verb.end <= span.start && span.start - verb.end <= HANDOVER_REACH && sentence.clause[verb.start] === sentence.clause[span.start] && !isPassive(sentence, verb)) ??
      relativeHandover(sentence, handovers, span);
    const key = keyOf(sentence, span);
    const coAuthors = coAuthorsOf(sentence, mentions, span);
    const own = ownerOf(mentions, span) ?? (handover ? handedBy(subjectBefore(mentions, handover.start), memory.byKey.get(key) ?? memory.latest) : undefined);
    // A joint text with no owner named is its subject's, written with the parties after "with";
    // "the framework agreed in Geneva", «согласованный в Женеве текст» is both sides' of the talks.
    const agreed = sides && agreedText(sentence, span) ? [...sides] : undefined;
    const named = unite(own ?? (coAuthors.length > 0 ? subjectBefore(mentions, span.start) : agreed), coAuthors);
    if (named) memory.byKey.set(key, named);
    // A counter-proposal answers the text named before: it is not that text's author's.
    const counter = hasRoleAt(sentence, 'counterTexts', span.start) !== undefined;
    const author = named ?? memory.byKey.get(key) ?? (counter ? undefined : (subjectSoFar ?? memory.latest));
    const start = phraseStart(mentions, span);
    const object = followsPreposition(sentence, start);
    if (author && !object) subjectSoFar ??= author;
    // An unsigned counter-proposal is now the text in question, and its author is not known; a text
    // a figure is only compared with is not.
    if ((author || counter) && !followsComparison(sentence, start)) memory.latest = author;
    // Field by field, not spread from the phrase match: every document mention has one shape.
    return { start: span.start, end: span.end, author, object, coAuthors, phraseStart: start, namedAuthor: named !== undefined };
  });
  // "The European counterproposal to the US plan …": the text the sentence is about, not the one
  // named after a preposition, is the one "the document" means next.
  const subjectText = documents.find((document) => document.author && !document.object);
  if (subjectText && documents.some((document) => document.object && document.start > subjectText.start)) memory.latest = subjectText.author;
  const pronoun = textPronounOf(sentence, documents, earlier);
  const cited =
    citedAuthor(sentence, mentions, documents) ??
    optionCited(sentence, mentions, memory) ??
    summaryCited(sentence, memory) ??
    (pronoun && (says(sentence, pronoun.end) || saysLater(sentence, mentions, pronoun)) ? pronoun.author : undefined);
  // A sentence of the summary that names its own source, or another author's text, ends it; a text
  // it only compares a figure with does not ("capped at 800,000, rather than the 600,000 in the US version").
  const otherText = documents.some(
    (document) => document.author && !document.author.every((party) => memory.lastCited?.includes(party)) && !followsComparison(sentence, document.phraseStart),
  );
  memory.lastCited = cited ?? summaryOpener(sentence, documents, pronoun) ?? (otherText ? undefined : memory.lastCited);
  memory.lastNamed = documents.some((document) => document.author);
  return { documents, cited, textPronoun: pronoun };
}

/**
 * "It also provides for …", "The draft was published. According to officials, it sets …": "it",
 * opening its sentence or the clause after an opening citation, or set off by a comma before a verb
 * of saying ("In Kherson, it states, the lines …"), stands for the text named last
 * when a verb that sets out terms follows, or when a text was named just before.
 */
function textPronounOf(
  sentence: Sentence,
  documents: readonly DocumentMention[],
  earlier: { latest: string[] | undefined; named: boolean },
): TextPronoun | undefined {
  const opens = (span: Span): boolean => opensMainClause(sentence, span.start) || (commaBefore(sentence, span.start) && says(sentence, span.end));
  const pronoun = spansOf(sentence, 'pronouns').find((span) => opens(span) && !hasRoleAt(sentence, 'personalPronouns', span.start));
  // "It is unclear whether …": an "it" with a copula after it is no text; nor is a pronoun opening
  // a quote ('"They want us to leave Donbas," he said'), spoken of people.
  if (!pronoun || startsRole(sentence, 'passiveAuxiliaries', pronoun.end) || quoteOpensAt(sentence, pronoun.start)) return undefined;
  const before = documents.filter((document) => document.author && document.end <= pronoun.start).at(-1)?.author;
  const author = before ?? earlier.latest;
  if (!author) return undefined;
  // "They also provide for …" may be plans; "they said" after a text is more likely its authors.
  const named = (before !== undefined || earlier.named) && hasRoleAt(sentence, 'textPronouns', pronoun.start) !== undefined;
  // Field by field, not spread from the phrase match: one object shape for every text pronoun.
  return named || setsTerms(sentence, pronoun.end) ? { start: pronoun.start, end: pronoun.end, author } : undefined;
}

/** A verb of saying right after `end`, or one word ("also") later: "the memorandum says", "it also states". */
function says(sentence: Sentence, end: number): boolean {
  const verbAt = (at: number): boolean => startsRole(sentence, 'reporting', at) && !crossesBreak(sentence, end - 1, at);
  // One word may stand between, but not one that opens another clause ("rejected Trump's proposal but said …").
  const joins = (['coordinators', 'boundaries'] as const).some((role) => hasRoleAt(sentence, role, end) !== undefined);
  return verbAt(end) || (!joins && verbAt(end + OPENER_GAP));
}

/** How many words ("also", "further") may stand between a document and the verb that opens its summary. */
const OPENER_GAP = 1;

/**
 * "The document provides that …", «Документ передбачає …», and after a text was named "It also
 * provides …": a text as the subject of a verb that sets out terms opens a summary, which the next
 * sentences may go on with ("Ukraine would join the EU", «Україна стане членом ЄС»).
 */
function summaryOpener(sentence: Sentence, documents: readonly DocumentMention[], pronoun: TextPronoun | undefined): string[] | undefined {
  const opener = documents.find((document) => document.author && !document.object && setsTerms(sentence, document.end));
  if (opener) return opener.author;
  return pronoun && setsTerms(sentence, pronoun.end) ? pronoun.author : undefined;
}

/** A verb that sets out terms ("provides", "calls for", «передбачає») right after `end`. */
export function setsTerms(sentence: Sentence, end: number): boolean {
  return sentence.triggers.some((trigger) => isDemandHit(trigger) && trigger.start >= end && trigger.start - end <= OPENER_GAP);
}

/** The first word, or the first after an opening "according to …" phrase and its comma. */
function opensMainClause(sentence: Sentence, index: number): boolean {
  if (index === 0) return true;
  if (spansOf(sentence, 'accordingTo')[0]?.start !== 0 || !sentence.tokens[index]?.before.includes(',')) return false;
  return !crossesBreak(sentence, 0, index - 1);
}

/** A list item: a dash or bullet opening the line. */
const LIST_ITEM = /^\s*[-–—•*]\s/u;

/**
 * A summary of a document goes on in the conditional after the sentence that cited it: "Under
 * the draft, Kyiv would pull out of Donbas. Ukraine would also commit never to join NATO.", and
 * in any tense as a list under it ("According to the text: - Ukraine "will hold elections in 100
 * days.""). A sentence that names its own speaker or document, or says "will" outside a list, is
 * not part of it.
 */
function summaryCited(sentence: Sentence, memory: DocumentMemory): string[] | undefined {
  if (!memory.lastCited || spansOf(sentence, 'reporting').length > 0 || spansOf(sentence, 'documents').length > 0) return undefined;
  return spansOf(sentence, 'summaryModals').length > 0 || LIST_ITEM.test(sentence.text) ? memory.lastCited : undefined;
}

/** How many words may stand between the document and the "with" naming its co-author ("agreed with", "agreed in Geneva with"). */
const CO_AUTHOR_REACH = 3;

/**
 * "a joint statement with Zelensky", "the framework agreed with Ukraine": the parties named after
 * "with" wrote the text too. A plain "with" does not ("a memorandum with its proposals", "a plan
 * with guarantees for Ukraine").
 */
function coAuthorsOf(sentence: Sentence, mentions: readonly Mention[], span: Span): string[] {
  const jointAt = (at: number): boolean => hasRoleAt(sentence, 'jointWords', at) !== undefined;
  let agreed = jointAt(span.start) || jointAt(span.start - 1);
  for (let at = span.end; at <= span.end + CO_AUTHOR_REACH && at < sentence.tokens.length; at++) {
    if (at > span.end && sentence.tokens[at]?.breakBefore) return [];
    const link = hasRoleAt(sentence, 'coAuthorLinks', at);
    if (link?.start !== at) {
      agreed ||= jointAt(at);
      continue;
    }
    const partner = mentions.find((mention) => mention.start >= link.end && mention.start - link.end <= 1 && mention.role !== 'inert');
    return agreed && partner ? partner.parties : [];
  }
  return [];
}

function unite(a: string[] | undefined, b: readonly string[]): string[] | undefined {
  if (b.length === 0) return a;
  return [...new Set([...(a ?? []), ...b])];
}

/** How many words may name an option of a document after "under the" ("Under the second, ..."). */
const OPTION_WORDS = 2;
const OPTION_HEADING = /[—–:]/u;

/**
 * "Under the second, Kyiv would ...", "Under point 7, ...", «Другий — заборона …»: a sentence
 * that opens by citing a part of a document without naming one cites the document named before.
 */
function optionCited(sentence: Sentence, mentions: readonly Mention[], memory: DocumentMemory): string[] | undefined {
  if (!memory.latest) return undefined;
  // One word and a dash or colon: "Second: …", «Первый — полный вывод ВСУ …»; an ordinal and a
  // comma: «Второй, „пакетный“, выглядит иначе: …».
  const heading = sentence.tokens[1]?.before ?? '';
  const ordinal = startsRole(sentence, 'ordinals', 0) && heading.includes(',');
  if ((OPTION_HEADING.test(heading) || ordinal) && !mentions.some((mention) => mention.start === 0)) return memory.latest;
  const citation = spansOf(sentence, 'accordingTo')[0];
  // «За даними джерел видання, …» cites sources, not a part of the text.
  if (citation?.start !== 0 || startsRole(sentence, 'sentenceHedges', 0)) return undefined;
  for (let at = citation.end + 1; at <= citation.end + OPTION_WORDS; at++) {
    if (sentence.tokens[at]?.before.includes(',')) return mentions.some((mention) => mention.start < at) ? undefined : memory.latest;
  }
  return undefined;
}

/**
 * "was presented to Ukrainian officials as a near-final text": who presented it is not the name
 * before. "is presenting", "has been drafting" are the subject's own doing.
 */
function isPassive(sentence: Sentence, verb: Span): boolean {
  return hasRoleAt(sentence, 'passiveAuxiliaries', verb.start - 1) !== undefined && !isPresentParticiple(sentence.tokens[verb.start]);
}

/** How many words («в Женеве») may stand between "agreed" and the text it opens. */
const AGREED_PHRASE_WORDS = 2;

/** A text with "agreed" right before or after it: "the agreed framework", "the text agreed in Geneva", «погоджена в Женеві рамка». */
function agreedText(sentence: Sentence, span: Span): boolean {
  const agreedAt = (at: number): boolean => hasRoleAt(sentence, 'agreedTexts', at) !== undefined;
  // «Согласованный в Женеве текст»: the participle may open a short phrase before the text.
  for (let at = span.start - 1; at >= Math.max(0, span.start - AGREED_PHRASE_WORDS - 1); at--) {
    if (agreedAt(at)) return true;
    if (sentence.tokens[at + 1]?.breakBefore) break;
  }
  return agreedAt(span.end) && !sentence.tokens[span.end]?.breakBefore;
}

/** "The document, which Russia presented in Istanbul", "the memorandum that Moscow handed over": the handover comes after the document. */
function relativeHandover(sentence: Sentence, handovers: readonly Span[], span: Span): Span | undefined {
  // "the plan of 28 points, which the Trump administration prepared": past the text's own attributes.
  const after = (candidate: Span): boolean => candidate.start >= span.end && candidate.start - span.end <= TEXT_ATTRIBUTE_WORDS && !crossesBreak(sentence, span.end - 1, candidate.start - 1);
  const relative = spansOf(sentence, 'relatives').find(after) ?? spansOf(sentence, 'complementizers').find(after);
  if (!relative) return undefined;
  // "which the Trump administration this week handed to Kyiv": its subject and an adverb, in one stretch.
  return handovers.find((verb) => verb.start > relative.end && verb.start - relative.end <= RELATIVE_HANDOVER_REACH && !crossesBreak(sentence, relative.end, verb.start));
}

/** How many words may stand between "which" and the verb handing the text over. */
const RELATIVE_HANDOVER_REACH = 7;

function keyOf(sentence: Sentence, span: Span): string {
  // "Europe's counter-plan … the counter-proposal states": one answer to the text in question, whatever it is called.
  if (hasRoleAt(sentence, 'counterTexts', span.start)) return COUNTER_KEY;
  return sentence.tokens[span.end - 1]?.norm.slice(0, KEY_LENGTH) ?? '';
}

/** The key of every counter-proposal, counteroffer and alternative plan in an item's memory. */
const COUNTER_KEY = 'counter';

/** Every party that owns the text: "the Paris declaration, signed by Britain and Ukraine". */
function ownerOf(mentions: readonly Mention[], span: Span): string[] | undefined {
  const owners = mentions.filter((mention) => ownsText(mention, span)).flatMap((mention) => mention.parties);
  return owners.length > 0 ? [...new Set(owners)] : undefined;
}

/**
 * "A peace plan drafted by Washington": the owner's head may be the text's last word ("plan"), not
 * its first; in "the Trump administration's plan to end the war" it is the stance word "plan to",
 * which starts on the text and runs past it.
 */
function ownsText(mention: Mention, span: Span): boolean {
  return mention.role === 'owner' && mention.head !== undefined && mention.head.start >= span.start && mention.head.start < span.end;
}

/** An owner before the document ("in the Russian memorandum") starts its phrase. */
function phraseStart(mentions: readonly Mention[], span: Span): number {
  const owner = mentions.find((mention) => ownsText(mention, span) && mention.start < span.start);
  return owner?.start ?? span.start;
}

/**
 * "The draft, which the Americans passed on to Moscow": who hands over a text wrote it, unless
 * the text has authors already among whom the sender is (a framework agreed by Kyiv and Washington).
 */
function handedBy(sender: string[] | undefined, known: string[] | undefined): string[] | undefined {
  return sender && known?.length && sender.every((party) => known.includes(party)) ? known : sender;
}

function subjectBefore(mentions: readonly Mention[], index: number): string[] | undefined {
  return [...mentions].reverse().find((mention) => mention.role === 'actor' && mention.end <= index)?.parties;
}

function citedAuthor(sentence: Sentence, mentions: readonly Mention[], documents: readonly DocumentMention[]): string[] | undefined {
  const stanceBetween = (from: number, to: number): boolean => sentence.triggers.some((trigger) => trigger.start >= from && trigger.end <= to);
  for (const citation of spansOf(sentence, 'accordingTo')) {
    // «не отдаст Донбасс ни по какому плану», "under no plan": no text is cited.
    if (hasRoleAt(sentence, 'negators', citation.start - 1)) continue;
    // The citation may hold the text's own word («за проєктом», «по плану»).
    const document = documents.find((doc) => doc.end > citation.start && doc.start - citation.end <= CITATION_REACH);
    // «Згідно з текстом, …, європейський варіант передбачає …»: a text named with its author as the
    // subject after a citation of a bare "text" is the one cited.
    const subject =
      document && !document.namedAuthor ? documents.find((doc) => doc.start > document.end && doc.namedAuthor && !doc.object && !stanceBetween(document.end, doc.start)) : undefined;
    if (subject?.author) return subject.author;
    if (document?.author) return document.author;
  }
  for (const document of documents) {
    let after = document.end;
    if (isDeterminer(sentence, after)) after++;
    // "The memorandum handed over in Istanbul, which Kyiv has yet to answer, says": past the
    // participle phrase that names the text.
    const participle = isPastParticiple(sentence.tokens[after]) || startsRole(sentence, 'handovers', after);
    if (participle && !sentence.tokens[after]?.breakBefore && !startsRole(sentence, 'reporting', after)) after = stretchEnd(sentence, after + 1);
    // "the memorandum says", «Документ також фіксує»: one word ("also") may stand between, or a
    // clause set off by commas ("The draft, drawn up by Witkoff, says …").
    const aside = closedAsideEnd(sentence, after);
    if (document.author && (says(sentence, after) || (aside !== undefined && startsRole(sentence, 'reporting', aside)))) return document.author;
    // "The plan caps the army at 600,000 and says Ukraine will …": its second verb, with no other subject between.
    if (document.author && !document.object && saysLater(sentence, mentions, document)) return document.author;
    // "The draft also sets a political calendar: Ukraine would hold elections …": what a colon after it introduces.
    if (document.author && colonIntroduces(sentence, mentions, document)) return document.author;
  }
  return undefined;
}

/**
 * A colon after the text that is its clause's subject, with no party acting between, or right
 * after the text ("adopted a resolution: elections only after the war"): what follows sets out
 * the text's terms.
 */
function colonIntroduces(sentence: Sentence, mentions: readonly Mention[], text: Span): boolean {
  const clause = sentence.clause[text.start];
  let colon = text.end;
  while (colon < sentence.tokens.length && sentence.clause[colon] === clause && !sentence.tokens[colon]?.before.includes(':')) colon++;
  if (sentence.clause[colon] !== clause || !sentence.tokens[colon]?.before.includes(':')) return false;
  return colon === text.end || (subjectOfClause(sentence, mentions, text) && !acting(mentions, text.end, colon));
}

/** Where a clause set off by commas right after a text ends ("The draft, drawn up by Witkoff in consultation with Dmitriev, says"). */
function closedAsideEnd(sentence: Sentence, start: number): number | undefined {
  if (!commaBefore(sentence, start)) return undefined;
  const close = Math.min(stretchEnd(sentence, start + 1), start + TEXT_ASIDE_WORDS + 1);
  const inside = (span: Span): boolean => span.start >= start && span.end <= close;
  if (!commaBefore(sentence, close) || spansOf(sentence, 'reporting').some(inside) || spansOf(sentence, 'documents').some(inside)) return undefined;
  return close;
}

/** How many words a clause set off by commas after a text may take before its verb of saying. */
const TEXT_ASIDE_WORDS = 16;

/** The text as its clause's subject, with a verb of saying joined by "and" later and no party acting between. */
function saysLater(sentence: Sentence, mentions: readonly Mention[], text: Span): boolean {
  const clause = sentence.clause[text.start];
  const verb = spansOf(sentence, 'reporting').find((span) => span.start > text.end && sentence.clause[span.start - 1] === clause);
  if (!verb || !hasRoleAt(sentence, 'coordinators', verb.start - 1)) return false;
  return subjectOfClause(sentence, mentions, text) && !acting(mentions, text.end, verb.start);
}

/** No party acts in the text's clause before it. */
function subjectOfClause(sentence: Sentence, mentions: readonly Mention[], text: Span): boolean {
  return !acting(mentions, sentence.clause.indexOf(sentence.clause[text.start] ?? -1), text.start);
}

function acting(mentions: readonly Mention[], from: number, to: number): boolean {
  return mentions.some((mention) => mention.role === 'actor' && mention.start >= from && mention.end <= to);
}
