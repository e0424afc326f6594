import type { CueHit } from './issues.js';
import { isCapitalised, isPresentParticiple, roleBetween } from './clauses.js';
import { mapObjects } from './lists.js';
import { commaBefore, crossesBreak, hasRoleAt, longestFirst, overlaps, quoteOpensAt, spanAfter, spansOf, startsRole, stretchStart, type Sentence, type Span } from './sentence.js';
import { isSlavicObliqueAdjective, type Token } from './tokens.js';

/**
 * How a party's name takes part in its sentence:
 * - `actor`: it can be the subject of a verb ("Moscow demanded", "the Russian delegation");
 * - `owner`: it owns a stance noun or a document ("Russia's demands", "the US plan", "вимоги Росії");
 * - `object`: it follows a preposition or a verb ("withdraw from Ukraine", "according to Peskov");
 * - `inert`: it is part of an issue's wording or a mere adjective ("frozen Russian assets").
 */
export type MentionRole = 'actor' | 'owner' | 'object' | 'inert';

export interface Mention extends Span {
  parties: string[];
  role: MentionRole;
  /** Named by one of the party's people ("Peskov"), not the party itself. */
  person: boolean;
  /** Named as the sides of the talks ("the two delegations"), which the item may have named before. */
  sides: boolean;
  /** For an owner: the stance noun or document it owns. */
  head: Span | undefined;
}

/**
 * Every mention is built here, field by field: one object shape keeps the code reading mentions
 * fast (a spread `{ ...mention, parties }` would make another at every place it is written).
 */
export function newMention(span: Span, parties: string[], role: MentionRole, person: boolean, sides: boolean, head: Span | undefined): Mention {
  return { start: span.start, end: span.end, parties, person, sides, role, head };
}

/** How far a possessive or adjective may stand from its noun ("Russia's key demands"). */
const MODIFIER_REACH = 3;
/** How far an agent ("proposed by Kyiv") may stand from the stance noun or document it names. */
const AGENT_REACH = 4;
/** How far before a name in a document's compound its possessive owner may stand ("Trump's 28-point Ukraine plan"). */
const OWNER_REACH = 3;
/** How far before officials placed in a capital a party may name them its own ("US senior officials in Kyiv"). */
const POSTED_OWNER_REACH = 2;

export function findMentions(sentence: Sentence, cues: readonly CueHit[]): Mention[] {
  const outlets = spansOf(sentence, 'outlets');
  const dateline = datelineEnd(sentence);
  const raw: (Span & { parties: string[]; adjective: boolean; person: boolean; sides: boolean })[] = [];
  for (const match of sentence.found.party) {
    if (match.start < dateline || outlets.some((outlet) => overlaps(outlet, match)) || sidesOfSomething(sentence, match)) continue;
    const person = match.value.person === true;
    const sides = match.value.group === true;
    raw.push({ start: person ? givenNameStart(sentence, match.start) : match.start, end: match.end, parties: match.value.parties, adjective: match.value.adjective, person, sides });
  }
  const heads = headsOf(sentence);
  const mentions = longestFirst(raw).map((mention): Mention => {
    const inert = cues.some((cue) => cue.start <= mention.start && mention.end <= cue.end);
    const { role, head } = inert ? { role: 'inert' as const, head: undefined } : classify(sentence, heads, mention, mention.adjective, cues);
    return newMention(mention, mention.parties, role, mention.person, mention.sides, head);
  });
  return joinActors(sentence, mentions);
}

/** How many words a dateline may hold: "WASHINGTON/KYIV, March 25 (Reuters) -". */
const DATELINE_WORDS = 8;
/** A word in capitals of three letters or more: "WASHINGTON", «МОСКВА» ("US" and "EU" open headlines too). */
const CAPITALS = /^[\p{Lu}]{3,}$/u;

/**
 * "WASHINGTON — Putin told Trump …", «МОСКВА, 25 марта /ТАСС/ —»: the place a report is filed
 * from, in capitals before a dash, names no one who speaks or acts. Where the dateline ends; 0 without one.
 */
function datelineEnd(sentence: Sentence): number {
  const { tokens } = sentence;
  if (!CAPITALS.test(tokens[0]?.raw ?? '')) return 0;
  for (let index = 1; index <= DATELINE_WORDS && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.breakBefore && /[—–-]/u.test(token.before)) return index;
  }
  return 0;
}

/** "with Vladimir Putin", «з Дональдом Трампом»: a person's name starts at the first name, so that the preposition before it is seen. */
export function givenNameStart(sentence: Sentence, surname: number): number {
  // "Vladimir V. Putin": past a middle initial.
  const initial = INITIAL.test(sentence.tokens[surname - 1]?.raw ?? '') && ['', '.'].includes(sentence.tokens[surname]?.before ?? ',') ? surname - 1 : surname;
  const given = hasRoleAt(sentence, 'givenNames', initial - 1);
  return given && given.end === initial && !sentence.tokens[initial]?.breakBefore ? given.start : surname;
}

/** A middle initial: "V." of "Vladimir V. Putin". */
const INITIAL = /^\p{Lu}$/u;

/** How many title and name words may stand between two names of one phrase ("US envoy Steve Witkoff"). */
const TITLE_WORDS = 4;

/**
 * Names that belong together act together: "Russia and Ukraine agreed", "Kyiv and its European
 * allies", "drafted by US envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev". Names joined by
 * "and" after a preposition are all its objects ("від США, НАТО та європейських партнерів"); a
 * comma alone ends the prepositional phrase ("After talks with Kyiv, Moscow agreed").
 */
function joinActors(sentence: Sentence, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const [index, mention] of mentions.entries()) {
    if (isTitleCountry(mention, mentions[index + 1])) continue;
    const previous = joined.at(-1);
    // "a ceasefire with Russia, and the Trump administration said": after one object, ", and" opens a clause.
    const clauseAfterObject =
      previous !== undefined && previous === mentions[index - 1] && commaBefore(sentence, previous.end) && startsRole(sentence, 'coordinators', previous.end);
    const listedObject = previous?.role === 'object' && roleBetween(sentence, 'coordinators', previous.end, mention.start) && !clauseAfterObject;
    const joinable = (previous?.role === 'actor' || previous?.role === 'owner' || listedObject) && mention.role === 'actor';
    const listCommas = listedObject || listClosesAfter(sentence, mention, mentions[index + 1]);
    if (previous && joinable && joins(sentence, previous.end, mention.start, listCommas) && !citedBeforeComma(sentence, previous, mention.start) && !otherAfterComma(sentence, previous, mention, mentions[index + 1])) {
      const parties = [...new Set([...previous.parties, ...mention.parties])];
      joined[joined.length - 1] = newMention({ start: previous.start, end: mention.end }, parties, previous.role, previous.person || mention.person, false, previous.head);
    } else {
      joined.push(mention);
    }
  }
  return joined;
}

/**
 * "European leaders and Ukraine's Volodymyr Zelensky": the country of a person's title, right before
 * the person, is part of that name, not a name that ends a list.
 */
function isTitleCountry(mention: Mention, next: Mention | undefined): boolean {
  const possessive = mention.role === 'inert' || mention.role === 'owner';
  return possessive && !mention.person && next?.person === true && next.start === mention.end && mention.parties.every((party) => next.parties.includes(party));
}

/**
 * A name right after a comma restates the one before ("Russia's foreign minister, Sergei
 * Lavrov") or adds to it in a list ("US, Ukraine say"; «України, США та Росії»; "Zelensky, Merz,
 * Macron and Starmer"); another party after a name inside the sentence, with no list going on,
 * is someone else ("released by the White House, the two governments said").
 */
function otherAfterComma(sentence: Sentence, previous: Mention, mention: Mention, next: Mention | undefined): boolean {
  // One side of a joint name is not its restatement: "worked out by the delegations, Peskov told reporters".
  const restates = mention.parties.every((party) => previous.parties.includes(party)) && previous.parties.length <= mention.parties.length;
  if (previous.end !== mention.start || restates) return false;
  const listGoesOn = next !== undefined && (next.start === mention.end || (next.start - mention.end <= LIST_CLOSE_WORDS && roleBetween(sentence, 'coordinators', mention.end, next.start)));
  return !listGoesOn && !opensSentence(sentence, previous.start);
}

/** How many words ("and the", «та») may close a list between its last two names. */
const LIST_CLOSE_WORDS = 2;

/**
 * "signed by Ukraine, the United States and most European countries": a name after a comma is an
 * item of the list when "and" joins the next name to it.
 */
function listClosesAfter(sentence: Sentence, mention: Span, next: Mention | undefined): boolean {
  return next !== undefined && next.role === 'actor' && roleBetween(sentence, 'coordinators', mention.end, next.start) && joins(sentence, mention.end, next.start);
}

/** "За словами Зеленського, Росія ...", "По словам Рубио, Россия ...": who is cited is not listed with the subject after the comma. */
function citedBeforeComma(sentence: Sentence, previous: Span, next: number): boolean {
  if (previous.end !== next) return false;
  return (['reporting', 'accordingTo'] as const).some((role) =>
    spansOf(sentence, role).some((span) => span.end <= previous.start && previous.start - span.end <= CITED_TITLE_WORDS && !crossesBreak(sentence, span.end - 1, previous.start)),
  );
}

/** How many words a cited person's title may take («за словами уповноваженого Верховної Ради з прав людини Дмитра Лубінця»). */
const CITED_TITLE_WORDS = 8;

/** Whether only "and", articles, titles and names stand between two mentions, and no punctuation but list commas where allowed. */
function joins(sentence: Sentence, end: number, start: number, listCommas = false): boolean {
  if (end === start) return sentence.tokens[start]?.before === ',';
  if (start - end > TITLE_WORDS) return false;
  // "від США, НАТО та європейських партнерів": other names may be listed between with commas.
  for (let at = end; at <= start; at++) {
    const token = sentence.tokens[at];
    if (token?.breakBefore && !(listCommas && token.before === ',')) return false;
  }
  for (let at = end; at < start; at++) {
    const token = sentence.tokens[at];
    const title = hasRoleAt(sentence, 'holderNouns', at) !== undefined || isCapitalised(token);
    if (!title && !hasRoleAt(sentence, 'coordinators', at) && !isDeterminer(sentence, at)) return false;
    // A stance word between parts them ("Russia rejects Ukraine"), unless its wording holds both ("calls from Moscow and Washington to").
    if (sentence.triggers.some((trigger) => trigger.start <= at && at < trigger.end && !(trigger.start < end && trigger.end > start))) return false;
  }
  return true;
}

interface Head extends Span {
  kind: 'stance' | 'document' | 'holder';
  /** A stance word known to be a noun, or a document or holder noun. */
  noun: boolean;
}

function headsOf(sentence: Sentence): Head[] {
  // Built field by field rather than spread from the matches: one object shape for every head.
  const heads: Head[] = [
    ...mapObjects(sentence.triggers, (span) => ({ start: span.start, end: span.end, kind: 'stance' as const, noun: span.noun })),
    ...mapObjects(spansOf(sentence, 'documents'), (span) => ({ start: span.start, end: span.end, kind: 'document' as const, noun: true })),
    ...mapObjects(spansOf(sentence, 'holderNouns'), (span) => ({ start: span.start, end: span.end, kind: 'holder' as const, noun: true })),
  ];
  // A stance noun that is also a document ("proposal") is owned as a stance noun.
  return heads.sort((a, b) => a.start - b.start || order(a) - order(b));
}

function order(head: Head): number {
  return head.kind === 'stance' ? 0 : head.kind === 'document' ? 1 : 2;
}

function classify(sentence: Sentence, heads: readonly Head[], mention: Span & { person: boolean }, adjective: boolean, cues: readonly CueHit[]): { role: MentionRole; head?: Span } {
  const last = sentence.tokens[mention.end - 1];
  const first = sentence.tokens[mention.start];
  // "told Putin", "called Putin"; not "called the EU's plans theft", where the name owns what follows.
  if (isAddressee(sentence, mention.start) && !sentence.tokens[mention.end - 1]?.possessive) return { role: 'object' };
  // «требований, которые выдвигает Россия»: Russia, after the verb, puts the demands forward and receives nothing.
  const putForward = relativeAuthorHead(sentence, heads, mention);
  if (putForward) return { role: 'owner', head: putForward };
  // "the leaders of France and Germany said": the parties of a title act through it.
  if (titleOf(sentence, heads, mention) || staffOf(sentence, heads, mention) || (!adjective && postedIn(sentence, mention))) return { role: 'actor' };
  const agent = agentHead(sentence, heads, mention, cues);
  // «передала украинской в Стамбуле меморандум»: right after a handover verb, even an adjective
  // receives; not one that qualifies the text or stance noun right after it («приняла американское
  // предложение»).
  const ownsNext = adjective && (headAfter(sentence, heads, mention.end, 1)?.kind ?? 'holder') !== 'holder';
  if (isRecipient(sentence, mention) && !ownsNext) return { role: 'object' };
  if (adjective || last?.possessive) {
    const head = headAfter(sentence, heads, mention.end, MODIFIER_REACH);
    if (!head || verbAfterNoun(sentence, mention, head, adjective)) return { role: 'inert' };
    if (head.kind !== 'holder') return { role: 'owner', head };
    // «американскому телеканалу министр …»: an adjective in an oblique case qualifies the noun right
    // after it, not a title further on (past other names and "and" it still may: «українськими та
    // американськими переговорниками»).
    if (adjective && isSlavicObliqueAdjective(last) && nounBetween(sentence, mention.end, head.start)) return { role: 'inert' };
    // "Kyiv's allies" are others; "European allies" are Europe.
    if (!adjective && isPartnerNoun(sentence, head)) return { role: 'inert' };
    // "a call by European leaders": a holder named as an agent owns the stance word before it.
    if (agent) return { role: 'owner', head: agent };
    // «В українській делегації заявили»: the delegation opening the clause as a place speaks.
    return { role: followsPreposition(sentence, mention.start) && !opensClauseAsPlace(sentence, mention.start) ? 'object' : 'actor' };
  }
  // "the US plan", "the EU proposal": a name used as a modifier of a document; "rejects Kremlin
  // call", "the Moscow demand": of a stance noun, where the name cannot be the subject of a verb.
  // The issue may stand between the name and its document: "the US ceasefire plan".
  // English only: in Ukrainian and Russian a name before a noun is not its modifier («сил Украины план ограничивает»).
  // Another name joined by a hyphen may modify it with this one: "the US-Ukrainian framework".
  const hyphenated = sentence.found.party.find((span) => span.start === mention.end && HYPHEN.test(sentence.text[(sentence.tokens[span.start]?.start ?? 0) - 1] ?? ''));
  const modified = hyphenated?.end ?? mention.end;
  const issueAfter = cues.find((cue) => cue.start === modified);
  const documentAt = issueAfter?.end ?? modified;
  // Punctuation parts them: "hand Donetsk to Russia - draft" names no Russian draft.
  const compound = first?.cyrillic || (sentence.tokens[mention.end]?.breakBefore && !hyphenated)
    ? undefined
    : heads.find((head) => (head.kind === 'document' && head.start === documentAt) || (head.start === modified && head.kind === 'stance' && opensNounPhrase(sentence, mention)));
  // "Trump's 28-point Ukraine plan": a text already owned by a possessive is about the name before it, not by it.
  if (compound) return ownedBefore(sentence, mention.start) ? { role: 'inert' } : { role: 'owner', head: compound };
  if (first?.cyrillic) {
    // «нейтральний статус України», «численность армии России»: a name in the genitive right after
    // an issue's words says whose the issue is; it does not act.
    const ofIssue = cues.some((cue) => cue.end === mention.start) && startsRole(sentence, 'genitiveNames', mention.start);
    if (ofIssue && !sentence.tokens[mention.start]?.breakBefore) return { role: 'inert' };
    // Ukrainian and Russian put the owner after its noun, in the genitive: "вимоги Росії".
    const before = heads.find((head) => head.noun && (head.end === mention.start || (head.end === mention.start - 1 && isDeterminer(sentence, head.end))));
    if (before && !sentence.tokens[mention.start]?.breakBefore) {
      if (before.kind !== 'holder') return { role: 'owner', head: before };
      return isPartnerNoun(sentence, before) ? { role: 'inert' } : { role: 'actor' };
    }
  }
  if (agent) return { role: 'owner', head: agent };
  if (opensClauseAsPlace(sentence, mention.start) || absoluteSubject(sentence, mention)) return { role: 'actor' };
  if (placeAfterImpersonalVerb(sentence, mention.start)) return { role: 'actor' };
  return { role: followsPreposition(sentence, mention.start) || prepositionPastAdjective(sentence, mention.start) ? 'object' : 'actor' };
}

/**
 * "…, with Moscow insisting on a withdrawal", "With both sides agreeing to a swap": a name between
 * "with" and a participle of a stance word or of saying is the subject of that participle, not
 * the object of a preposition.
 */
function absoluteSubject(sentence: Sentence, mention: Span): boolean {
  if (!isPresentParticiple(sentence.tokens[mention.end]) || sentence.tokens[mention.end]?.breakBefore) return false;
  // The clause opens the sentence or follows a comma: "his summit with Putin saying …" has "with" of the summit.
  const opener = wordBeforeTitles(sentence, mention.start);
  if (!startsRole(sentence, 'absolutes', opener) || !(opener === 0 || sentence.tokens[opener]?.breakBefore === true)) return false;
  return sentence.triggers.some((trigger) => trigger.start === mention.end) || startsRole(sentence, 'reporting', mention.end);
}

/** A possessive name a few words before, in the same phrase ("Trump's 28-point …"). */
function ownedBefore(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - OWNER_REACH); at--) {
    if (sentence.tokens[at + 1]?.breakBefore) return false;
    if (sentence.tokens[at]?.possessive && sentence.found.party.some((party) => party.end === at + 1)) return true;
  }
  return false;
}

/** Whether a word other than a party's name or "and" stands between two words. */
function nounBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (!hasRoleAt(sentence, 'coordinators', at) && !sentence.found.party.some((match) => match.start <= at && at < match.end)) return true;
  }
  return false;
}

/** «шоу для сердобольных европейцев»: a Ukrainian or Russian name governed by a preposition past an adjective of its own. */
function prepositionPastAdjective(sentence: Sentence, index: number): boolean {
  return !sentence.tokens[index]?.breakBefore && isSlavicObliqueAdjective(sentence.tokens[index - 1]) && followsPreposition(sentence, index - 1);
}

/**
 * Right after a stance word, a name and the stance noun after it are one noun phrase ("rejects
 * the Kremlin call"); elsewhere the name may be the subject ("the Kremlin demands that ...", "the
 * memorandum handed to Kyiv envisages ...").
 */
function opensNounPhrase(sentence: Sentence, mention: Span): boolean {
  const first = sentence.tokens[mention.start];
  if (!first || first.cyrillic || first.breakBefore || sentence.tokens[mention.end]?.breakBefore) return false;
  const end = isDeterminer(sentence, mention.start - 1) ? mention.start - 1 : mention.start;
  return sentence.triggers.some((trigger) => trigger.end === end && !opensAppositive(sentence, trigger));
}

/** ", a demand Kyiv rejects", "— an idea Moscow dismissed": a noun set off after what it renames opens a relative clause. */
function opensAppositive(sentence: Sentence, trigger: Span): boolean {
  const noun = hasRoleAt(sentence, 'appositives', trigger.start);
  if (!noun) return false;
  const start = isDeterminer(sentence, noun.start - 1) ? noun.start - 1 : noun.start;
  return /[,—–-]/u.test(sentence.tokens[start]?.before ?? '');
}

/** How many words ("також", "также") may stand between "сторони" and its verb. */
const SIDES_VERB_GAP = 1;

/**
 * "української сторони" (of the Ukrainian side), "со своей стороны" (for its part), not "сторони
 * домовилися" (the sides agreed): the sides as a subject open their clause and have a verb next.
 */
function sidesOfSomething(sentence: Sentence, match: Span): boolean {
  const word = spansOf(sentence, 'ambiguousSides').find((span) => span.start === match.start && span.end === match.end);
  if (!word) return false;
  // "…, and the sides", «що сторони домовилися», «Водночас сторони»: after a comma, "and", "that" or "meanwhile".
  const opensClause =
    match.start === 0 ||
    sentence.tokens[match.start]?.breakBefore === true ||
    (['coordinators', 'complementizers', 'boundaries'] as const).some((role) => hasRoleAt(sentence, role, match.start - 1) !== undefined);
  const verbs = [...sentence.triggers, ...spansOf(sentence, 'reporting')];
  // «За підсумками раунду в Стамбулі сторони домовилися»: a plural verb right after makes it the
  // subject past a fronted phrase too, unless an adjective makes it one side («української сторони»).
  const qualified = isSlavicObliqueAdjective(sentence.tokens[match.start - 1]) || FEMININE_OBLIQUE_ADJECTIVE.test(sentence.tokens[match.start - 1]?.norm ?? '');
  const after = sentence.tokens[match.end];
  const pluralVerbAfter = !qualified && verbs.some((verb) => verb.start === match.end) && after?.cyrillic === true && PLURAL_PAST.test(after.norm);
  return !(opensClause || pluralVerbAfter) || !verbs.some((verb) => verb.start >= match.end && verb.start - match.end <= SIDES_VERB_GAP);
}

/** «российской», «украинской»: a Russian feminine adjective in an oblique case, which `isSlavicObliqueAdjective` leaves out. */
const FEMININE_OBLIQUE_ADJECTIVE = /\p{Script=Cyrillic}{3,}ой$/u;

/** "told European allies that ...": who is spoken to holds no stance of what is said. */
function isAddressee(sentence: Sentence, index: number): boolean {
  const at = wordBeforeTitles(sentence, index);
  return at >= 0 && hasRoleAt(sentence, 'addressees', at) !== undefined;
}

/** Past the holder nouns from `index` ("chief", "officials" after a party's name), up to `limit`. */
export function pastHolderNouns(sentence: Sentence, index: number, limit = sentence.tokens.length): number {
  let at = index;
  while (at < limit && hasRoleAt(sentence, 'holderNouns', at)) at++;
  return at;
}

/** The word before a name, past the person's titles: "told" in "told President Donald Trump". */
export function wordBeforeTitles(sentence: Sentence, index: number): number {
  let at = wordBefore(sentence, index);
  for (let titles = 0; titles < TITLE_WORDS && at > 0 && isTitle(sentence, at) && !sentence.tokens[at + 1]?.breakBefore; titles++) at = wordBefore(sentence, at);
  return at;
}

function isTitle(sentence: Sentence, index: number): boolean {
  return hasRoleAt(sentence, 'speakerTitles', index) !== undefined || hasRoleAt(sentence, 'holderNouns', index) !== undefined;
}

/**
 * "Ukrainian law bans elections": a stance word after an adjective and the noun it qualifies is
 * that noun's verb, which the adjective does not own ("the Russian peace proposal" it does).
 */
function verbAfterNoun(sentence: Sentence, mention: Span, head: Head, adjective: boolean): boolean {
  if (!adjective || head.kind !== 'stance' || head.noun || head.start === mention.end) return false;
  // "the Ukrainian conflict must include": after a modal the stance word is a verb, whatever stands before the adjective.
  const modal = (['deontic', 'volitional'] as const).some((role) => hasRoleAt(sentence, role, head.start - 1)?.end === head.start);
  return modal || !isDeterminer(sentence, mention.start - 1);
}

/** "Russia handed Ukraine a memorandum", "presented Ukraine's delegation with": a party right after a handover verb receives it. */
function isRecipient(sentence: Sentence, mention: Span): boolean {
  return hasRoleAt(sentence, 'handovers', mention.start - 1)?.end === mention.start;
}

function headAfter(sentence: Sentence, heads: readonly Head[], from: number, reach: number): Head | undefined {
  for (let index = from; index < Math.min(from + reach, sentence.tokens.length); index++) {
    if (index > from && sentence.tokens[index]?.breakBefore) return undefined;
    const head = heads.find((candidate) => candidate.start === index);
    if (head) return head;
  }
  return undefined;
}

/**
 * «Среди требований, которые Россия выдвигает, — …», «вимоги, які висуває Москва», "the demands
 * which Moscow put forward": the party putting forward the stance word a relative clause hangs on owns it.
 */
function relativeAuthorHead(sentence: Sentence, heads: readonly Head[], mention: Span): Head | undefined {
  // «які Росія неофіційно висуває»: an adverb may stand before the verb.
  const putForward = spansOf(sentence, 'putForward');
  const verb = putForward.find((span) => span.end === mention.start) ?? spanAfter(sentence, putForward, mention, 1);
  if (!verb) return undefined;
  const opening = Math.min(verb.start, mention.start);
  const relative = spansOf(sentence, 'relatives').find((span) => span.end === opening);
  if (!relative) return undefined;
  // Texts have their own reading of who hands them over (documents.ts): a joint statement the White House published stays joint.
  return heads.find((head) => head.kind === 'stance' && head.end === relative.start);
}

/**
 * "proposed by Kyiv", "з боку Росії" name who holds a stance word; "a plan from Washington",
 * "пропозиції від Києва" who wrote a document ("demanded from Kyiv" names no holder).
 */
function agentHead(sentence: Sentence, heads: readonly Head[], mention: Span, cues: readonly CueHit[]): Head | undefined {
  // "drawn up by special envoy Steve Witkoff's team": a person's titles stand between.
  const at = wordBeforeTitles(sentence, mention.start);
  const agent = hasRoleAt(sentence, 'agents', at);
  const origin = agent ? undefined : hasRoleAt(sentence, 'origins', at);
  const preposition = agent ?? origin;
  if (!preposition) return undefined;
  // A verb in between makes the preposition the verb's: "the memorandum demands from Ukraine" names no author.
  // A participle right before "by" is the agent's own: "the framework agreed by Ukrainian and
  // American negotiators" names the framework's authors, not the holders of an agreement.
  const participle = (trigger: Span, head: Head): boolean => agent !== undefined && head.kind === 'document' && trigger.end === preposition.start;
  const verbBetween = (head: Head): boolean =>
    sentence.triggers.some((trigger) => trigger.start >= head.end && trigger.end <= preposition.start && !participle(trigger, head));
  // A title in between is the one the preposition belongs to: "a statement, the leaders of France ...".
  const titleBetween = (head: Head): boolean => heads.some((other) => other.kind === 'holder' && other.start >= head.end && other.end <= preposition.start);
  // "of" belongs to the noun right before it: in "welcomes the readiness of European leaders" the leaders are ready, not welcoming.
  const reach = sentence.tokens[preposition.start]?.norm === 'of' ? 0 : AGENT_REACH;
  // A Ukrainian or Russian participle describes a noun («перемирие, предложенное Вашингтоном»), never
  // the verb before it («согласилась на предложенное Вашингтоном перемирие» is Ukraine's agreeing).
  const participleAgent = agent !== undefined && sentence.tokens[preposition.start]?.cyrillic === true && preposition.end - preposition.start === 1;
  // An issue in between is what the agent does: in "insists that all civilians detained by Russia
  // be returned" Russia detains, it does not insist.
  const issueBetween = (head: Head): boolean => head.kind === 'stance' && cues.some((cue) => cue.start >= head.end && cue.end <= preposition.start);
  const before = (head: Head): boolean =>
    head.end <= preposition.start && preposition.start - head.end <= reach && !verbBetween(head) && !titleBetween(head) && !issueBetween(head) && (head.noun || !participleAgent);
  // "calls from Moscow for": the stance word's own wording may hold its author.
  const around = (head: Head): boolean => reach > 0 && head.start < preposition.start && head.end > mention.end;
  // «согласованный Киевом и Вашингтоном рамочный документ»: a Ukrainian or Russian participle with
  // its agents may stand before the text it describes.
  const prenominal = (head: Head): boolean =>
    agent !== undefined && sentence.tokens[preposition.start]?.cyrillic === true && head.kind === 'document' && head.start >= mention.end && head.start - mention.end <= AGENT_REACH && !crossesBreak(sentence, mention.end - 1, head.start);
  const found = [...heads].reverse().find((head) => (agent ? head.kind !== 'holder' : fromAuthor(sentence, head)) && (before(head) || around(head) || prenominal(head)));
  const text = found?.kind === 'stance' && found.end === preposition.start ? heads.find((head) => head.kind === 'document' && head.end === found.start) : undefined;
  return text ?? found;
}

function isPartnerNoun(sentence: Sentence, head: Span): boolean {
  return hasRoleAt(sentence, 'partnerNouns', head.start) !== undefined;
}

/** "the leaders of France", "the government of Ukraine": a holder noun, "of", then the party. */
function titleOf(sentence: Sentence, heads: readonly Head[], mention: Span): boolean {
  const of = hasRoleAt(sentence, 'agents', wordBefore(sentence, mention.start));
  return of !== undefined && heads.some((head) => head.kind === 'holder' && head.end === of.start);
}

/**
 * "a spokesman for Prime Minister Keir Starmer", "an aide to Putin": a person's staff speak for the
 * person (an envoy "for Ukraine" or an ambassador "to Russia" is posted there, not theirs).
 */
function staffOf(sentence: Sentence, heads: readonly Head[], mention: Span & { person: boolean }): boolean {
  if (!mention.person) return false;
  const link = hasRoleAt(sentence, 'staffLinks', wordBeforeTitles(sentence, mention.start));
  return link !== undefined && heads.some((head) => head.kind === 'holder' && head.end === link.start);
}

/**
 * "a senior official in Kyiv said", «джерела в Москві»: officials placed in a capital speak for its
 * government, unless a party or another name already owns them ("US officials in Kyiv", "Western
 * sources in Moscow").
 */
function postedIn(sentence: Sentence, mention: Span & { person: boolean }): boolean {
  const posted = spansOf(sentence, 'postedOfficials').find((span) => span.end === mention.start);
  if (mention.person || !posted || (posted.start > 0 && isCapitalised(sentence.tokens[posted.start - 1]))) return false;
  return !sentence.found.party.some((party) => party.end <= posted.start && party.end >= posted.start - POSTED_OWNER_REACH);
}

/** "a plan from Washington", "rejected calls from Moscow": a document or a stance noun comes from its author. */
function fromAuthor(sentence: Sentence, head: Head): boolean {
  if (head.kind === 'document') return true;
  if (head.kind !== 'stance') return false;
  return head.noun || isDeterminer(sentence, head.start - 1) || sentence.triggers.some((trigger) => trigger.end === head.start);
}

/** "У Кремлі заявили", "В Киеве отвергли": a place that opens its clause speaks for its government. */
function opensClauseAsPlace(sentence: Sentence, index: number): boolean {
  const locative = hasRoleAt(sentence, 'locatives', index - 1);
  if (!locative || locative.start !== index - 1) return false;
  // «Водночас у Москві відкинули …», «А в Кремле заявили …»: past an adverb or a conjunction that opens the clause.
  const opener = hasRoleAt(sentence, 'clauseAdverbs', locative.start - 1) ?? hasRoleAt(sentence, 'coordinators', locative.start - 1);
  const start = opener?.end === locative.start ? opener.start : locative.start;
  return start === 0 || sentence.clause[start - 1] !== sentence.clause[start] || sentence.tokens[start]?.breakBefore === true;
}

/** A Ukrainian or Russian plural past, reflexive or not: «отвергли», «відкинули», «домовилися», «договорились». */
const PLURAL_PAST = /ли(?:ся|сь)?$/u;

/**
 * "отвергли в Кремле", "відкинули у Києві": a place right after a plural stance verb speaks for
 * its government too (the verb has no subject of its own; one before it stays its subject); so
 * does one after a plural verb of saying, perhaps past an adverb («пояснили згодом у Кремлі»).
 */
function placeAfterImpersonalVerb(sentence: Sentence, index: number): boolean {
  const locative = hasRoleAt(sentence, 'locatives', index - 1);
  if (!locative || locative.start !== index - 1 || sentence.tokens[locative.start]?.breakBefore) return false;
  // "поддержали и в Вашингтоне": "and" may stand between.
  const verbEnd = hasRoleAt(sentence, 'coordinators', locative.start - 1)?.start ?? locative.start;
  const pluralPast = (end: number): boolean => {
    const word = sentence.tokens[end - 1];
    return word?.cyrillic === true && PLURAL_PAST.test(word.norm);
  };
  const saying = (end: number): boolean => pluralPast(end) && hasRoleAt(sentence, 'reporting', end - 1)?.end === end;
  if (saying(verbEnd) || (saying(verbEnd - 1) && !sentence.tokens[verbEnd - 1]?.breakBefore)) return true;
  return pluralPast(verbEnd) && sentence.triggers.some((hit) => hit.end === verbEnd && !hit.noun);
}

/**
 * Whether a preposition (perhaps with an article: "from the Kremlin") stands right before a word,
 * or "according to" (a source cited is no subject). One that ends a stance verb ("called on
 * Russia", "agreed to") leaves its object free.
 */
export function followsPreposition(sentence: Sentence, index: number): boolean {
  // Punctuation ends the phrase: in '… for this," Erdogan said' the name is no object of "for".
  if (PHRASE_END.test(sentence.tokens[index]?.before ?? '')) return false;
  // "with President Donald Trump": the preposition governs the name past its titles.
  const at = wordBeforeTitles(sentence, index);
  // «запропоноване США перемир'я»: a Ukrainian or Russian participle's agent is no subject, though the participle is a stance word.
  if (sentence.tokens[at]?.cyrillic && hasRoleAt(sentence, 'agents', at)?.start === at) return true;
  if (sentence.triggers.some((trigger) => trigger.start <= at && at < trigger.end)) return false;
  return (['prepositions', 'agents', 'origins', 'accordingTo'] as const).some((role) => hasRoleAt(sentence, role, at) !== undefined);
}

/** A hyphen joining two names into one modifier ("US-Ukrainian"), also after an initial's dot ("U.S.-Ukrainian"). */
const HYPHEN = /[-‐‑]/u;

/** Punctuation that ends a phrase (not the full stop of "Mr."). */
const PHRASE_END = /["”“»«—–()]/u;

/** The word before `index`, past one article or possessive ("by the Kremlin", "told its allies"). */
export function wordBefore(sentence: Sentence, index: number): number {
  return isDeterminer(sentence, index - 1) ? index - 2 : index - 1;
}

export function isDeterminer(sentence: Sentence, index: number): boolean {
  return index >= 0 && hasRoleAt(sentence, 'determiners', index) !== undefined;
}

/** Who the sentence reports: "Peskov said", "said Kremlin spokesman Dmitry Peskov", "Peskov: ...". */
export function findSpeaker(sentence: Sentence, mentions: readonly Mention[]): string[] | undefined {
  const usable = mentions.filter((mention) => mention.role !== 'inert' && mention.role !== 'owner');
  const verbs = spansOf(sentence, 'reporting');
  const afterQuote = (verb: Span): boolean => verb.start === 0 || SPEECH_END.test(sentence.tokens[verb.start]?.before ?? '');
  // «Щойно Київ заявить …», — сказав очільник Кремля: the verb after a closing quote names who speaks.
  const quoted = (verb: Span): boolean => closesQuote(sentence, verb.start);
  for (const verb of quotedFirst(verbs, quoted)) {
    // "pledged to keep supporting Ukraine and stressed …": before a verb of saying joined to an
    // earlier verb, a name is that verb's object, unless it opens the sentence.
    const joined = joinedToEarlierVerb(sentence, verb.start);
    const before = [...usable].reverse().find((mention) => {
      if (mention.role !== 'actor' || mention.end > verb.start || (joined && !opensSentence(sentence, mention.start))) return false;
      // "Russia's military intelligence chief, who led Moscow's team, reiterated …": past a relative clause.
      const titled = pastHolderNouns(sentence, mention.end, verb.start);
      if (relativeAside(sentence, titled, verb.start)) return true;
      // "Russia's foreign minister, Sergei Lavrov, has repeatedly said": a name set off by commas before the verb.
      const appositive = mention.person && commaBefore(sentence, mention.start) && commaBefore(sentence, mention.end) && verb.start - mention.end <= APPOSITIVE_VERB_GAP && !crossesBreak(sentence, mention.end, verb.start);
      return appositive || closedAsideBefore(sentence, titled, verb.start) || (closeBefore(sentence, mention.end, verb.start) && !crossesBreak(sentence, mention.end - 1, verb.start));
    });
    if (before) return before.parties;
    // "He was responding to Donald Trump, who said …": the name a relative "who" hangs on speaks, whatever its role.
    const relative = spansOf(sentence, 'subjectRelatives').find((span) => span.end === verb.start && commaBefore(sentence, span.start));
    const antecedent = relative && relativeAntecedent(sentence, usable, relative.start);
    if (antecedent) return antecedent.parties;
    // "Zelensky urged leaders to move quickly, saying …": a participle of saying after a comma has
    // the sentence's subject, when no other party acts between. So has a verb of saying joined to
    // the first verb ("welcomed Trump's efforts but stressed …", «привітали зусилля Трампа, але
    // наголосили»): a subject of its own would stand after the "and" or "but".
    const participle = commaBefore(sentence, verb.start) && isPresentParticiple(sentence.tokens[verb.start]);
    // "Rada extends martial law, says no elections …": an English headline's second verb after a bare
    // comma, with no speaker named after it ("…, said Kremlin aide Ushakov") and no quote opening the sentence.
    const listedVerb =
      !participle &&
      sentence.tokens[verb.start]?.before === ',' &&
      !sentence.tokens[verb.start]?.cyrillic &&
      !quoteOpensAt(sentence, 0) &&
      speakerAfter(sentence, usable, verb) === undefined;
    if (participle || listedVerb || joined) {
      const actors = usable.filter((mention) => mention.role === 'actor' && mention.end <= verb.start);
      const subject = actors[0];
      if (subject && (actors.length === 1 || !participle) && opensSentence(sentence, subject.start)) return subject.parties;
    }
    // "..., said Kremlin spokesman Peskov": a speaker after the verb, where the verb follows the quote
    // (in "Kyiv said Ukraine must ..." the name after the verb is what is said).
    const after = afterQuote(verb) ? speakerAfter(sentence, usable, verb) : undefined;
    if (after) return after.parties;
    // «…», — сказав омбудсман: a title after the verb closing the quote speaks, whoever the quote names.
    if (quoted(verb) && startsRole(sentence, 'speakerTitles', verb.end)) return undefined;
  }
  // "according to Peskov"; "according to the document, Ukraine must..." names no speaker.
  const documents = spansOf(sentence, 'documents');
  for (const citation of spansOf(sentence, 'accordingTo')) {
    const cited = usable.find((mention) => mention.start >= citation.end && mention.start - citation.end <= 2);
    const blocked = cited && (crossesBreak(sentence, citation.end - 1, cited.start) || documents.some((doc) => doc.start >= citation.end && doc.end <= cited.start));
    if (cited && !blocked) return cited.parties;
  }
  // A headline's "Peskov: Kyiv must ...", not the last of a list of topics ("Amnesty, assets and the EU: …").
  const headline = usable.find(
    (mention) => mention.start <= 3 && sentence.tokens[mention.end]?.before.includes(':') && !crossesBreak(sentence, 0, mention.start) && !roleBetween(sentence, 'coordinators', 0, mention.start),
  );
  // A wire headline signed after a dash: "Withdrawal from Donbas remains key condition — Ushakov".
  const signed = usable.find((mention) => mention.end === sentence.tokens.length && signedAfterDash(sentence, mention.start));
  return (headline ?? signed)?.parties;
}

/** Whether "and", "but" (a coordinator or a word that opens a clause) stands right before a verb. */
export function joinedToEarlierVerb(sentence: Sentence, verbStart: number): boolean {
  return (['coordinators', 'boundaries'] as const).some((role) => hasRoleAt(sentence, role, verbStart - 1)?.end === verbStart);
}

/** How many words (a title, a first name) may stand between the dash and the name that signs. */
const SIGNATURE_WORDS = 3;

/** Whether a dash, and no other punctuation, stands before the name or the title and first name that open it. */
function signedAfterDash(sentence: Sentence, nameStart: number): boolean {
  for (let at = nameStart; at >= Math.max(0, nameStart - SIGNATURE_WORDS); at--) {
    const before = sentence.tokens[at]?.before ?? '';
    if (/[—–]/u.test(before)) return at > 0;
    if (sentence.tokens[at]?.breakBefore) return false;
  }
  return false;
}

/** Verbs of saying, those after a closing quote first: a verb of saying inside the quote is part of what is said. */
export function quotedFirst(verbs: readonly Span[], quoted: (verb: Span) => boolean): Span[] {
  return [...verbs.filter(quoted), ...verbs.filter((verb) => !quoted(verb))];
}

/**
 * "Ushakov, for his part, said", "Putin, for his part, has argued": a short aside set off by
 * commas, with no party or stance word in it, between a speaker and the verb or the auxiliary
 * and adverb before it.
 */
function closedAsideBefore(sentence: Sentence, end: number, verb: number): boolean {
  if (verb <= end || sentence.tokens[end]?.cyrillic || !commaBefore(sentence, end)) return false;
  const close = stretchStart(sentence, verb);
  if (close <= end || !commaBefore(sentence, close) || verb - close > APPOSITIVE_VERB_GAP || close - end > CLOSED_ASIDE_WORDS || crossesBreak(sentence, end, close - 1)) {
    return false;
  }
  // Not an aside that names or cites someone else ("the draft, drawn up by Witkoff, says").
  const inside = (span: Span): boolean => span.start >= end && span.end <= verb;
  return !sentence.triggers.some(inside) && !sentence.found.party.some(inside) && !(['reporting', 'agents', 'handovers'] as const).some((role) => spansOf(sentence, role).some(inside));
}

/** How many words an aside between a speaker and the verb may take ("for his part", «в свою очередь», "in a joint statement Saturday"). */
const CLOSED_ASIDE_WORDS = 6;

/** How many words ("has repeatedly") may stand between a name set off by commas and its verb of saying. */
const APPOSITIVE_VERB_GAP = 2;

/** The first word of the sentence, past titles and articles ("The Ukrainian President Volodymyr Zelensky"), outside any quote. */
function opensSentence(sentence: Sentence, index: number): boolean {
  if (quoteOpensAt(sentence, 0)) return false;
  for (let at = 0; at < index; at++) {
    if (!(['determiners', 'speakerTitles', 'holderNouns', 'givenNames'] as const).some((role) => hasRoleAt(sentence, role, at))) return false;
  }
  return true;
}

/**
 * The name a relative after a comma hangs on: the one right before it ("Donald Trump, who said"),
 * or a person's before an appositive set off by commas ("Kirill Dmitriev, the Kremlin's envoy for
 * economic affairs, who told"), which renames the person and says nothing itself.
 */
export function relativeAntecedent(sentence: Sentence, mentions: readonly Mention[], relativeStart: number): Mention | undefined {
  const adjacent = mentions.find((mention) => mention.end === relativeStart);
  if (adjacent) return adjacent;
  const appositive = stretchStart(sentence, relativeStart - 1);
  if (!commaBefore(sentence, appositive) || relativeStart - appositive > APPOSITIVE_WORDS) return undefined;
  if (sentence.triggers.some((trigger) => trigger.start >= appositive && trigger.end <= relativeStart)) return undefined;
  return mentions.find((mention) => mention.person && mention.end === appositive);
}

/** How many words an appositive between a name and its relative may take ("the Kremlin's envoy for economic affairs"). */
const APPOSITIVE_WORDS = 8;

/** How many words a relative clause between a speaker and the verb may have. */
const ASIDE_WORDS = 12;

/**
 * ", who led Moscow's team," or ", several of whom will travel with Zelensky," right after a name
 * and right before the verb: a relative clause set off by commas.
 */
function relativeAside(sentence: Sentence, from: number, verb: number): boolean {
  // "…, who met Erdogan in New York, has repeatedly said": an auxiliary or adverb may open the verb after the comma.
  const close = stretchStart(sentence, verb);
  if (close <= from || !commaBefore(sentence, from) || !commaBefore(sentence, close) || verb - close > APPOSITIVE_VERB_GAP || close - from > ASIDE_WORDS) return false;
  const relative = spansOf(sentence, 'relatives').some((span) => span.start >= from && span.start - from <= RELATIVE_OPENING_WORDS);
  return relative && stretchStart(sentence, close - 1) === from;
}

/** How many words ("several of") may open a relative clause before its relative word. */
const RELATIVE_OPENING_WORDS = 2;

/** What ends the reported words before a verb of saying: a comma, a closing quote, a dash. */
const SPEECH_END = /[,"”»'’—–-]/u;
/** The end of a quote: '…," said', '«…», — сказав'. */
const QUOTE_END = /[,.!?]\s*["”»’]|["”»’]\s*[,—–]/u;

/** Whether a quote closes right before the word at `index` ('…," he said', '«…», — сказав він'). */
export function closesQuote(sentence: Sentence, index: number): boolean {
  return QUOTE_END.test(sentence.tokens[index]?.before ?? '');
}

/** "together with Zelensky", "talks with American officials": the party named right after a word that links it, past one article or adjective. */
export function mentionRightAfter(sentence: Sentence, mentions: readonly Mention[], link: Span): Mention | undefined {
  return spanAfter(sentence, mentions.filter((mention) => mention.role !== 'inert'), link, 1);
}

/** "said Kremlin spokesman Peskov": the name a few words after the verb of saying, in its stretch. */
function speakerAfter(sentence: Sentence, mentions: readonly Mention[], verb: Span): Mention | undefined {
  const speaker = spanAfter(sentence, mentions.filter((mention) => mention.role !== 'object'), verb, SPEAKER_AFTER_WORDS);
  // "…, repeated the demand that Ukraine pull out", "…, says Russia must pay": past "that" or a
  // stance word, or before an English modal of its own, a name is in what is said («Угода,
  // наголосив Лавров, має бути …» sets the speaker off before the main clause's modal).
  const modal = (at: number): boolean => !sentence.tokens[at]?.cyrillic && (['deontic', 'volitional'] as const).some((role) => startsRole(sentence, role, at));
  const said = speaker && (roleBetween(sentence, 'complementizers', verb.end, speaker.start) || sentence.triggers.some((trigger) => trigger.start >= verb.end && trigger.end <= speaker.start) || modal(speaker.end));
  return said ? undefined : speaker;
}

/** How many words (a title and a first name) may stand between a verb of saying and the speaker after it. */
const SPEAKER_AFTER_WORDS = 5;

/** How many words other than titles may stand between a speaker and the verb ("Peskov also said"). */
const SPEAKER_GAP = 2;
/** How many more words a phrase opened by a preposition may add there ("in an interview with state television"). */
const PHRASE_WORDS = 4;

/** "Russia's foreign ministry spokeswoman said", "Zelensky's chief of staff said": titles do not count. */
function closeBefore(sentence: Sentence, end: number, verb: number): boolean {
  if (verb - end > SPEAKER_GAP + TITLE_WORDS) return false;
  let others = 0;
  const titled = pastHolderNouns(sentence, end, verb);
  for (let at = titled; at < verb; at++) if (!hasRoleAt(sentence, 'holderNouns', at)) others++;
  // «Лавров в интервью государственному телевидению заявил», «Европейские лидеры в совместном
  // заявлении подчеркнули»: a phrase opened by a preposition, with no stance word in it.
  const phrase = hasRoleAt(sentence, 'prepositions', titled) !== undefined && !sentence.triggers.some((trigger) => trigger.start >= titled && trigger.end <= verb);
  return others <= (phrase ? SPEAKER_GAP + PHRASE_WORDS : SPEAKER_GAP);
}
