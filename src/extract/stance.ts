import {
  cancellingNegations,
  isDemandHit,
  hedgeAt,
  isHeadlineSpeech,
  isInfinitive,
  isNounUse,
  isPresentParticiple,
  isThirdPerson,
  modalInClause,
  modalInSentence,
  roleBefore,
  roleBetween,
  sameClause,
  setOffShortlyBefore,
} from './clauses.js';
import { findConditions, type ConditionSpan } from './conditions.js';
import { emptyObjects, mapObjects } from './lists.js';
import type { DocumentMemory } from './documents.js';
import type { CueHit } from './issues.js';
import type { Polarity, WordRole } from './lexicon.js';
import { candidateAfter, frontedVerb, judgesForward, placeAfter, trimConditions, verblessHolder } from './order.js';
import { closesQuote, followsPreposition, isDeterminer, joinedToEarlierVerb, mentionRightAfter, wordBefore, wordBeforeTitles, type Mention } from './parties.js';
import type { Stance } from './position.js';
import { isPastParticiple, isSlavicParticiple, type Token } from './tokens.js';
import type { SentenceReading } from './reading.js';
import { commaBefore, crossesBreak, endsClause, hasRoleAt, isListComma, overlaps, quoteOpensAt, sayingAsideEnd, spansOf, startsRole, stretchEnd, stretchStart, type Sentence, type Span, type TriggerHit } from './sentence.js';
import { candidateBefore, coordinated, findCandidates, isContentWord, type Candidate } from './subjects.js';

/** One party's stance on one issue, as one sentence states it. */
export interface Finding {
  parties: string[];
  cue: CueHit;
  stance: Stance;
  /** "no longer insists on X": the party gave the stance up. */
  retracted: boolean;
  /** How plainly the sentence says it (3: a party's own verb or noun; 1: carried over); picks the quote. */
  strength: number;
  hedge: string | undefined;
  /** What a stance noun without a holder put forward ("rejected the proposal for X" proposed X). */
  proposed: Polarity | undefined;
  /** A stance on what was put forward before ("Kyiv dismissed the offer"), which may be one form of the issue. */
  answer: boolean;
}

/** An issue put forward, for the words that point back to it or answer it later. */
export interface Proposal {
  issue: number;
  regions: string[];
  polarity: Polarity;
  parties: string[];
  /** The issue's words as written ("a meeting between the two leaders"): "such a meeting" finds it by them. */
  words: string[];
}

/** What the sentences of one item pass on to the next. */
export interface ItemMemory {
  documents: DocumentMemory;
  /** The party that held the last position stated: "it" and "they" usually point back to it. */
  lastHolder: string[] | undefined;
  /** The holder before it, when another party: in one party's quote, "they" is most often the other side. */
  otherHolder?: string[] | undefined;
  /** The two parties whose delegations the item named last ("US and Ukrainian negotiators"): "the two sides" are they. */
  sides?: string[] | undefined;
  /** The party of the last named speaker ("Putin said", "the Kremlin said"). */
  lastSpeaker?: string[] | undefined;
  /** The party of the last person named as a subject or speaker ("Zelensky rejected …"): "he" and "she" point back to it first. */
  lastPerson?: string[] | undefined;
  /** The subject of the last sentence that had one ("European leaders issued a statement"): "they said" in the next points back to it. */
  lastActor?: string[] | undefined;
  /**
   * What the last sentence with positions proposed, one stance per issue: "Kyiv rejected the
   * offer" points back to it. A demand may be for the opposite of an issue ("Kyiv's
   * renunciation of NATO"): rejecting it is support.
   */
  lastProposals: Proposal[];
  /** Every issue the item has named so far, whoever held it: a word may echo one ("the guarantees"). */
  namedIssues: Set<number>;
  /** What each party put forward last: "the American proposal" may reach back past other parties' sentences. */
  proposalsBy?: Map<string, Proposal[]>;
  /** Everything each party has put forward in the item: "these demands" may stand for several sentences of them. */
  allProposalsBy?: Map<string, Proposal[]>;
}

/** Shared by every step that finds nothing: read-only, and an array of objects like the lists of findings it stands in for (see lists.ts). */
const NO_FINDINGS: readonly Finding[] = emptyObjects();
/** A Ukrainian or Russian word negated by its prefix: «неприемлемы», «неприйнятні», «недопустимы». */
const NEGATIVE_PREFIX = /^не\p{Script=Cyrillic}{4,}/u;
/** How far a judgement ("impossible", "meaningless") may stand before the condition that would make it so. */
const RUINING_GAP = 1;
/** A plain "if": "impossible if X" rules X out, where "impossible unless X", "without X" ask for it. */
const PLAIN_IF: ReadonlySet<string> = new Set(['if', 'якщо', 'если']);
/** The Ukrainian and Russian contrastive "and" («а»), which sets a clause against the one before. */
const CONTRASTIVE: ReadonlySet<string> = new Set(['а']);
/** How many words (an adjective) may open a condition before its subject ("if a full ceasefire holds"). */
const CONDITION_SUBJECT_REACH = 1;
/** How far a stance word may stand from the word pointing back to its object ("rejected the offer"). */
const ANAPHOR_REACH = 3;
/** How many modifiers may open a list item before the issue's noun ("юридически закреплённых ограничений"). */
const ITEM_MODIFIERS = 2;
/** How many words (auxiliaries, adverbs) may stand between an answering verb and its subject ("Kyiv has so far refused"). */
const ANSWER_SUBJECT_GAP = 3;
/** How many words ("nor a renunciation of") may join one issue of a list to the next. */
const LIST_ITEM_GAP = 4;
/** How many words (an article, "any") may stand between "use" and the means ("use any pause"). */
const MEANS_GAP = 2;
/** How far after the means its purpose may begin ("the truce for the continued mobilisation of"). */
const PURPOSE_REACH = 4;
/** How far after an issue opening its clause the negation of its verb may stand («мова ніколи не матиме»). */
const PREDICATE_REACH = 2;
/** How many more words a phrase opened by a preposition may add there («до окончания войны»). */
const PREDICATE_PHRASE_WORDS = 3;
/** How many words (adverbs, an auxiliary) may stand between someone outside the taxonomy and their verb ("Hungary again blocks"). */
const THIRD_PARTY_REACH = 2;
/** How many words an aside between a verb and its object may hold ("at least for now"). */
const ADVERBIAL_ASIDE_WORDS = 4;
/** How many words (a determiner, a possessive) may open the object after such an aside ("his demand"). */
const OBJECT_OPENING_WORDS = 2;
/** How many words may name the subject of a clause whose verb is left out («а западные страны — …»). */
const GAPPED_SUBJECT_WORDS = 2;
/** How many words (a preposition, "first", «сразу») may stand between the dash of a gapped clause and its issue. */
const GAPPED_OBJECT_LEAD = 1;
/** How many words ("could", "has ever") may stand between a subject opened by "no" and its verb. */
const NONE_SUBJECT_GAP = 2;
/** How many words («абсолютно») may stand between «для России» and the judgement it is for. */
const JUDGED_FOR_GAP = 1;
/** How many words may stand between a list and the issue it names ("a list of 339 Ukrainian children"). */
const LIST_REACH = 4;
/** How far a text may follow the issue it holds ("capping the army at 800,000 instead of 600,000 in the US draft"). */
const HELD_IN_TEXT_REACH = 8;
const DASH = /[—–]/u;
/** "this" after a dash, pointing back to the whole clause before it. */
const RESTATING_PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'це', 'это']);
/** Negations that open a sentence with its subject after the auxiliary: "Nor would Kyiv …". */
const INVERTING_NEGATIONS: ReadonlySet<string> = new Set(['nor', 'neither']);
/** The auxiliaries such a negation puts before the subject. */
const INVERTED_AUXILIARIES: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'should', 'shall', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** How far the first stance word may stand after such a negation ("Nor, he added, would Kyiv ever recognise"). */
const INVERTED_REACH = 8;
/** How many words a clause's own subject takes at least between its coordinator and its judgement ("and the law is"; "and is" has none). */
const OWN_SUBJECT_WORDS = 2;
/** How many words ("held an") may stand between "had not" and the issue it tells of. */
const PAST_FACT_REACH = 3;
/** Punctuation that sets off something else between an issue and a text after it: a dash, a colon, a bracket. */
const SETS_OFF = /[—–:(]/u;
/** How many modifiers may stand between "that" and an issue that is its clause's subject («що державного статусу російська мова …»). */
const SUBJECT_MODIFIERS = 2;
/** How many words (its owner) may stand between a demand noun and the dash that opens its list. */
const LIST_HEAD_REACH = 2;
/** How many words of the issue's own phrase may stand before "that" ("a pause in strikes on energy infrastructure that"). */
const THAT_REACH = 3;
/** How many words ("had", "has long") may stand between the subject of a relative clause without "that" and its verb. */
const ZERO_RELATIVE_GAP = 2;
/** How many words («від неї») may stand between a relative pronoun and its verb when the subject follows the verb. */
const INVERTED_RELATIVE_GAP = 2;
/** How many words an issue's wording takes when it is a clause of its own («санкции … останутся в силе»). */
const CLAUSE_WORDING = 3;
/** How far a text may stand after "according to", "under the" (an article: "according to a draft", not "according to sources familiar with the plan"). */
const CITED_TEXT_REACH = 1;
/** How many words («виглядом», "the guise of") may stand between an inclusion that says how and the issue it names again. */
const INCLUSION_GAP = 3;
/** How far «а не» may stand before the issue it sets aside («а не к соглашению о прекращении огня»). */
const CONTRAST_REACH = 4;
/** How far a relative pronoun may follow the issue it points back to ("a ceasefire for 30 days, which"). */
const RELATIVE_REACH = 6;

type Status = 'ok' | 'dropped' | 'retracted' | 'void';

/** Who holds an issue no stance word governs, and where the words of their course start (a negation among them negates it). */
interface ImplicitHolder {
  parties: string[];
  strength: number;
  courseFrom?: number;
}

interface TriggerState {
  hit: TriggerHit;
  polarity: Polarity;
  status: Status;
  holder: string[] | undefined;
  /** The holder owns the word ("Russia's demand"), rather than being the subject of a verb. */
  owned: boolean;
  /** A demand of the subject's own ("dropped its demand for X"): dropping it gives the demand up. */
  ownDemand: boolean;
  /** The trigger this one is said under ("demanded that Ukraine abandon": abandon is under demanded). */
  governor: TriggerState | undefined;
  /** In "X, which Moscow rejected", the relative pronoun: the trigger judges what precedes it. */
  relative: Span | undefined;
}

/**
 * Reads who holds which stance on each issue the sentence names: the verbs and nouns that carry
 * stances, who says them (subject, owner, speaker, a document's author), what they govern, and
 * the negations on the way.
 */
export function readStances(reading: SentenceReading, memory: ItemMemory): readonly Finding[] {
  const { sentence } = reading;
  if (sentence.question) return NO_FINDINGS;
  const voiceEnd = partyVoiceEnd(sentence);
  if (voiceEnd === 0) return NO_FINDINGS;
  const cues = voiceEnd === sentence.tokens.length ? reading.cues : reading.cues.filter((cue) => cue.end <= voiceEnd);
  const proposed = memory.lastProposals.length > 0 || cues.length > 0;
  const pointsBack = proposed && spansOf(sentence, 'anaphors').some((anaphor) => anaphor.end <= voiceEnd);
  const answers = proposed && sentence.triggers.some((hit) => hit.end <= voiceEnd && endsClause(sentence, hit.end));
  if (cues.length === 0 && !pointsBack && !answers) return NO_FINDINGS;
  const analysis = new SentenceAnalysis(reading, memory);
  const stated: Finding[] = [];
  for (const cue of cues) {
    const gapped = analysis.gappedFindings(cue, stated);
    stated.push(...(gapped.length > 0 ? gapped : analysis.findingsFor(cue)));
  }
  const findings = [...stated, ...(pointsBack ? analysis.anaphoricFindings(stated) : NO_FINDINGS), ...(answers ? analysis.answerFindings(stated) : NO_FINDINGS)];
  if (findings.length > 0) {
    // An answer ("Moscow has warned against the plan") proposes nothing: "it" in the next sentence is still the plan.
    const proposed = findings.filter((finding) => !finding.answer);
    // "… a force to be deployed once a ceasefire is in place": "the idea" next points back to the force, not to the condition.
    const unconditional = proposed.filter((finding) => !analysis.inCondition(finding.cue.core.start));
    if (proposed.length > 0) memory.lastProposals = proposalsOf(unconditional.length > 0 ? unconditional : proposed, sentence);
    for (const party of new Set(proposed.flatMap((finding) => finding.parties))) {
      const latest = proposalsOf(proposed.filter((finding) => finding.parties.includes(party)), sentence);
      (memory.proposalsBy ??= new Map()).set(party, latest);
      const all = (memory.allProposalsBy ??= new Map<string, Proposal[]>());
      const earlier = all.get(party) ?? [];
      all.set(party, [...earlier.filter((proposal) => !latest.some((other) => other.issue === proposal.issue)), ...latest]);
    }
  }
  return findings;
}

/** "— a step that analysts said could strain ties", ", an unusual choice analysts said signalled …": an appositive opened by an indefinite article. */
const APPOSITIVE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** How many words may stand between the article and the commentators ("a step that", "an unusual choice that"). */
const APPOSITIVE_HEAD_WORDS = 4;

/**
 * Where the sentence stops voicing the parties: at a forecast of their course ("Moscow will
 * probably demand …"), or where outside commentators speak — from the start when they voice the
 * sentence, from a closing appositive when they only remark on what it reported ("…, a move
 * analysts said would anger Kyiv"). The sentence's length when neither happens.
 */
function partyVoiceEnd(sentence: Sentence): number {
  const forecast = spansOf(sentence, 'forecasts')[0];
  return Math.min(forecast?.start ?? sentence.tokens.length, commentaryStart(sentence) ?? sentence.tokens.length);
}

function commentaryStart(sentence: Sentence): number | undefined {
  const commentators = spansOf(sentence, 'commentators');
  if (commentators.length === 0) return undefined;
  const first = commentators[0] as Span;
  // "…, a Russia analyst at a consultancy" names who spoke; only commentators saying something remark on the report.
  const remarking = startsRole(sentence, 'reporting', first.end) || hasRoleAt(sentence, 'reporting', first.end - 1) !== undefined;
  const asideStart = remarking ? appositiveStart(sentence, first.start) : undefined;
  return asideStart !== undefined && asideStart > 0 ? asideStart : 0;
}

function appositiveStart(sentence: Sentence, commentatorStart: number): number | undefined {
  for (let index = commentatorStart - 1; index >= Math.max(0, commentatorStart - APPOSITIVE_HEAD_WORDS); index--) {
    const token = sentence.tokens[index] as Token;
    if (token.breakBefore) return APPOSITIVE_ARTICLES.has(token.norm) ? index : undefined;
  }
  return undefined;
}

/**
 * "does not object to the EU, in contrast to its flat rejection of NATO": a stance noun its owner's
 * possessive (`owner`, right before it) opens is stated as the owner's; a negation before that
 * possessive does not reach it.
 */
function ownedPast(negator: Span, owner: Span | undefined, hit: TriggerHit, sentence: Sentence): boolean {
  return owner !== undefined && negator.end <= owner.start && hit.start - owner.end <= 1 && isNounUse(sentence, hit);
}

class SentenceAnalysis {
  private readonly sentence: Sentence;
  private readonly candidates: Candidate[];
  /** Negations already spent, by where they start: on a stance word, or on the cue starting at a word. */
  private readonly usedNegations = new Map<number, number | 'trigger'>();
  private readonly forward: TriggerState[] = [];
  private readonly backward: TriggerState[] = [];
  private readonly conditions: ConditionSpan[];
  /** Negations that cancel each other ("would not sign any deal that does not include X"). */
  private readonly cancelled: ReadonlySet<number>;
  /** Negations of a clause under a stance word, by where they start, with the first issue they negated. */
  private readonly subordinateNegated = new Map<number, CueHit>();

  constructor(
    private readonly reading: SentenceReading,
    private readonly memory: ItemMemory,
  ) {
    this.sentence = reading.sentence;
    this.candidates = findCandidates(reading);
    this.conditions = trimConditions(reading.sentence, findConditions(reading.sentence));
    this.cancelled = cancellingNegations(reading.sentence);
    this.readTriggers();
  }

  findingsFor(cue: CueHit): readonly Finding[] {
    if (this.evaded(cue) || this.asked(cue) || this.restated(cue) || this.usedAsMeans(cue)) return NO_FINDINGS;
    const condition = this.conditionAt(cue.core.start);
    // "only if Kyiv hands over four regions, a demand Ukraine dismissed": the relative judges the condition's issue too.
    if (condition) return [...this.conditionFindings(cue, condition), ...this.relativeFindings(cue)];
    const inner = this.chainFor(cue.core.start);
    const polarity = (cue.polarity * this.negationBefore(cue.core.start) * this.negationInside(cue) * this.subordinateNegation(cue, inner) * this.sharedVerb(cue)) as Polarity;
    const findings: Finding[] = [];
    const outer = this.outerState(cue, inner);
    // Under a verb after them, stance nouns are its object: "Кремль ідею … відкинув" is not the Kremlin's idea.
    const chain = outer ? [...mapObjects(inner, (state) => (state.owned ? state : withHolder(state, undefined, state.governor))), outer] : inner;
    const framed = this.framedJudgement(cue, chain, polarity);
    if (framed) return this.acceptable([framed], cue);
    let product: number = polarity;
    let proposed: Polarity | undefined;
    for (const [depth, trigger] of chain.entries()) {
      if (trigger.status === 'dropped' || trigger.status === 'void') break;
      if (trigger.polarity < 0 && chain[depth - 1]?.ownDemand && trigger.status === 'ok') {
        // "dropped its demand for X": the demand for X is given up.
        const holder = trigger.holder ?? chain.slice(depth + 1).find((outer) => outer.holder)?.holder;
        if (holder) findings.push(this.finding(holder, cue, product, 3, true));
        break;
      }
      product *= trigger.polarity;
      if (trigger.status === 'retracted') {
        if (trigger.holder) findings.push(this.finding(trigger.holder, cue, product, 3, true));
        break;
      }
      if (trigger.holder) {
        const finding = this.finding(trigger.holder, cue, product, 3, false);
        finding.proposed = proposed;
        findings.push(finding, ...this.complaint(trigger, depth, product, cue));
      } else if (isDemand(trigger) && isNounUse(this.sentence, trigger.hit)) proposed ??= product as Polarity;
    }
    const judged = this.backwardFindings(cue, chain, polarity);
    const heldInText = this.heldInText(cue, polarity);
    findings.push(
      ...judged.byAgents,
      ...judged.bySubject,
      ...this.judgementsBefore(cue, chain, polarity),
      ...this.documentNamedFor(cue),
      ...heldInText,
      ...this.participleBefore(cue, polarity),
    );
    // "Ukraine will not withdraw, as Russia demands": a judgement with an agent of its own is that
    // party's, which leaves the subject's own course to be read; so does a text the issue is
    // compared with ("would cap the army at 800,000 rather than the 600,000 in the US plan").
    const judgedOnly = chain.length === 0 && findings.length === judged.byAgents.length + heldInText.length;
    if ((findings.length > 0 && !judgedOnly) || chain.some((trigger) => trigger.status !== 'ok')) return this.acceptable(findings, cue);
    if (chain.length === 0 && this.pastFact(cue)) return this.acceptable(findings, cue);
    const implicit = this.implicitHolder(cue);
    if (!implicit && findings.length === 0) return this.unnamedAgreement(cue, chain);
    if (!implicit || findings.some((finding) => finding.parties.some((party) => implicit.parties.includes(party)))) return this.acceptable(findings, cue);
    // A stated course is negated as a whole: "Москва не рассматривает заморозку ... по линии
    // соприкосновения"; not by the negation of a verb joined before it ("did not recognise X and
    // would continue on its path to NATO").
    const negated = (implicit.courseFrom !== undefined && this.courseNegated(implicit.courseFrom, cue.core.start)) || this.predicateNegated(cue);
    const own = negated ? -cue.polarity : polarity;
    const carried = chain.reduce((value, trigger) => value * trigger.polarity, own as number);
    return this.acceptable([...findings, this.finding(implicit.parties, cue, carried, implicit.strength, false)], cue);
  }

  /** "Ukraine had not held an election in a long time": what had not happened, in the issue's clause. */
  private pastFact(cue: CueHit): boolean {
    return spansOf(this.sentence, 'pastFacts').some((fact) => fact.end <= cue.core.start && cue.core.start - fact.end <= PAST_FACT_REACH && this.sameClause(fact.start, cue.core.start));
  }

  /**
   * «Главным итогом стала договоренность об обмене военнопленными», "the talks ended with an
   * agreement to exchange 314 prisoners": an agreement that names no one binds the parties to the
   * issue (the taxonomy's `agreedBy`: both sides of an exchange).
   */
  private unnamedAgreement(cue: CueHit, chain: readonly TriggerState[]): readonly Finding[] {
    const agreement = chain[0];
    // A noun ("an agreement", «домовленість»): a verb without a party for its subject ("участники поддержали") is someone else's.
    if (!cue.agreedBy || !agreement || agreement.status !== 'ok' || agreement.polarity < 0 || agreement.hit.whenNegated !== 'flip' || !isNounUse(this.sentence, agreement.hit)) return NO_FINDINGS;
    return this.acceptable([this.finding([...cue.agreedBy], cue, cue.polarity * this.negationBefore(cue.core.start), 1, false)], cue);
  }

  /**
   * «Киев должен прекратить мобилизацию, а Запад — поставки оружия»: after "and", a party and a
   * dash, the verb of the clause before is left out; its stance on the issue before carries over.
   */
  gappedFindings(cue: CueHit, before: readonly Finding[]): readonly Finding[] {
    // The dash stands where the verb is left out, before the object, its preposition or an adverb
    // («а Захід — від конфіскації», «Європа — спершу тишу»).
    // A verb there («а Захід — зупинити постачання») is no gap: the clause has its own.
    let dash = cue.start;
    const lead = (at: number): boolean => !this.sentence.tokens[at]?.breakBefore && !this.sentence.triggers.some((trigger) => trigger.start <= at - 1 && at - 1 < trigger.end);
    while (dash > cue.start - GAPPED_OBJECT_LEAD && !DASH.test(this.sentence.tokens[dash]?.before ?? '') && lead(dash)) dash--;
    if (!DASH.test(this.sentence.tokens[dash]?.before ?? '')) return NO_FINDINGS;
    // The subject of the gapped clause: a word or two after "and" ("а Запад", "а западные страны"),
    // or after a comma in a headline's list («Путин хочет Донбасс, Трамп — мирный договор»).
    let subject = dash - 1;
    const opens = (at: number): boolean => hasRoleAt(this.sentence, 'coordinators', at - 1) !== undefined || commaBefore(this.sentence, at);
    while (subject > dash - GAPPED_SUBJECT_WORDS && !opens(subject)) subject--;
    if (!opens(subject) || crossesBreak(this.sentence, subject, dash - 1)) return NO_FINDINGS;
    const party = this.reading.mentions.find((mention) => mention.start >= subject && mention.end <= dash && mention.role !== 'inert');
    const previous = before.filter((finding) => finding.cue.end <= subject).at(-1)?.cue;
    if (!previous) return party ? this.gappedVerbFindings(cue, subject, party.parties) : NO_FINDINGS;
    // The verb may be part of the issue's wording before ("припинив мобілізацію"): it is the one left out.
    const inWording = this.sentence.triggers.find((trigger) => overlaps(trigger, previous.core));
    const verb = (inWording?.polarity ?? 1) * previous.polarity;
    // In a headline's list the first clause's subject held it, so the gapped clause's subject holds
    // it now; after "and" («Киев должен …, а Запад — …») it is what the same holder asks of both.
    const listed = !hasRoleAt(this.sentence, 'coordinators', subject - 1);
    const firstSubject = this.candidateBefore(previous.start)?.parties;
    const holder = (parties: string[]): string[] => (listed && party && firstSubject && sameParties(parties, firstSubject) ? party.parties : parties);
    return before
      .filter((finding) => finding.cue === previous)
      .map((finding) => this.finding(holder(finding.parties), cue, (finding.stance === 'support' ? 1 : -1) * verb * cue.polarity, finding.strength, finding.retracted));
  }

  /** «Путин хочет Донбасс, Европа — сначала перемирие»: the first clause's verb, left out, is the gapped subject's. */
  private gappedVerbFindings(cue: CueHit, subject: number, parties: string[]): readonly Finding[] {
    const verb = [...this.forward].reverse().find((state) => state.hit.end <= subject && state.holder && !state.owned && state.status === 'ok');
    return verb ? [this.finding(parties, cue, verb.polarity * cue.polarity, 2, false)] : NO_FINDINGS;
  }

  /**
   * "Kyiv dismissed the offer", "У Києві цю вимогу відкинули": a stance on what the previous
   * sentence proposed, named by a word that points back to it.
   */
  anaphoricFindings(stated: readonly Finding[]): Finding[] {
    const findings: Finding[] = [];
    const states = [...this.forward, ...this.backward];
    for (const anaphor of spansOf(this.sentence, 'anaphors')) {
      if (this.reading.cues.some((cue) => overlaps(cue, anaphor))) continue;
      // "consider this demand unacceptable": a judgement right after the pointing word, not the verb of judging before it, says what is held of it.
      const judgement = this.backward.find((state) => state.hit.start === anaphor.end && !this.sentence.tokens[state.hit.start]?.breakBefore);
      const trigger = judgement ?? states.find((state) => this.sameClause(state.hit.start, anaphor.start) && takesAsObject(this.sentence, state.hit, anaphor));
      // "на это предложение": a stance noun right after the pointing word is what it points at, not a judgement of it;
      // «якщо сторони на це погодяться»: a condition states no one's stance on it.
      if (!trigger || trigger.status !== 'ok' || (trigger.hit.start === anaphor.end && trigger.hit.noun) || this.inCondition(trigger.hit.start)) continue;
      // An issue in the clause that is not behind the pointing word is the verb's own object.
      const cyrillic = this.sentence.tokens[anaphor.start]?.cyrillic === true;
      const unheldBefore = (cue: CueHit): boolean => cyrillic && cue.end <= anaphor.start && !stated.some((finding) => finding.cue === cue);
      const ownObject = (cue: CueHit): boolean => this.sameClause(cue.start, trigger.hit.start) && !unheldBefore(cue) && !(cyrillic && this.dashBetween(cue.end, anaphor.start));
      if (this.reading.cues.some(ownObject)) continue;
      const before = this.candidateBefore(Math.min(anaphor.start, trigger.hit.start));
      // The subject of the clause a dash sets off stands after the dash.
      const subject = before && !(cyrillic && this.dashBetween(before.end, anaphor.start)) ? before : undefined;
      const holder = trigger.holder ?? (subject ? this.resolve(subject) : this.reading.speaker);
      if (!holder) continue;
      // "would accept neither demand": the negation opens the pointing phrase.
      const negated = spansOf(this.sentence, 'negators').some((negator) => negator.start === anaphor.start);
      // "Kyiv proposed a truce, but Moscow rejected this proposal": what the same sentence proposed
      // before it; «будь-яке пом'якшення санкцій … і Україна на це не погоджується»: or named there with no holder.
      const proposed = cyrillic ? this.proposedBefore(anaphor, stated) : [];
      const pointed = this.proposalsPointedAt(anaphor, proposed);
      // "He did not reject the plan outright": not refusing a package accepts none of its terms; and
      // "Moscow dismissed the plan" refuses the package, not each of its terms, some of which it may
      // hold ("these demands" are each refused).
      const plural = spansOf(this.sentence, 'pluralAnaphors').some((span) => overlaps(span, anaphor));
      const wholeText = severalIssues(pointed) && !plural;
      if ((trigger.polarity > 0 && trigger.hit.polarity < 0 && pointed.length > 1) || (trigger.polarity < 0 && wholeText)) continue;
      for (const proposal of pointed) {
        const cue = proposedAt(anaphor, proposal);
        // "Kyiv says they are not negotiable": standing firm on another party's proposal refuses it.
        const refused = trigger.hit.firm && proposal.parties.length > 0 && !proposal.parties.some((party) => holder.includes(party));
        findings.push(this.answer(holder, cue, (refused ? -1 : trigger.polarity) * proposal.polarity * (negated ? -1 : 1)));
      }
    }
    return findings;
  }

  /**
   * «План передбачав, що війська залишать Донеччину, – столиці цю вимогу вважають неприйнятною»: a
   * dash before a pointing word sets off a clause of its own, as a new clause does.
   */
  private dashBetween(from: number, to: number): boolean {
    return this.sentence.tokens.slice(from, to + 1).some((token) => DASH.test(token.before));
  }

  /** What a Ukrainian or Russian pointing word's own sentence put forward before it, or named there with no holder at all. */
  private proposedBefore(anaphor: Span, stated: readonly Finding[]): Proposal[] {
    const apart = (finding: Finding): boolean => !this.sameClause(finding.cue.start, anaphor.start) || this.dashBetween(finding.cue.end, anaphor.start);
    const proposed = proposalsOf(stated.filter((finding) => finding.cue.end <= anaphor.start && apart(finding)), this.sentence);
    if (proposed.length > 0 || stated.some((finding) => finding.cue.end <= anaphor.start)) return proposed;
    const unheld = this.reading.cues.filter((cue) => cue.end <= anaphor.start);
    return unheld.map((cue) => ({ issue: cue.issue, regions: cue.regions, polarity: cue.polarity, parties: [], words: wordsOf(this.sentence, cue) }));
  }

  /** What a pointing word stands for: what was proposed before it, or by the party it names ("the American proposal", «американську пропозицію»). */
  private proposalsPointedAt(anaphor: Span, before: readonly Proposal[]): Proposal[] {
    // "agreed by US and Ukrainian delegations" names who agreed, not who proposed.
    const owner = this.reading.mentions.find(
      (mention) => mention.role === 'owner' && mention.head && overlaps(mention.head, anaphor) && !hasRoleAt(this.sentence, 'agents', wordBefore(this.sentence, mention.start)),
    );
    if (!owner && before.length > 0) return [...before];
    // «В Киеве эти требования отвергают»: plural, the demands of whoever put forward the last ones, over the whole item.
    if (!owner && spansOf(this.sentence, 'pluralAnaphors').some((span) => overlaps(span, anaphor))) {
      const proposers = new Set(this.memory.lastProposals.flatMap((proposal) => proposal.parties));
      const all = [...proposers].flatMap((party) => this.memory.allProposalsBy?.get(party) ?? []);
      return all.filter((proposal, index) => all.findIndex((other) => other.issue === proposal.issue) === index);
    }
    if (!owner) return this.namedBy(anaphor) ?? this.memory.lastProposals;
    const own = before.filter((proposal) => proposal.parties.some((party) => owner.parties.includes(party)));
    return own.length > 0 ? own : owner.parties.flatMap((party) => this.memory.proposalsBy?.get(party) ?? []);
  }

  /**
   * "Erdogan offered to host a meeting … Guarantees were discussed. The Kremlin has not ruled out
   * such a meeting": a pointing word's noun that an earlier issue's words hold picks that issue
   * out of what was put forward, the latest first.
   */
  private namedBy(anaphor: Span): Proposal[] | undefined {
    const noun = this.sentence.tokens[anaphor.end - 1]?.norm ?? '';
    const holds = (proposal: Proposal): boolean => proposal.words.includes(noun);
    const recent = this.memory.lastProposals.filter(holds);
    if (recent.length > 0) return recent;
    const earlier = [...(this.memory.allProposalsBy?.values() ?? [])].flat().filter(holds);
    return earlier.length > 0 ? earlier.slice(-1) : undefined;
  }

  /**
   * "Russia demands X; Kyiv refuses.", "Kyiv proposed a truce. Moscow agreed.": a verb that accepts
   * or refuses, with nothing after it in its clause, answers what was put forward before it, by
   * another party.
   */
  answerFindings(stated: readonly Finding[]): Finding[] {
    const findings: Finding[] = [];
    for (const state of this.forward) {
      const { hit, holder } = state;
      if (!holder || state.status !== 'ok' || state.governor || hit.whenNegated !== 'flip' || isNounUse(this.sentence, hit) || !endsClause(this.sentence, hit.end)) continue;
      // "If Russia refuses, …": a refusal inside a condition is supposed, not given (a readiness there is still offered).
      if (state.polarity < 0 && this.inCondition(hit.start)) continue;
      // «Москва такий варіант відкидає: у Кремлі не хочуть заморожувати …»: after a colon the verb
      // answers only what the words after it name again («В Кремле не возражают: вступление в ЕС …» is no answer on amnesty).
      const colon = this.sentence.tokens[hit.end]?.before.includes(':') === true;
      const named = (issue: number): boolean => !colon || this.reading.cues.some((cue) => cue.issue === issue && cue.start >= hit.end);
      if (this.reading.cues.some((cue) => this.sameClause(cue.start, hit.start))) continue;
      // A verb right after its subject ("Kyiv refuses", "Moscow has so far refused"), not a noun ("of future agreements").
      const subject = this.candidateBefore(hit.start);
      // "Ukraine's team, headed by Umerov, refused": past an aside set off by commas.
      const asideBetween = (from: number): boolean => {
        const opening = stretchEnd(this.sentence, from);
        return opening - from <= ANSWER_SUBJECT_GAP && commaBefore(this.sentence, opening) && commaBefore(this.sentence, hit.start);
      };
      if (!subject || (hit.start - subject.end > ANSWER_SUBJECT_GAP && !asideBetween(subject.end)) || !this.sameClause(subject.start, hit.start)) continue;
      const others = (parties: readonly string[]): boolean => !parties.some((party) => holder.includes(party));
      const before = proposalsOf(stated.filter((finding) => finding.cue.end <= hit.start && !this.sameClause(finding.cue.start, hit.start) && others(finding.parties)), this.sentence);
      const proposals = before.length > 0 ? before : others(this.memory.lastHolder ?? []) ? this.memory.lastProposals : [];
      // "Moscow was quick to dismiss the plan": a bare answer to a text of several terms is no stance
      // on each of them (the words after a colon name the ones it answers).
      if (!colon && severalIssues(proposals)) continue;
      for (const proposal of proposals.filter((candidate) => named(candidate.issue))) {
        findings.push(this.answer(holder, proposedAt(hit, proposal), state.polarity * proposal.polarity));
      }
    }
    return findings;
  }

  /**
   * "Putin did not address the ceasefire demand", "sidestepped calls for a truce": the verb that
   * governs the cue says the party took no stance, whatever stance words come before it.
   */
  private evaded(cue: CueHit): boolean {
    const at = cue.core.start;
    return spansOf(this.sentence, 'evasions').some(
      (evasion) =>
        evasion.end <= at &&
        this.sameClause(evasion.start, at) &&
        // A stance noun it governs is only what was not commented on ("the proposal for X"),
        // unless a party owns it ("Kyiv's proposal for X").
        !this.forward.some((state) => state.hit.start >= evasion.end && state.hit.end <= at && (state.owned || !isNounUse(this.sentence, state.hit))),
    );
  }

  /**
   * "will not use the truce to mobilise", «не використає перемир'я для мобілізації»: an issue
   * named as the means to another is no stance of its own; the negation is the other's.
   */
  private usedAsMeans(cue: CueHit): boolean {
    const verb = spansOf(this.sentence, 'meansVerbs').find((span) => span.end <= cue.start && cue.start - span.end <= MEANS_GAP);
    if (!verb || !startsRole(this.sentence, 'judgedFor', cue.end)) return false;
    return this.reading.cues.some((other) => other.issue !== cue.issue && other.start > cue.end && other.start - cue.end <= PURPOSE_REACH && !this.breakBetween(cue.end, other.start));
  }

  /** "doubts about whether Washington would continue to supply weapons": a question states no stance. */
  private asked(cue: CueHit): boolean {
    return spansOf(this.sentence, 'indirectQuestions').some((word) => word.end <= cue.core.start && this.sameClause(word.start, cue.core.start));
  }

  /** A pair that needs named participants ("Putin and Zelensky meet") counts the holder as one. */
  private acceptable(findings: readonly Finding[], cue: CueHit): readonly Finding[] {
    if (cue.missingParties.length === 0) return findings;
    return findings.filter((finding) => cue.missingParties.every((party) => finding.parties.includes(party)));
  }

  private finding(parties: string[], cue: CueHit, product: number, strength: number, retracted: boolean): Finding {
    // "Talks between Russia, Ukraine and the US ended with an agreement to exchange prisoners": an
    // exchange binds its two sides, not the mediator named with them.
    const sides = cue.agreedBy && parties.length > cue.agreedBy.length && cue.agreedBy.every((party) => parties.includes(party)) ? [...cue.agreedBy] : parties;
    // Every field set, here only: one object shape for every finding (a spread `{ ...finding, answer }` would make another).
    return { parties: sides, cue, stance: product > 0 ? 'support' : 'oppose', retracted, strength, hedge: hedgeAt(this.sentence, cue.core.start), proposed: undefined, answer: false };
  }

  /**
   * "Lubinets said Russia refuses to discuss the release of civilians", «уходит от обсуждения»: a
   * party reporting that another will not even discuss something wants it.
   */
  private complaint(trigger: TriggerState, depth: number, product: number, cue: CueHit): readonly Finding[] {
    const { speaker } = this.reading;
    if (depth > 0 || trigger.polarity > 0 || product > 0 || !speaker || speaker.some((party) => trigger.holder?.includes(party))) return NO_FINDINGS;
    const discussing = spansOf(this.sentence, 'discussing').some((word) => word.start >= trigger.hit.start && word.end <= cue.start);
    if (!discussing || trigger.owned || this.inCondition(trigger.hit.start)) return NO_FINDINGS;
    return [this.finding(speaker, cue, -product, 1, false)];
  }

  /** A stance on what was put forward before (see `Finding.answer`). */
  private answer(parties: string[], cue: CueHit, product: number): Finding {
    const finding = this.finding(parties, cue, product, 2, false);
    finding.answer = true;
    return finding;
  }

  /** «…військ країн НАТО, у тому числі під виглядом миротворців»: the issue named again after an inclusion that says how is the same position. */
  private restated(cue: CueHit): boolean {
    const inclusion = spansOf(this.sentence, 'mannerInclusions').find((span) => span.end <= cue.start && cue.start - span.end <= INCLUSION_GAP);
    return inclusion !== undefined && this.reading.cues.some((other) => other.issue === cue.issue && other.end <= inclusion.start);
  }

  // ---- triggers -------------------------------------------------------------------------------

  private readTriggers(): void {
    // An issue's wording stays wording where a blocker sets the issue aside ("during any cessation of hostilities").
    const cueCores = [...this.reading.cues.map((cue) => cue.core), ...this.sentence.found.cue];
    for (const hit of this.sentence.triggers) {
      // Words that are part of an issue's wording ("a treaty backed by the UN") or that describe
      // a document ("a memorandum with its proposals for X") state no stance of their own.
      // Nor does a stance word that only declines to take one ("refused to comment").
      // Nor does the aim of all talks ("a plan to end the war"), nor an inclusion that says how
      // ("including as peacekeepers"), nor how talks ended ("ended with an agreement").
      // A stance word whose own wording holds the war's end ("only after the war ends") is no aim of the talks.
      const holds = (span: Span): boolean => hit.start <= span.start && span.end <= hit.end && hit.end - hit.start > span.end - span.start;
      const inert = (['evasions', 'warEnds', 'mannerInclusions', 'outcomes'] as const).some((role) => spansOf(this.sentence, role).some((span) => overlaps(span, hit) && !(role === 'warEnds' && holds(span))));
      if (cueCores.some((core) => overlaps(core, hit)) || this.describesDocument(hit) || inert || this.restatesClause(hit)) continue;
      const state = this.negated(hit);
      // A negation opening the trigger is part of its wording ("не обговорюється", "не проти");
      // one inside it negates it ("is not against").
      for (const negator of spansOf(this.sentence, 'negators')) {
        if (!overlaps(negator, hit)) continue;
        this.use(negator);
        if (negator.start > hit.start && !this.repeatsNegation(negator)) state.polarity = (-state.polarity) as Polarity;
      }
      const appositive = this.appositiveOwner(hit);
      state.relative = hit.direction === 'forward' ? (appositive ? hit : (this.relativeBefore(hit) ?? this.zeroRelative(hit))) : undefined;
      if (state.relative) {
        const subject = this.invertedRelativeSubject(hit, state.relative) ?? this.candidateBefore(hit.start);
        state.holder = appositive?.parties ?? (subject ? this.resolve(subject) : undefined);
        this.backward.push(state);
      } else if (hit.direction === 'backward') {
        state.holder = this.backwardHolder(hit);
        this.backward.push(state);
      } else {
        this.attach(state);
        if (state.holder && state.polarity > 0) state.holder = this.withAgreedParty(hit, state.holder);
        if (state.holder) state.holder = this.withCompanions(hit, state.holder);
        this.forward.push(state);
      }
    }
  }

  /**
   * «Агресор має заплатити — це не обговорюється», "… — that is not negotiable": a judgement of
   * "this" after a dash stands by the clause before it, whose own stance words have said it.
   */
  private restatesClause(hit: TriggerHit): boolean {
    // Past a copula: "— that is not up for discussion".
    const copula = hasRoleAt(this.sentence, 'passiveAuxiliaries', hit.start - 1) !== undefined;
    const pronoun = this.sentence.tokens[hit.start - (copula ? 2 : 1)];
    // Not a predicate noun ("X — це послаблення наших позицій" judges X): a negated verb.
    const negated = spansOf(this.sentence, 'negators').some((negator) => negator.start === hit.start);
    return hit.direction === 'backward' && negated && pronoun !== undefined && DASH.test(pronoun.before) && RESTATING_PRONOUNS.has(pronoun.norm);
  }

  /** "European leaders, together with Zelensky, called on Russia", «вместе с Зеленским призвали»: the companion holds it too. */
  private withCompanions(hit: TriggerHit, holder: string[]): string[] {
    // Not from an aside closed before the verb ("leaders, gathered together with Zelensky, insisted").
    const companion = spansOf(this.sentence, 'companions').find(
      (span) => span.end <= hit.start && hit.start - span.end <= COMPANION_REACH && this.sameClause(span.start, hit.start) && !crossesBreak(this.sentence, span.end - 1, hit.start),
    );
    const next = companion && mentionRightAfter(this.sentence, this.reading.mentions, companion);
    const partner = next && next.end <= hit.start ? next : undefined;
    return withParties(holder, partner);
  }

  /** "Moscow agreed with Kyiv on an exchange", «Вашингтон заключил с Киевом договоренность»: the party agreed with holds it too. */
  private withAgreedParty(hit: TriggerHit, holder: string[]): string[] {
    const agreement = spansOf(this.sentence, 'agreements').find((span) => overlaps(span, hit));
    if (!agreement) return holder;
    const link = spansOf(this.sentence, 'coAuthorLinks').find((span) => span.start > agreement.start && span.start <= agreement.end);
    let partner = link && this.reading.mentions.find((mention) => mention.role === 'object' && mention.start >= link.end && mention.start - link.end <= 1);
    let parties = withParties(holder, partner);
    // "agreed with Ukraine and with Russia", «домовилися з Україною і з Росією»: every party listed after "with".
    while (partner) {
      const end = partner.end;
      partner = this.reading.mentions.find((mention) => mention.start > end && mention.start - end <= LISTED_PARTNER_GAP && roleBetween(this.sentence, 'coordinators', end, mention.start) && !crossesBreak(this.sentence, end - 1, mention.start));
      parties = withParties(parties, partner);
    }
    return parties;
  }

  private describesDocument(hit: TriggerHit): boolean {
    // «як сказано в плані», "according to the plan": the text cited is no stance word of its own.
    const cited = spansOf(this.sentence, 'accordingTo').some((citation) => citation.end <= hit.start && hit.start - citation.end <= CITED_TEXT_GAP);
    if (cited && this.reading.documents.documents.some((document) => overlaps(document, hit))) return true;
    const at = wordBefore(this.sentence, hit.start);
    if (!hasRoleAt(this.sentence, 'prepositions', at)) return false;
    return this.reading.documents.documents.some((document) => document.end === at);
  }

  private negated(hit: TriggerHit): TriggerState {
    const owner = roleBefore(this.sentence, 'reflexives', hit.start);
    const ownDemand = isDemandHit(hit) && owner !== undefined;
    const state: TriggerState = { hit, polarity: hit.polarity, status: 'ok', holder: undefined, owned: false, ownDemand, governor: undefined, relative: undefined };
    const retractor = roleBefore(this.sentence, 'retractors', hit.start);
    const negator = roleBefore(this.sentence, 'negators', hit.start) ?? this.noneBefore(hit) ?? this.invertedNegation(hit);
    if (roleBefore(this.sentence, 'voiders', hit.start)) state.status = 'void';
    else if (retractor) {
      this.use(retractor);
      if (hit.whenNegated === 'drop') state.status = 'retracted';
      else state.polarity = (-hit.polarity) as Polarity;
    } else if (negator && !this.repeatsNegation(negator, hit) && !this.spentOnTrigger(negator) && !this.cancels(negator) && !this.issueBetween(negator, hit) && !ownedPast(negator, owner, hit, this.sentence)) {
      this.use(negator);
      if (hit.whenNegated === 'drop') state.status = 'dropped';
      else state.polarity = (-hit.polarity) as Polarity;
    } else if (this.disjunctionNegated(hit)) {
      if (hit.whenNegated === 'drop') state.status = 'dropped';
      else state.polarity = (-hit.polarity) as Polarity;
    }
    return state;
  }

  /**
   * "Nor would Ukraine ever agree to …", "Nor, he added, would Kyiv ever recognise …": "nor" or
   * "neither" opening the sentence, before its inverted subject, negates the first stance word.
   */
  private invertedNegation(hit: TriggerHit): Span | undefined {
    const opening = spansOf(this.sentence, 'negators').find((span) => span.start === 0 && INVERTING_NEGATIONS.has(this.sentence.tokens[0]?.norm ?? ''));
    if (!opening || hit.start - opening.end > INVERTED_REACH || this.sentence.triggers.some((other) => other.start < hit.start)) return undefined;
    // The auxiliary comes right after it, or after an aside of saying ("Nor, he added, would"): "Neither side commented" inverts nothing.
    const auxiliary = this.sentence.tokens[opening.end]?.breakBefore ? stretchEnd(this.sentence, opening.end + 1) : opening.end;
    return INVERTED_AUXILIARIES.has(this.sentence.tokens[auxiliary]?.norm ?? '') ? opening : undefined;
  }

  /** "rather than a ceasefire agreement": a negation before an issue named right before the stance word negates the issue. */
  private issueBetween(negator: Span | undefined, hit: TriggerHit): boolean {
    return negator !== undefined && this.reading.cues.some((cue) => cue.core.start >= negator.end && cue.core.end <= hit.start);
  }

  /** "will not make Russian official or lift the restrictions": a negation before verbs joined by "or" negates each of them. */
  private disjunctionNegated(hit: TriggerHit): boolean {
    const or = spansOf(this.sentence, 'disjunctions').find((span) => span.end === hit.start);
    if (!or || this.sentence.tokens[or.start]?.breakBefore) return false;
    return spansOf(this.sentence, 'negators').some((negator) => negator.end <= or.start && this.sameClause(negator.start, hit.start) && !this.breakBetween(negator.end, or.start));
  }

  /** "that no Ukrainian leader could accept": a negation opening the verb's subject negates the verb. */
  private noneBefore(hit: TriggerHit): Span | undefined {
    const subject = this.candidateBefore(hit.start);
    if (!subject || !this.sameClause(subject.start, hit.start) || hit.start - subject.end > NONE_SUBJECT_GAP) return undefined;
    return spansOf(this.sentence, 'negators').find((negator) => negator.end === subject.start && hasRoleAt(this.sentence, 'indefinites', negator.start));
  }

  /** Decides whose stance a forward trigger is, or which trigger it is said under. */
  private attach(state: TriggerState): void {
    const { hit } = state;
    const owner = this.reading.mentions.find((mention) => mention.role === 'owner' && mention.head && overlaps(mention.head, hit));
    const previous = [...this.forward].reverse().find((other) => this.sameClause(other.hit.start, hit.start) && this.governsFrom(other, hit.start) && !this.inDashAside(other, hit.start));
    if (owner) {
      // Joined by "and" to the objects of a demanding verb, it is one more item of the list
      // ("the demands include a cap on the army and Kyiv's renunciation of NATO").
      const listed = isDemand(previous) && !isNounUse(this.sentence, previous.hit);
      const demand = previous && coordinated(this.reading, Math.min(owner.start, hit.start)) ? demandListGovernor(this.sentence, previous, hit) : undefined;
      if (demand) state.governor = demand;
      else if (previous && (listed || !coordinated(this.reading, owner.start))) state.governor = previous;
      // What a demand asks of a party is not that party's stance: "the memorandum envisages
      // Ukraine's renunciation of NATO" is Russia's position only. A party's own demand listed
      // there is still that party's ("issues including Russia's demand that Kyiv withdraw").
      if (state.governor && isDemand(state.governor) && !isDemand(state)) return;
      // "Under the plan, Ukraine would enshrine its renunciation of NATO": the text's terms, not
      // Ukraine's stance; "the European proposal for X" stays Europe's.
      const cited = this.reading.documents.cited;
      const textTerms = cited && !isDemand(state) && !owner.parties.some((party) => cited.includes(party));
      state.holder = textTerms ? cited : owner.parties;
      state.owned = true;
      return;
    }
    const subject = this.candidateBefore(hit.start);
    if (previous && subject?.kind === 'document' && subject.parties && (overlaps(subject, previous.hit) || this.objectTextAfter(subject, previous))) {
      // "The plan also calls for X": the stance noun naming the text is the verb's subject, not
      // a demand the verb is said under; nor is a text after a preposition ("The European
      // counterproposal to the US plan would allow …").
      state.holder = this.subjectHolder(subject, hit);
    } else if (previous && subject && subject.start >= previous.hit.end) {
      // A subject after the previous verb: a new clause ("..., and Kyiv rejected") or the
      // object of that verb ("demanded that Ukraine abandon"). A complementizer makes it the
      // object even after a comma, as Russian and Ukrainian punctuation requires ("настаивает,
      // чтобы Украина отказалась"). After a colon, what no one asked for is spelled out by a
      // clause of its own («результатом стали домовленості: сторони погодилися …»); a demand's
      // colon still opens its content ("the demands: Ukraine must withdraw").
      const subordinate = roleBetween(this.sentence, 'complementizers', previous.hit.end, subject.start);
      const spelledOut = this.sentence.tokens[subject.start]?.before.includes(':') === true && !previous.holder && !previous.governor && !isDemand(previous);
      if (!subordinate && (spelledOut || coordinated(this.reading, subject.start))) state.holder = this.subjectHolder(subject, hit);
      else state.governor = previous;
    } else if (previous && isInfinitive(this.sentence.tokens[previous.hit.start]) && this.newInfinitiveBetween(previous.hit.end, hit.start)) {
      // «погодилися припинити застосування сили та розробити заходи для виконання домовленості»:
      // a second infinitive is the first one's sibling, and what it governs is not under the first.
      if (previous.governor) state.governor = previous.governor;
      else state.holder = previous.holder;
    } else if (previous && (!coordinated(this.reading, hit.start) || isSlavicParticiple(this.sentence.tokens[hit.start]) || this.adverbialAside(previous.hit.end, hit.start))) {
      // «не приемлет сценарии, предусматривающие …»: a participle after a comma describes the object before it.
      state.governor = previous;
    } else if (previous) {
      // Joined by a comma or "and": a noun joins the list it follows ("a ban on X, and an end to
      // Y"); a verb joins the verb of its clause ("rejected calls for X, proposing instead Y").
      const partner = isNounUse(this.sentence, hit) ? previous : this.clauseVerb(previous);
      const demand = partner.governor ?? demandListGovernor(this.sentence, partner, hit);
      if (demand) state.governor = demand;
      else state.holder = partner.holder ?? (subject ? this.subjectHolder(subject, hit) : undefined);
    } else if (!this.judgedSubject(hit)) {
      // "Peskov said Europe was not interested in peace, and repeated that an end to arms deliveries
      // …": a subject inside what was said before a second verb of saying is not the stance word's.
      const reported = subject !== undefined && roleBetween(this.sentence, 'reporting', 0, subject.start);
      const own = subject && !(reported && this.joinedSayingBetween(subject.end, hit.start)) ? subject : undefined;
      state.holder = this.elidedSubjectHolder(own, hit) ?? (own ? this.subjectHolder(own, hit) : (this.holderInside(hit) ?? this.forWhomAfter(hit) ?? this.holderAfter(hit.end) ?? this.fallbackHolder(hit)));
    }
  }

  /**
   * "having abandoned, at least for now, his demand for X": a few words set off by commas right
   * after a verb, naming no one and no stance, leave what follows the verb's object.
   */
  private adverbialAside(verbEnd: number, hit: number): boolean {
    if (!commaBefore(this.sentence, verbEnd)) return false;
    const close = stretchEnd(this.sentence, verbEnd + 1);
    if (close > hit || !commaBefore(this.sentence, close)) return false;
    const named = this.reading.mentions.some((mention) => mention.start >= verbEnd && mention.start < close);
    const stance = this.sentence.triggers.some((trigger) => trigger.start >= verbEnd && trigger.start < close);
    return close - verbEnd <= ADVERBIAL_ASIDE_WORDS && !named && !stance && hit - close <= OBJECT_OPENING_WORDS;
  }

  /** Whether a stance word names a text after a preposition that follows the subject text ("counterproposal to the US plan"). */
  private objectTextAfter(subject: Candidate, previous: TriggerState): boolean {
    return this.reading.documents.documents.some((text) => text.object && overlaps(text, previous.hit) && text.phraseStart >= subject.end);
  }

  /** «Условием Москва называет …»: a party acting inside the stance phrase is its subject. */
  private holderInside(hit: TriggerHit): string[] | undefined {
    return this.reading.mentions.find((mention) => mention.start > hit.start && mention.end < hit.end && mention.role === 'actor')?.parties;
  }

  /** «Приоритетом для Киева остается X», «Головним для Києва залишається X»: the party a stance word is for holds it. */
  private forWhomAfter(hit: TriggerHit): string[] | undefined {
    // English "for" after a demand names whom it is made of ("demands for Kyiv to withdraw"); «для» never does.
    if (!this.sentence.tokens[hit.end]?.cyrillic || !startsRole(this.sentence, 'judgedFor', hit.end)) return undefined;
    return this.reading.mentions.find((mention) => mention.start === hit.end + 1 && mention.role !== 'inert')?.parties;
  }

  /** A verb of saying joined by "and" or "but" to the verb before it ("…, and repeated that …") between two words. */
  private joinedSayingBetween(from: number, to: number): boolean {
    return spansOf(this.sentence, 'reporting').some((verb) => verb.start >= from && verb.end <= to && joinedToEarlierVerb(this.sentence, verb.start));
  }

  /**
   * «припинення військової допомоги … виключене», "a halt to military aid was out of the
   * question": a stance noun that is the subject of a judgement after it is what the judgement
   * judges, held by no one of its own.
   */
  private judgedSubject(hit: TriggerHit): boolean {
    // A noun for sure: a stance noun, an article right before ("The Kremlin dismissed" is no noun),
    // or in English the sentence's first word ("Demands for X are unacceptable").
    const opening = hit.start === 0 && !this.sentence.tokens[0]?.cyrillic;
    if (!hit.noun && !opening && !isDeterminer(this.sentence, hit.start - 1)) return false;
    return this.sentence.triggers.some(
      (other) => other.direction === 'backward' && other.start > hit.end && this.sameClause(other.start, hit.start) && (!this.breakBetween(hit.end, other.start) || this.sayingAsideBetween(hit.end, other.start)),
    );
  }

  /** "X, he said, is unacceptable", «X, за його словами, неприйнятні»: only an aside of saying, set off by commas, stands between. */
  private sayingAsideBetween(from: number, to: number): boolean {
    const breaks: number[] = [];
    for (let at = from; at <= to; at++) if (this.sentence.tokens[at]?.breakBefore) breaks.push(at);
    const [open, close] = breaks;
    const inside = (span: Span): boolean => open !== undefined && close !== undefined && span.start >= open && span.end <= close;
    return breaks.length === 2 && (['reporting', 'personCitations'] as const).some((role) => spansOf(this.sentence, role).some(inside));
  }

  /**
   * "..., while still demanding that Kyiv cede Donetsk": a verb opening a clause without a
   * subject has the subject of the clause before, not the party named inside that clause.
   */
  private elidedSubjectHolder(subject: Candidate | undefined, hit: TriggerHit): string[] | undefined {
    if (!subject || this.sameClause(subject.start, hit.start)) return undefined;
    const earlier = [...this.forward].reverse().find((state) => state.holder && !state.owned);
    return earlier && earlier.hit.end <= subject.start ? earlier.holder : undefined;
  }

  /** The verb whose subject holds a stance word ("rejected" in "Putin rejected calls for X"). */
  private clauseVerb(state: TriggerState): TriggerState {
    let current = state;
    while (current.governor && !current.holder) current = current.governor;
    return current;
  }

  /**
   * "Ukraine must abandon X" is what the speaker or the document wants of Ukraine, not Ukraine's
   * stance; "Ukraine will abandon X" is Ukraine's.
   */
  private subjectHolder(subject: Candidate, hit: TriggerHit): string[] | undefined {
    // "Under the plan, Kyiv would halt mobilisation" is what the plan asks of Kyiv.
    const cited = this.reading.documents.cited;
    const course = !isDemandHit(hit) || (['volitional', 'deontic'] as const).some((role) => roleBetween(this.sentence, role, subject.end, hit.start));
    if (cited && subject.kind !== 'document' && course) return cited;
    if (!roleBetween(this.sentence, 'deontic', subject.end, hit.start)) return this.resolve(subject);
    return this.reading.speaker ?? cited ?? this.memory.documents.latest;
  }

  /**
   * "..., a key demand of the Kremlin": an owned stance noun set off by a comma after the issue,
   * with nothing of its own to govern, describes what precedes it.
   */
  private appositiveOwner(hit: TriggerHit): Mention | undefined {
    const owner = this.reading.mentions.find((mention) => mention.role === 'owner' && mention.head && overlaps(mention.head, hit));
    if (!owner || !setOffShortlyBefore(this.sentence, Math.min(owner.start, hit.start))) return undefined;
    const governsAfter = this.reading.cues.some((cue) => cue.start >= hit.end && this.sameClause(cue.start, hit.start));
    return governsAfter ? undefined : owner;
  }

  /**
   * «прекращение огня, которого добивается Киев», «якого від неї вимагають Україна та партнери»:
   * Ukrainian and Russian may put the subject of a relative clause after its verb.
   */
  private invertedRelativeSubject(hit: TriggerHit, relative: Span): Candidate | undefined {
    if (!this.sentence.tokens[hit.start]?.cyrillic || relative.end > hit.start) return undefined;
    // A short phrase opened by a preposition may stand before the verb («від неї», «от Москвы»).
    const gap = hit.start - relative.end;
    if (gap > INVERTED_RELATIVE_GAP || (gap > 0 && !hasRoleAt(this.sentence, 'prepositions', relative.end))) return undefined;
    return candidateAfter(this.sentence, this.candidates, hit.end);
  }

  /** "which the Russian side did not accept": a relative pronoun, then a subject, then the verb. */
  private relativeBefore(hit: TriggerHit): Span | undefined {
    const relative = [...spansOf(this.sentence, 'relatives'), ...this.relativeThats(), ...this.appositiveRelatives()]
      .filter((span) => span.end <= hit.start && this.sameClause(span.start, hit.start))
      .reduce<Span | undefined>((last, span) => (!last || span.start > last.start ? span : last), undefined);
    // "a memorandum in which Moscow demands X", «встреча, по итогам которой Франция подтвердила X»:
    // after a preposition, or a preposition and its noun, the relative opens a clause whose verb
    // governs what follows it, not the noun before.
    if (!relative || this.afterPreposition(relative.start)) return undefined;
    const subject = this.candidates.find((candidate) => candidate.start >= relative.end && candidate.end <= hit.start);
    const between = this.sentence.triggers.some((trigger) => trigger.start >= relative.end && trigger.end <= hit.start);
    // A comma closes the relative clause: in "the memorandum, which the delegation handed over,
    // Moscow demands ..." the verb after it is the main clause's.
    const closed = this.sentence.tokens.slice(relative.end + 1, hit.start + 1).some((token) => token.before.includes(','));
    if (between || closed) return undefined;
    return subject || this.invertedRelativeSubject(hit, relative) ? relative : undefined;
  }

  private afterPreposition(index: number): boolean {
    const preposition = (at: number): boolean => hasRoleAt(this.sentence, 'prepositions', at) !== undefined;
    if (preposition(index - 1)) return true;
    return preposition(index - 2) && !this.sentence.tokens[index - 1]?.breakBefore && !isContentWord(this.reading, index - 1);
  }

  /**
   * "the ceasefire that Washington proposed", "the ceasefire proposal that Putin rejected":
   * "that" right after an issue, or after the document that names it, opens a relative clause.
   */
  private relativeThats(): Span[] {
    return spansOf(this.sentence, 'complementizers').filter((span) => {
      const at = hasRoleAt(this.sentence, 'documents', span.start - 1)?.end === span.start ? span.start - 1 : span.start;
      // "a pause in strikes on energy infrastructure that Trump had asked for": a short phrase of the issue's own may stand between.
      // "… the two presidents and that Russia had taken note": "and that" opens a second thing said.
      const phrase = (cue: CueHit): boolean => !this.breakBetween(cue.end, at) && !isContentWordBetween(this.reading, cue.end, at) && !roleBetween(this.sentence, 'coordinators', cue.end, at);
      return this.reading.cues.some((cue) => cue.end <= at && at - cue.end <= THAT_REACH && phrase(cue));
    });
  }

  /**
   * "stopped short of the full ceasefire Donald Trump had sought": in English an issue followed
   * straight by a subject and a verb that ends the clause is a relative clause with "that" left out.
   */
  private zeroRelative(hit: TriggerHit): Span | undefined {
    if (this.sentence.tokens[hit.start]?.cyrillic || isNounUse(this.sentence, hit) || !this.endsBareOfIssues(hit.end)) return undefined;
    const subject = this.candidateBefore(hit.start);
    if (subject?.kind !== 'party' || hit.start - subject.end > ZERO_RELATIVE_GAP || crossesBreak(this.sentence, subject.start - 1, hit.start)) return undefined;
    return this.reading.cues.some((cue) => cue.end === subject.start) ? { start: subject.start, end: subject.start } : undefined;
  }

  /** The clause ends here, or goes on with a phrase of a preposition that names no issue ("… Kyiv has demanded for a postwar settlement"). */
  private endsBareOfIssues(at: number): boolean {
    if (endsClause(this.sentence, at)) return true;
    if (!startsRole(this.sentence, 'prepositions', at)) return false;
    const end = stretchEnd(this.sentence, at + 1);
    return !this.reading.cues.some((cue) => cue.start >= at && cue.start < end);
  }

  /**
   * "…, an idea Zelensky has refused to entertain", "… — provisions that Kyiv welcomed": a noun set
   * off by a comma or a dash opens a relative clause about what precedes it, with or without "that".
   */
  private appositiveRelatives(): Span[] {
    return spansOf(this.sentence, 'appositives').flatMap((noun) => {
      const start = isDeterminer(this.sentence, noun.start - 1) ? noun.start - 1 : noun.start;
      if (!/[,—–-]/u.test(this.sentence.tokens[start]?.before ?? '')) return [];
      // "a demand, he said, that no Ukrainian leader could accept": past a verb of saying set off by commas.
      const opens = sayingAsideEnd(this.sentence, noun.end) ?? noun.end;
      const that = [...spansOf(this.sentence, 'complementizers'), ...spansOf(this.sentence, 'relatives')].find((span) => span.start === opens);
      return [that ?? noun];
    });
  }

  private backwardHolder(hit: TriggerHit): string[] | undefined {
    // «остается для Москвы условием»: the party a judgement is for may stand inside its words.
    const inside = this.reading.mentions.find((mention) => mention.start > hit.start && mention.end < hit.end && hasRoleAt(this.sentence, 'judgedFor', mention.start - 1));
    if (inside) return inside.parties;
    // "rejected by Kyiv", "unacceptable for Moscow", "неприйнятно для Києва".
    const after = this.reading.mentions.find((mention) => mention.start >= hit.end && mention.start - hit.end <= 2 && mention.role !== 'inert');
    // "not up for negotiation with Moscow", "… — not with Moscow": the other side of the talks, or a party past a break, is not who judges.
    if (!after || hasRoleAt(this.sentence, 'talksWith', after.start - 1) || crossesBreak(this.sentence, hit.end - 1, after.start)) return undefined;
    // A trigger that ends in its own agent ("proposed by", "backed by") names the holder right after it.
    const ownAgent = hasRoleAt(this.sentence, 'agents', hit.end - 1) !== undefined;
    // "unacceptable for Moscow", "rejected by Kyiv"; not "non-negotiable in any Ukraine deal".
    const judgedBy = (['judgedFor', 'agents'] as const).some((role) => hasRoleAt(this.sentence, role, wordBeforeTitles(this.sentence, after.start)));
    return after.role === 'owner' || ownAgent || (judgedBy && followsPreposition(this.sentence, after.start)) ? after.parties : undefined;
  }

  /**
   * The chain of forward triggers a word is said under, innermost first. A second clause joined
   * to the first ("demanded that the West stop arms supplies and that Ukraine hold elections")
   * is said under the first clause's verb, not under the verb inside it.
   */
  private chainFor(index: number): TriggerState[] {
    const chain: TriggerState[] = [];
    let trigger = [...this.forward]
      .reverse()
      .find((state) => state.hit.end <= index && this.sameClause(state.hit.start, index) && this.governsFrom(state, index) && !this.closedAside(state, index));
    if (trigger && (this.newComplementBetween(trigger.hit.end, index) || (trigger.governor && this.newInfinitiveBetween(trigger.hit.end, index)) || this.nextInSeries(trigger, index))) {
      trigger = trigger.governor;
    } else if (trigger) {
      trigger = this.outsideListItem(trigger, index);
    }
    while (trigger && chain.length < this.forward.length && !this.restatedAfterColon(trigger, index)) {
      chain.push(trigger);
      trigger = trigger.governor;
    }
    return chain;
  }

  /**
   * «не согласится ни на отказ от оружия, ни на остановку мобилизации»: a word of negative concord
   * after a stance word opens the next item of the series the stance word's own item began.
   */
  private nextInSeries(trigger: TriggerState, index: number): boolean {
    const concord = spansOf(this.sentence, 'negativeConcord');
    const opensItem = (span: Span): boolean => span.end <= trigger.hit.start && this.sameClause(span.start, trigger.hit.start);
    return concord.some(opensItem) && concord.some((span) => span.start >= trigger.hit.end && span.end <= index && commaBefore(this.sentence, span.start));
  }

  /**
   * «відповіли відмовою: Київ не виводитиме війська …», "rejected the demand: Kyiv will not
   * withdraw …": after a refusal, a colon and the refusing party named again open a clause that
   * says in its own words what is refused; the refusal does not negate it again. (A demand's
   * colon is different: "Moscow's demand: Ukraine must leave Donbas" names who is to act.)
   */
  private restatedAfterColon(trigger: TriggerState, index: number): boolean {
    const { holder } = trigger;
    if (trigger.polarity > 0 || !holder) return false;
    const { tokens } = this.sentence;
    // Not after a text ("rejected the proposal: Ukraine would not …"), whose colon may open what the text says.
    const afterColon = (at: number): boolean => tokens[at]?.before.includes(':') === true && !spansOf(this.sentence, 'documents').some((text) => text.end === at);
    return this.candidates.some((candidate) => candidate.start >= trigger.hit.end && candidate.end <= index && afterColon(candidate.start) && candidate.parties !== undefined && sameParties(candidate.parties, holder));
  }

  /**
   * "... and that Ukraine hold elections", "... and Kyiv ...": a second clause under the same
   * verb; "... and would continue ...": a second verb of the same subject.
   */
  private newComplementBetween(from: number, to: number): boolean {
    return spansOf(this.sentence, 'coordinators').some((coordinator) => {
      if (coordinator.start < from || coordinator.end >= to) return false;
      const next = coordinator.end;
      const opensAt = (at: number): boolean => (['complementizers', 'volitional', 'deontic'] as const).some((role) => startsRole(this.sentence, role, at));
      // «…, а украинские войска должны покинуть Донбасс»: a contrastive «а» after a comma opens a
      // clause of its own when a modal follows a word or two on, past the new clause's subject.
      const contrastive = this.sentence.tokens[coordinator.start]?.cyrillic === true && commaBefore(this.sentence, coordinator.start) && CONTRASTIVE.has(this.sentence.tokens[coordinator.start]?.norm ?? '');
      const modalSoon = contrastive && [next + 1, next + 2].some((at) => at < to && opensAt(at));
      return opensAt(next) || modalSoon || this.candidates.some((candidate) => candidate.start === next);
    });
  }

  /**
   * "demands that Ukraine abandon its NATO bid and hold elections", "include a ban on X, a cap on
   * Y and elections": a list under a demand goes on with an item of its own, which the stance word
   * before it does not govern. A verb of its own is a sibling of the nearest verb before it (past
   * any stance nouns: "renounce any plans to join NATO and hold elections"); after a comma, a new
   * noun phrase is a sibling of the stance noun before it. A list of a word's own objects stays
   * under it ("stop mobilisation and troop rotations").
   */
  private outsideListItem(trigger: TriggerState, index: number): TriggerState | undefined {
    const item = this.newListItemBetween(trigger, index);
    if (item === undefined) return trigger;
    // "demanded that Kyiv withdraw and hold elections": a second verb under the same demand; but a
    // finite verb is the first one's sibling ("until Moscow ends its war and compensates Ukraine").
    if (item === 'verb' && !trigger.governor) return trigger;
    if (item === 'finite' && !trigger.governor) return undefined;
    if (item === 'noun') return trigger.governor ?? this.listVerb(trigger) ?? (this.headsList(trigger) ? trigger : undefined);
    // A participle's clause has the subject of the verb it follows, and none of its stance words.
    if (item === 'participle' && !trigger.governor) return undefined;
    let sibling = trigger;
    while (sibling.governor && isNounUse(this.sentence, sibling.hit)) sibling = sibling.governor;
    return sibling.governor;
  }

  /** Whether a comma and "and" («, а», ", and") stand between two words. */
  private commaAndBetween(from: number, to: number): boolean {
    return spansOf(this.sentence, 'coordinators').some((coordinator) => coordinator.start >= from && coordinator.end <= to && commaBefore(this.sentence, coordinator.start));
  }

  /** A judgement after the word at `index`, in its stretch of words: "X is ruled out", «X исключено». */
  private judgedInClause(index: number): boolean {
    return this.backward.some((state) => !state.relative && state.hit.start > index && !this.breakBetween(index, state.hit.start));
  }

  /** "and" followed by another participle later in the clause: the comma before `index` lists participles. */
  private participleListAfter(index: number): boolean {
    return spansOf(this.sentence, 'coordinators').some(
      (coordinator) => coordinator.start > index && this.sameClause(coordinator.start, index) && isPresentParticiple(this.sentence.tokens[coordinator.end]),
    );
  }

  /**
   * Whether a stance noun starts at `index`, as a word of the sentence or of an issue's wording: a
   * noun, or a word with its preposition ("limits on the size of its army", "an end to").
   */
  private stanceNounAt(index: number): boolean {
    return this.sentence.triggers.some(
      (trigger) => trigger.start === index && (isNounUse(this.sentence, trigger) || (trigger.end - trigger.start > 1 && hasRoleAt(this.sentence, 'prepositions', trigger.end - 1) !== undefined)),
    );
  }

  /**
   * «Главное условие Москвы — признание X и вывод войск»: a demand noun with a dash or colon right
   * after it (and its owner) heads the list that follows.
   */
  private headsList(trigger: TriggerState): boolean {
    if (!isDemand(trigger) || !isNounUse(this.sentence, trigger.hit)) return false;
    const { tokens } = this.sentence;
    // «Среди требований, которые выдвигает Россия, — …»: past a relative clause set off by commas.
    const relative = spansOf(this.sentence, 'relatives').find((span) => span.start === trigger.hit.end && commaBefore(this.sentence, span.start));
    const from = relative ? stretchEnd(this.sentence, relative.end) : trigger.hit.end;
    for (let at = from; at <= from + LIST_HEAD_REACH && at < tokens.length; at++) {
      if (/[—–:]/u.test(tokens[at]?.before ?? '')) return true;
    }
    return false;
  }

  /** The verb a list of stance nouns hangs on: "the document contains: a ban on X, the lifting of Y". */
  private listVerb(noun: TriggerState): TriggerState | undefined {
    return [...this.forward].reverse().find((state) => state.hit.end <= noun.hit.start && this.sameClause(state.hit.start, noun.hit.start) && !isNounUse(this.sentence, state.hit) && state.holder !== undefined);
  }

  private newListItemBetween(trigger: TriggerState, index: number): 'verb' | 'finite' | 'participle' | 'noun' | undefined {
    const { tokens } = this.sentence;
    const noun = isNounUse(this.sentence, trigger.hit);
    for (let at = trigger.hit.end + 1; at <= index; at++) {
      const comma = tokens[at]?.before.includes(',') === true;
      const coordinator = hasRoleAt(this.sentence, 'coordinators', at);
      if (!comma && coordinator?.start !== at) continue;
      let next = coordinator?.start === at ? coordinator.end : at;
      const afterComma = comma ? hasRoleAt(this.sentence, 'coordinators', next) : undefined;
      if (afterComma?.start === next) next = afterComma.end;
      const infinitive = tokens[next]?.norm === 'to';
      if (infinitive) next++;
      if (next > index) continue;
      if (tokens[next]?.cyrillic) {
        // A comma and "and" («, а также проведения выборов») open an item of their own unless a preposition goes on with the noun's objects.
        const listed = comma && (coordinator?.start === at || afterComma !== undefined) && !hasRoleAt(this.sentence, 'prepositions', next);
        if (noun && (listed || this.headsItsOwnItem(next, index)) && !(coordinator?.start === at && this.haltsOngoing(trigger, index))) return 'noun';
        // «мала б відмовитися від X, а також припинити Y»: an infinitive listed after an infinitive is
        // its sibling; «…, а ее членство в НАТО исключено»: so is a clause with a judgement of its own.
        // So is one after a bare «и» («запретить X и отказаться от Y»).
        if ((listed || coordinator?.start === at) && isInfinitive(tokens[next]) && isInfinitive(tokens[trigger.hit.start])) return 'finite';
        if (comma && coordinator?.start === at && this.judgedInClause(index)) return 'finite';
        continue;
      }
      if (startsRole(this.sentence, 'predicates', next)) return !infinitive && isThirdPerson(tokens[next]) ? 'finite' : 'verb';
      // "would halt his offensive, freezing the front lines": a participle after a comma opens a clause
      // of its own, unless a list of them closes with "and" ("bar Kyiv from moving troops, mobilising
      // soldiers and receiving weapons").
      if (comma && !afterComma && next === index && isPresentParticiple(tokens[next]) && !this.participleListAfter(next)) return 'participle';
      // ", a cap on Y", ", and elections", ", as well as Ukraine's neutrality": a comma closes the list of the noun's own objects.
      if (noun && comma && (coordinator?.start === at || afterComma || isDeterminer(this.sentence, next))) return 'noun';
      // "a ban on X and limits on Y": after "and", a stance noun of its own opens the next item.
      if (noun && coordinator?.start === at && this.stanceNounAt(isDeterminer(this.sentence, next) ? next + 1 : next)) return 'noun';
    }
    return undefined;
  }

  /**
   * "запрет «героизации нацизма», отмена санкций", "отказа от военных союзов и юридически
   * закреплённых ограничений численности": in Ukrainian and Russian an item that opens with the
   * issue's own noun (after at most two modifiers) is an item of its own; one that opens with a
   * preposition ("и от ...") is one more object of the noun before.
   */
  private headsItsOwnItem(next: number, cueStart: number): boolean {
    if (cueStart - next > ITEM_MODIFIERS) return false;
    for (let at = next; at < cueStart; at++) if (hasRoleAt(this.sentence, 'prepositions', at)) return false;
    return !hasRoleAt(this.sentence, 'prepositions', cueStart);
  }

  /**
   * «прекращение западных поставок вооружений и предоставления Киеву разведданных»: joined by
   * "and", a second thing under way (supplies, sharing) is one more object of the halt before it.
   */
  private haltsOngoing(trigger: TriggerState, index: number): boolean {
    return trigger.hit.polarity < 0 && this.reading.cues.some((cue) => cue.core.start === index && cue.polarity < 0);
  }

  /**
   * "вимагає відмовитися від НАТО та скоротити армію": a second infinitive, perhaps the issue's
   * own word, is a verb of its own under the same governing verb.
   */
  private newInfinitiveBetween(from: number, to: number): boolean {
    return spansOf(this.sentence, 'coordinators').some(
      (coordinator) => coordinator.start >= from && coordinator.end <= to && isInfinitive(this.sentence.tokens[coordinator.end]),
    );
  }

  /**
   * A judgement after the cue ("X is unacceptable, Kyiv said", "X, which Moscow rejected"). It
   * does not apply where a verb already says the holder's stance ("dismissed the proposal as
   * unacceptable"), nor across the edge of a condition. Those with an agent of their own ("as
   * Russia demands", "which Moscow rejected") are that party's; the first without speaks for the
   * subject or the speaker.
   */
  private backwardFindings(cue: CueHit, chain: readonly TriggerState[], polarity: Polarity): { byAgents: Finding[]; bySubject: Finding[] } {
    // A copy to add to: what is found may be the shared empty list.
    const findings = [...this.relativeFindings(cue, chain)];
    const bySubject: Finding[] = [];
    const condition = this.conditionAt(cue.core.start);
    const judgements = this.backward.filter(
      (state) =>
        !state.relative &&
        state.hit.start >= cue.end &&
        this.sameClause(state.hit.start, cue.core.start) &&
        this.conditionAt(state.hit.start) === condition &&
        !this.newComplementBetween(cue.end, state.hit.start) &&
        !this.otherIssueAfterBreak(cue, state.hit.start) &&
        !this.otherSubjectBetween(cue, state.hit.start) &&
        !this.saidBetween(cue.end, state.hit.start),
    );
    // Judgements with their own agents each name theirs ("X proposed by Kyiv was rejected by
    // Moscow"); the first one without speaks for the subject or the speaker, and ends the list.
    for (const trigger of judgements) {
      if (trigger.status === 'dropped' || trigger.status === 'void') break;
      if (!trigger.holder) {
        bySubject.push(...this.unattributedJudgement(cue, chain, polarity, trigger));
        break;
      }
      // One with its own agent describes the issue whatever the main verb: "the amnesty envisaged by the US plan".
      findings.push(this.finding(trigger.holder, cue, trigger.polarity * cue.polarity, 3, trigger.status === 'retracted'));
    }
    return { byAgents: findings, bySubject };
  }

  /**
   * "Russian will never be an official language, and the church law is not negotiable", «…, а наше
   * законодавство … не є предметом торгу»: past a comma, a coordinator opens a clause whose own
   * subject the judgement judges, and one naming no issue judges none of those before it (one
   * pointing back, "and that is unacceptable", judges them still).
   */
  private otherSubjectBetween(cue: CueHit, judgement: number): boolean {
    return spansOf(this.sentence, 'coordinators').some(
      (coordinator) =>
        coordinator.start >= cue.end &&
        commaBefore(this.sentence, coordinator.start) &&
        judgement - coordinator.end >= OWN_SUBJECT_WORDS &&
        !this.pointsBackBetween(coordinator.end, judgement) &&
        !this.reading.cues.some((other) => other.start >= coordinator.end && other.end <= judgement),
    );
  }

  /** Whether a word pointing back ("that", «это», "it", "these demands") stands between two words. */
  private pointsBackBetween(from: number, to: number): boolean {
    const restating = this.sentence.tokens.slice(from, to).some((token) => RESTATING_PRONOUNS.has(token.norm));
    return restating || (['anaphors', 'pronouns'] as const).some((role) => roleBetween(this.sentence, role, from, to));
  }

  /** "…, arguing that the region would only serve as a springboard": a participle or verb of saying and "that" open another thing said. */
  private saidBetween(from: number, to: number): boolean {
    const opensSaid = (at: number): boolean => startsRole(this.sentence, 'complementizers', at + 1) && (startsRole(this.sentence, 'reporting', at) || isPresentParticiple(this.sentence.tokens[at]));
    for (let at = from; at < to; at++) if (opensSaid(at)) return true;
    return false;
  }

  /**
   * "will not cede territory, arguing that a frozen conflict would only let Russia regroup": past a
   * comma, another issue is what a judgement after it judges.
   */
  private otherIssueAfterBreak(cue: CueHit, judgement: number): boolean {
    return this.reading.cues.some((other) => other.start >= cue.end && other.end <= judgement && this.breakBetween(cue.end, other.start));
  }

  /**
   * "Moscow insists that foreign troops in Ukraine are unacceptable", "Russia considers X
   * unacceptable": a verb framing a clause whose own judgement follows the issue says what that
   * judgement says, for the verb's holder.
   */
  private framedJudgement(cue: CueHit, chain: readonly TriggerState[], polarity: Polarity): Finding | undefined {
    const frame = chain[0];
    if (!frame || frame.owned || chain.some((state) => state.status !== 'ok') || isNounUse(this.sentence, frame.hit)) return undefined;
    // "insists that X is unacceptable", and without "that" after a verb that judges ("considers X unacceptable").
    if (!roleBetween(this.sentence, 'complementizers', frame.hit.end, cue.start) && !startsRole(this.sentence, 'judgingVerbs', frame.hit.start)) return undefined;
    const holder = chain.find((state) => state.holder)?.holder;
    const condition = this.conditionAt(cue.core.start);
    const judgement = this.backward.find(
      (state) =>
        !state.relative &&
        !state.holder &&
        state.status === 'ok' &&
        state.hit.start >= cue.end &&
        this.sameClause(state.hit.start, cue.core.start) &&
        this.conditionAt(state.hit.start) === condition &&
        !this.breakBetween(cue.end, state.hit.start) &&
        !this.newComplementBetween(cue.end, state.hit.start),
    );
    if (!holder || !judgement) return undefined;
    const framing = chain.reduce((value, state) => value * state.polarity, 1);
    return this.finding(holder, cue, framing * judgement.polarity * polarity, 3, false);
  }

  /**
   * «запропоноване США 30-денне перемир'я», «предложенное Вашингтоном прекращение огня»: a
   * Ukrainian or Russian participle and its agent before the issue they describe.
   */
  private participleBefore(cue: CueHit, polarity: Polarity): readonly Finding[] {
    const participle = this.backward.find(
      (state) =>
        state.holder &&
        state.status === 'ok' &&
        !state.relative &&
        this.sentence.tokens[state.hit.start]?.cyrillic &&
        hasRoleAt(this.sentence, 'agents', state.hit.end - 1) !== undefined &&
        state.hit.end <= cue.start &&
        cue.start - state.hit.end <= PARTICIPLE_REACH &&
        !this.breakBetween(state.hit.end + 1, cue.start),
    );
    return participle?.holder ? [this.finding(participle.holder, cue, participle.polarity * polarity, 3, false)] : NO_FINDINGS;
  }

  /** "the US ceasefire plan", "Russia's peace memorandum": a party's document named for the issue is the party's proposal. */
  private documentNamedFor(cue: CueHit): readonly Finding[] {
    const document = this.reading.documents.documents.find((doc) => doc.start === cue.end && doc.author);
    return document?.author && this.reading.mentions.some((mention) => mention.role === 'owner' && mention.end === cue.start) ? [this.finding(document.author, cue, cue.polarity, 2, false)] : NO_FINDINGS;
  }

  /**
   * "capping the army at 800,000 instead of 600,000 in the US draft", "rejected the amnesty clause
   * in the US plan": a party's text named shortly after the issue, as what holds it, puts the issue
   * among its author's terms, whoever else takes a stance on it.
   */
  private heldInText(cue: CueHit, polarity: Polarity): readonly Finding[] {
    // "— rather than the 600,000 the American draft envisages": past a word of comparison, the text
    // holds the figure set against the issue's, whatever punctuation sets the comparison off.
    const comparison = spansOf(this.sentence, 'comparisons').find((span) => span.start >= cue.end && span.start - cue.end <= HELD_IN_TEXT_REACH);
    const from = comparison?.end ?? cue.end;
    const text = this.reading.documents.documents.find((document) => document.author && document.start > from && document.phraseStart - from <= HELD_IN_TEXT_REACH);
    // After a preposition ("in the US draft"); "according to" and "under the" cite the text instead, which the summary reads.
    if (!text?.author || !(text.object || comparison) || hasRoleAt(this.sentence, 'accordingTo', wordBefore(this.sentence, text.phraseStart))) return NO_FINDINGS;
    if (!comparison && !this.sameClause(cue.core.start, text.start)) return NO_FINDINGS;
    // Nothing between may claim the text's words for itself: a stance word, another issue, a party;
    // a dash or colon sets off something else ("ban 'Nazi glorification' — what's in the text").
    const before = comparison?.start ?? text.phraseStart;
    const between = (span: Span): boolean => span.start >= cue.end && span.end <= before;
    if (this.sentence.triggers.some(between) || this.reading.cues.some(between) || this.reading.mentions.some(between)) return NO_FINDINGS;
    if (comparison && this.sentence.triggers.some((trigger) => trigger.start >= from && trigger.end <= text.phraseStart)) return NO_FINDINGS;
    if (this.sentence.tokens.slice(cue.end, before + 1).some((token, offset) => SETS_OFF.test(token.before) && cue.end + offset !== comparison?.start)) return NO_FINDINGS;
    return [this.finding(text.author, cue, polarity, 2, false)];
  }

  /** "X, which Moscow rejected", "X, a demand Ukraine dismissed": a relative clause after the issue judges it. */
  private relativeFindings(cue: CueHit, chain: readonly TriggerState[] = []): readonly Finding[] {
    const end = this.listEnd(cue);
    const reaches = (state: TriggerState, relative: Span): boolean => relative.start - end <= RELATIVE_REACH || this.renamesAskedClause(cue, chain, end, state);
    const relative = this.backward.find((state) => state.relative && state.relative.start >= end && reaches(state, state.relative) && this.sameClause(state.relative.start, cue.core.start));
    if (!relative?.holder || relative.status !== 'ok') return NO_FINDINGS;
    // "Russia demands that Kyiv drop its claims, a demand Ukraine rejects": a noun set off after the
    // clause renames what the outermost stance word asks for, the words under it included.
    const asked = this.renamingNoun(end, relative) ? chain.slice(0, -1).reduce((value, state) => value * state.polarity, 1) : 1;
    // The negation of the main clause is not the relative's: "would never grant X, a key demand of the Kremlin".
    return [this.finding(relative.holder, cue, relative.polarity * cue.polarity * asked, 3, false)];
  }

  /** A noun that renames what stands before it ("a demand", "an idea") between the end of an issue and a relative's verb. */
  private renamingNoun(end: number, relative: TriggerState): Span | undefined {
    return spansOf(this.sentence, 'appositives').find((noun) => noun.start >= end && noun.end <= relative.hit.start);
  }

  /**
   * A noun renaming the clause a stance word asked for with "that" reaches back over the rest of
   * it, unbroken and naming no other issue ("demanded that … leave Donetsk region as part of any
   * settlement, a demand Kyiv has rejected"; not "…, with Washington receiving half — a provision …").
   */
  private renamesAskedClause(cue: CueHit, chain: readonly TriggerState[], end: number, relative: TriggerState): boolean {
    const asker = chain.at(-1);
    const noun = this.renamingNoun(end, relative);
    if (!asker || !noun || !roleBetween(this.sentence, 'complementizers', asker.hit.end, cue.start)) return false;
    const breaks = this.sentence.tokens.slice(end, noun.start + 1).filter((token) => token.breakBefore).length;
    return breaks <= 1 && !this.reading.cues.some((other) => other.start >= end && other.start < noun.start);
  }

  /**
   * Where the list an issue opens ends (items joined by "and", "or", "nor"): "neither a cap on its
   * army nor a renunciation of NATO — both long-standing Russian demands —" describes every item.
   */
  private listEnd(cue: CueHit): number {
    let end = cue.end;
    // "mobilise more troops, redeploy forces or receive weapons": items after a bare comma belong to the list once an "and" or "or" closes it.
    let open = cue.end;
    for (const next of this.reading.cues) {
      if (next.start < open) continue;
      if (next.start - open > LIST_ITEM_GAP) break;
      const joined = (['coordinators', 'negators'] as const).some((role) => roleBetween(this.sentence, role, open, next.start));
      const broken = this.breakBetween(open, next.start);
      if (joined && !broken) end = next.end;
      else if (joined || this.commasBetween(open, next.start) !== 1) break;
      open = next.end;
    }
    return end;
  }

  /** How many commas stand between two words, or -1 where another break (a colon, a dash) does: commas alone may separate a list's items. */
  private commasBetween(from: number, to: number): number {
    let commas = 0;
    for (let at = from; at <= to; at++) {
      if (!this.sentence.tokens[at]?.breakBefore) continue;
      if (!commaBefore(this.sentence, at)) return -1;
      commas++;
    }
    return commas;
  }

  /** "X is unacceptable, Kyiv said": a judgement whose holder is the clause's subject or the speaker. */
  private unattributedJudgement(cue: CueHit, chain: readonly TriggerState[], polarity: Polarity, trigger: TriggerState): readonly Finding[] {
    if (chain.some((state) => state.holder && !state.owned)) return NO_FINDINGS;
    // "X для Москвы неприемлемо", "X is unacceptable for Kyiv": whom the judgement is for holds it.
    // Ukrainian and Russian put it before the judgement, perhaps with an adverb between («для России
    // абсолютно неприемлемо»); in English "for X" there belongs to the issue ("membership for Kyiv").
    const forWhom = this.reading.mentions.find(
      (mention) =>
        mention.end <= trigger.hit.start &&
        trigger.hit.start - mention.end <= JUDGED_FOR_GAP &&
        this.sentence.tokens[mention.start]?.cyrillic &&
        hasRoleAt(this.sentence, 'judgedFor', mention.start - 1),
    );
    // A party inside the judged noun phrase ("a halt to aid for Kyiv", "a guarantee that Ukraine …") is not its subject.
    const head = chain.find((state) => isNounUse(this.sentence, state.hit));
    const before = this.candidateBefore(cue.start);
    // «…, а ее членство в НАТО исключено»: a clause joined after a comma judges its own subject, the issue.
    const joinedClause = before !== undefined && this.commaAndBetween(before.end, cue.start);
    // "Ukraine joining NATO is not realistic": a party right before a gerund is the subject of the judged phrase.
    const gerundSubject = before?.end === cue.start && isPresentParticiple(this.sentence.tokens[cue.start]);
    const subject = (head && before && before.start > head.hit.start) || joinedClause || gerundSubject ? undefined : before;
    // «Обмеження армії Київ не прийме»: in Ukrainian and Russian the issue may come first and its
    // subject, in the nominative, right between it and the verb.
    const nominative = (candidate: Candidate): boolean =>
      this.sentence.tokens[candidate.start]?.cyrillic === true && !startsRole(this.sentence, 'genitiveNames', candidate.start);
    const between = subject
      ? undefined
      : this.candidates.find((candidate) => candidate.start === cue.end && trigger.hit.start - candidate.end <= 1 && nominative(candidate) && !this.breakBetween(cue.end, trigger.hit.start));
    // "NATO membership for Ukraine, the document says, is ruled out": a text cited, for want of a speaker.
    const named = subject ?? between;
    const holder = forWhom?.parties ?? (named ? this.resolve(named) : (this.reading.speaker ?? this.framingHolder(cue) ?? this.reading.documents.cited));
    if (!holder) return NO_FINDINGS;
    // The stance nouns between the holder and the cue are what the holder judges ("the Russian
    // demand for X was unacceptable"): their polarity passes through.
    const from = subject?.end ?? 0;
    const inner = chain.filter((state) => state.hit.start >= from).reduce((value, state) => value * state.polarity, 1);
    return [this.finding(holder, cue, trigger.polarity * inner * polarity * this.judgingNegated(from, cue.start), 3, trigger.status === 'retracted')];
  }

  /**
   * «Переговорщики настаивали, что войну нужно остановить …, а любое отступление исключено»: a
   * clause joined to the one a verb opens with "that" is said under that verb too.
   */
  private framingHolder(cue: CueHit): string[] | undefined {
    const frame = this.forward.find(
      (state) =>
        state.holder && state.status === 'ok' && state.polarity > 0 && !state.owned && state.hit.end < cue.start && startsRole(this.sentence, 'complementizers', state.hit.end),
    );
    return frame?.holder;
  }

  /** «больше не считает перемирие обязательным», "does not consider X necessary": the verb that judges, negated. */
  private judgingNegated(from: number, to: number): 1 | -1 {
    const judging = spansOf(this.sentence, 'judgingVerbs').find((span) => span.start >= from && span.end <= to);
    if (!judging || this.sentence.triggers.some((hit) => overlaps(hit, judging))) return 1;
    const negated = roleBefore(this.sentence, 'negators', judging.start) ?? roleBefore(this.sentence, 'retractors', judging.start);
    return negated && !this.cancels(negated) ? -1 : 1;
  }

  /**
   * Word order of Ukrainian and Russian: the verb after a fronted issue ("Предложение о перемирии
   * отвергли в Кремле", "Против X выступает и Кремль"), or the "против" of a verbless headline
   * ("Россия против перемирия"), as the outermost stance word of the issue.
   */
  private outerState(cue: CueHit, chain: readonly TriggerState[]): TriggerState | undefined {
    if (chain.some((state) => !isNounUse(this.sentence, state.hit))) return undefined;
    const verbless = chain.length === 0 ? verblessHolder(this.sentence, cue, this.candidates) : undefined;
    if (verbless) return this.outer(verbless, -1, this.resolve(verbless));
    const isVerb = (hit: TriggerHit): boolean => hit.direction === 'forward' && !isNounUse(this.sentence, hit);
    const fronted = frontedVerb(this.sentence, cue, this.reading.cues, this.candidates, isVerb);
    if (!fronted) return undefined;
    // «Численность сил Украины документ ограничивает»: a name in the genitive belongs to the issue; the subject is in the nominative,
    // the last before the verb, past a relative clause with its own («…, которые контролирует Украина, Киев не станет»).
    const between = this.candidates.findLast(
      (candidate) => candidate.start >= cue.end && candidate.end <= fronted.verb.start && candidate.kind !== 'pronoun' && !startsRole(this.sentence, 'genitiveNames', candidate.start),
    );
    const named = (between && this.resolve(between)) ?? this.holderAfter(fronted.verb.end) ?? (fronted.subject && this.resolve(fronted.subject));
    const state = fronted.trigger && this.forward.find((other) => other.hit === fronted.trigger);
    if (state) return state.status === 'ok' ? withHolder(state, named ?? state.holder ?? this.reading.speaker, undefined) : state;
    const negated = roleBefore(this.sentence, 'negators', fronted.verb.start)?.end === fronted.verb.start;
    const place = named ? undefined : placeAfter(this.sentence, this.reading.mentions, fronted.verb)?.parties;
    return this.outer(fronted.verb, ((fronted.polarity ?? 1) * (negated ? -1 : 1)) as Polarity, named ?? place ?? this.reading.speaker);
  }

  private outer(span: Span, polarity: Polarity, holder: string[] | undefined): TriggerState {
    const hit: TriggerHit = { start: span.start, end: span.end, polarity, direction: 'forward', whenNegated: 'flip', noun: false, firm: false };
    return { hit, polarity, status: 'ok', holder, owned: false, ownDemand: false, governor: undefined, relative: undefined };
  }

  /** "выступает и Кремль", "отвергли в Кремле": the subject after a verb with none before it. */
  private holderAfter(index: number): string[] | undefined {
    const after = candidateAfter(this.sentence, this.candidates, index);
    return after && this.resolve(after);
  }

  /** "Для России неприемлемо присутствие войск НАТО": a judgement that opens its clause, before the issue. */
  private judgementsBefore(cue: CueHit, chain: readonly TriggerState[], polarity: Polarity): readonly Finding[] {
    if (chain.length > 0) return NO_FINDINGS;
    for (const state of this.backward) {
      if (state.relative || state.status !== 'ok') continue;
      const forWhom = this.reading.mentions.find((mention) => mention.end === state.hit.start && mention.role === 'object');
      if (!judgesForward(this.sentence, state.hit, cue, forWhom)) continue;
      const holder = forWhom?.parties ?? state.holder ?? this.reading.speaker;
      return holder ? [this.finding(holder, cue, state.polarity * polarity, 3, false)] : NO_FINDINGS;
    }
    return NO_FINDINGS;
  }

  // ---- holders without a stance word ----------------------------------------------------------

  private implicitHolder(cue: CueHit): ImplicitHolder | undefined {
    const { documents, speaker } = this.reading;
    if (documents.cited) return { parties: documents.cited, strength: 2 };
    // "Under the proposal, Ukraine would pull its troops out": a text's terms, whoever wrote it, not the subject's own course.
    if (this.citesUnsignedText()) return undefined;
    if (this.thirdPartySpeaks(cue.start)) return undefined;
    const before = this.candidateBefore(cue.start);
    // "... that Ukraine would not join NATO and that Crimea will stay with Russia": the subject of
    // another clause under the same verb is not this one's, nor is the subject of a condition
    // ("As soon as Kyiv notifies …, our side will order a ceasefire").
    const subject = before && !this.newComplementBetween(before.end, cue.start) && this.conditionAt(before.start) === this.conditionAt(cue.core.start) ? before : undefined;
    const from = subject?.end ?? 0;
    // "we will cease fire", and in the perfective future without a modal, «ми припинимо вогонь»:
    // the speaker's own course is their stance.
    const stated = subject?.kind === 'first-person' || (['volitional', 'clauseHedges', 'negators'] as const).some((role) => roleBetween(this.sentence, role, from, cue.core.start));
    // "Ukraine would receive security guarantees": given something, the subject did not ask for it.
    const given = roleBetween(this.sentence, 'beneficiaries', from, cue.core.start);
    // "Ukraine would have to withdraw" is what someone else asks of Ukraine.
    const demandedOfSubject = roleBetween(this.sentence, 'deontic', from, cue.core.start);
    // "Ukraine's army would be capped at 600,000" is done to the subject, not by it; "… that it will
    // not join NATO" under a pledge required of it is asked of it too.
    const undergone = subject !== undefined && ((this.ownedBody(subject) && this.passiveAt(cue.core.start)) || this.pledgeDemanded(subject));
    if (subject && this.sameClause(subject.start, cue.start) && stated && !demandedOfSubject && !given && !undergone) {
      // "Vance says Ukraine will not join NATO" is Washington's stance on Ukraine's course.
      const parties = this.resolve(subject);
      const reported = speaker && parties && !parties.some((party) => speaker.includes(party)) ? speaker : parties;
      if (reported) return { parties: reported, strength: 2, courseFrom: subject.end };
    }
    const text = this.documentSubject(subject, cue, demandedOfSubject) ?? this.handedList(cue) ?? this.documentInsideCue(cue);
    if (text) return text;
    const modal = modalInClause(this.sentence, cue.core.start);
    // "Guarantees cannot be built on the deployment of NATO troops," she said: the speaker's course, negated as a whole;
    // so is a verb negated inside the issue's words («санкції проти неї не послаблюватимуть»).
    const course = modal || isHeadlineSpeech(this.sentence) || this.quoted(cue.core.start) || this.negatorInWording(cue) !== undefined || this.saidAsClause(cue) || this.saidNone(cue);
    if (speaker && course) return { parties: speaker, strength: 1, courseFrom: 0 };
    // "Under the framework, Ukraine would get guarantees. The size of its army is kept at 800,000.":
    // after a text is named, a sentence in the conditional, or one that names no speaker, no person,
    // no verb of saying and no text's author, goes on stating its terms.
    if (this.memory.documents.latest && (modalInSentence(this.sentence) || this.impersonal())) return { parties: this.memory.documents.latest, strength: 1 };
    return undefined;
  }

  /**
   * "Kyiv would have to enshrine in its constitution that it will not join NATO": a clause under a
   * verb that someone else requires of its subject states what is required, not the subject's course.
   */
  private pledgeDemanded(subject: Candidate): boolean {
    const that = hasRoleAt(this.sentence, 'complementizers', subject.start - 1);
    const above = that && this.candidateBefore(that.start);
    if (!above || !roleBetween(this.sentence, 'deontic', above.end, that.start)) return false;
    const parties = this.resolve(subject);
    return parties !== undefined && this.resolve(above)?.some((party) => parties.includes(party)) === true;
  }

  /** "Ukraine's armed forces", "Ukrainian army": a subject naming a party's body rather than the party. */
  private ownedBody(subject: Candidate): boolean {
    return this.sentence.tokens[subject.end - 1]?.possessive === true || startsRole(this.sentence, 'holderNouns', subject.end);
  }

  /** A past participle after "be" ("would be capped"): the issue's words in the passive. */
  private passiveAt(index: number): boolean {
    return hasRoleAt(this.sentence, 'passiveAuxiliaries', index - 1) !== undefined && isPastParticiple(this.sentence.tokens[index]);
  }

  /**
   * A sentence that names no speaker, no person, no verb of saying, no text's author and no one
   * outside the taxonomy ("Orbán has blocked …"): a report's own account.
   */
  private impersonal(): boolean {
    const { speaker, mentions, documents } = this.reading;
    return !speaker && !mentions.some((mention) => mention.person) && !documents.documents.some((document) => document.namedAuthor) && spansOf(this.sentence, 'reporting').length === 0 && spansOf(this.sentence, 'thirdParties').length === 0;
  }

  /**
   * «Каллас заявила, что санкции против России останутся в силе»: an issue that opens the clause a
   * verb of saying introduces, worded as a whole clause (its subject and verb: three words or
   * more), is the speaker's statement of it, future tense or not.
   */
  private saidAsClause(cue: CueHit): boolean {
    const that = spansOf(this.sentence, 'complementizers').find((span) => span.end === cue.start);
    const said = that && spansOf(this.sentence, 'reporting').some((verb) => verb.end === that.start || verb.end === that.start - 1);
    return said === true && this.sentence.found.cue.some((match) => match.value.issue === cue.issue && match.start === cue.start && match.end - match.start >= CLAUSE_WORDING);
  }

  /** "Rada says no elections until the war is over", "Kremlin says no truce": a verb of saying, then "no" and the issue. */
  private saidNone(cue: CueHit): boolean {
    const none = spansOf(this.sentence, 'negators').find((span) => span.end === cue.start);
    return none !== undefined && spansOf(this.sentence, 'reporting').some((verb) => verb.end === none.start);
  }

  /** "Under the proposal", "according to the draft": a text cited whose author is not known. */
  private citesUnsignedText(): boolean {
    return spansOf(this.sentence, 'accordingTo').some((citation) =>
      this.reading.documents.documents.some((document) => !document.author && document.start >= citation.start && document.phraseStart - citation.end <= CITED_TEXT_REACH),
    );
  }

  /** "Hungary again blocks Ukraine's accession talks, Kremlin says": the stance of someone outside the taxonomy, not the speaker's. */
  private thirdPartyActs(hit: TriggerHit): boolean {
    return spansOf(this.sentence, 'thirdParties').some((span) => span.end <= hit.start && hit.start - span.end <= THIRD_PARTY_REACH && this.sameClause(span.start, hit.start));
  }

  /** «Орбан повторив, що Україна не стане членом ЄС»: someone outside the taxonomy says what a party will do. */
  private thirdPartySpeaks(before: number): boolean {
    const verb = spansOf(this.sentence, 'reporting').find((span) => span.end <= before);
    return verb !== undefined && !this.reading.speaker && spansOf(this.sentence, 'thirdParties').some((span) => span.end <= verb.start);
  }

  /**
   * "The revised text puts the ceiling on Ukraine's army at 800,000", "the plan caps the army":
   * a document as the subject of its clause states its author's terms with any verb. Its own
   * negation counts ("the draft does not envisage ..." is read by the trigger); "would have to"
   * is still what the document asks of someone else, so the author holds it too.
   */
  private documentSubject(subject: Candidate | undefined, cue: CueHit, demanded: boolean): ImplicitHolder | undefined {
    if (subject?.kind !== 'document' || !subject.parties || demanded || !this.sameClause(subject.start, cue.start)) return undefined;
    // Another party named between the text and the issue may be the one who acts ("the plan, Kyiv says, ...").
    if (this.reading.mentions.some((mention) => mention.role === 'actor' && mention.start >= subject.end && mention.end <= cue.start)) return undefined;
    // A second verb joined by "and" may say something else of the text ("... and leaves territory to the leaders").
    if (roleBetween(this.sentence, 'coordinators', subject.end, cue.start)) return undefined;
    // A stance word between already said what the text does with the issue ("a memorandum with its proposals for X").
    if (this.sentence.triggers.some((trigger) => trigger.start >= subject.end && trigger.end <= cue.start)) return undefined;
    if (!this.opensClause(subject)) return undefined;
    return { parties: subject.parties, strength: 2, courseFrom: subject.end };
  }

  /** «Чисельність ЗСУ документ обмежує 600 тисячами»: a text between a fronted object and its verb is the verb's subject. */
  private documentInsideCue(cue: CueHit): ImplicitHolder | undefined {
    const text = this.candidates.find((candidate) => candidate.kind === 'document' && candidate.parties && candidate.start > cue.start && candidate.end <= cue.core.end);
    return text?.parties ? { parties: text.parties, strength: 2, courseFrom: text.end } : undefined;
  }

  /**
   * "Kyiv handed the Russians a list of 339 children it says were deported", «передала росіянам
   * список депортованих дітей»: who hands over a list of what they want asks for it.
   */
  private handedList(cue: CueHit): ImplicitHolder | undefined {
    // The list may open the issue's words or stand inside them («передала росіянам список дітей»).
    const list = spansOf(this.sentence, 'requestLists').find(
      (span) => span.start < cue.end && (span.start >= cue.start || (cue.start - span.end <= LIST_REACH && !this.breakBetween(span.end, cue.start))),
    );
    if (!list) return undefined;
    const handover = spansOf(this.sentence, 'handovers').find((verb) => verb.end <= list.start && this.sameClause(verb.start, list.start));
    const subject = handover && this.candidateBefore(handover.start);
    const parties = subject && this.sameClause(subject.start, handover.start) ? this.resolve(subject) : undefined;
    return parties ? { parties, strength: 2 } : undefined;
  }

  /**
   * «Санкции останутся в силе …», — заявила Каллас: inside the quote that opens the sentence and
   * closes before its verb of saying. Ukrainian and Russian only: their future needs no modal,
   * which English quotes of a course have ("will remain").
   */
  private quoted(index: number): boolean {
    if (!this.sentence.tokens[index]?.cyrillic || !quoteOpensAt(this.sentence, 0)) return false;
    const close = this.sentence.tokens.findIndex((_, at) => at > 0 && closesQuote(this.sentence, at));
    return close > index;
  }

  /** Nothing but small words before it in its clause: no party, stance word or handover ("handed Kyiv a memorandum"). */
  private opensClause(subject: Candidate): boolean {
    for (let at = subject.start - 1; at >= 0 && this.sameClause(at, subject.start); at--) {
      if (this.candidates.some((candidate) => candidate.start <= at && at < candidate.end)) return false;
      if (hasRoleAt(this.sentence, 'handovers', at) || this.sentence.triggers.some((trigger) => trigger.start <= at && at < trigger.end)) return false;
    }
    return true;
  }

  /** «Російська мова ніколи не матиме статусу …»: the issue as the subject opening its clause, its verb negated. */
  private predicateNegated(cue: CueHit): boolean {
    if (!this.opensClauseAfterThat(cue.start)) return false;
    // «выборов до окончания войны не будет»: a phrase opened by a preposition, with no stance word or issue in it, may stand between.
    const between = (negator: Span): boolean => this.sentence.triggers.some((hit) => hit.start >= cue.end && hit.end <= negator.start) || this.reading.cues.some((other) => other.start >= cue.end && other.end <= negator.start);
    const reach = (negator: Span): number => (startsRole(this.sentence, 'prepositions', cue.end) && !between(negator) ? PREDICATE_REACH + PREDICATE_PHRASE_WORDS : PREDICATE_REACH);
    return spansOf(this.sentence, 'negators').some(
      (negator) =>
        negator.start >= cue.end &&
        negator.start - cue.end <= reach(negator) &&
        !this.cancels(negator) &&
        !this.breakBetween(cue.end, negator.start) &&
        !roleBetween(this.sentence, 'coordinators', cue.end, negator.end),
    );
  }

  /**
   * Whether a word opens its clause: the sentence, a new clause or punctuation right before it, or
   * "that" and at most two modifiers («…, що державного статусу російська мова не отримає»).
   */
  private opensClauseAfterThat(index: number): boolean {
    if (index === 0 || !this.sameClause(index - 1, index) || this.sentence.tokens[index]?.breakBefore) return true;
    for (let at = index; at >= Math.max(1, index - SUBJECT_MODIFIERS); at--) {
      if (startsRole(this.sentence, 'complementizers', at - 1)) return true;
      if (at < index && isContentWord(this.reading, at - 1)) return false;
    }
    return false;
  }

  private courseNegated(from: number, to: number): boolean {
    const disjunctions = spansOf(this.sentence, 'disjunctions');
    const coordinators = spansOf(this.sentence, 'coordinators').filter((span) => !disjunctions.some((or) => or.start === span.start));
    // A comma or "and" after the negation ends what it negates: "will not join NATO, Crimea will
    // stay with Russia"; "or" does not ("must not mobilise or move reinforcements").
    return spansOf(this.sentence, 'negators').some(
      (negator) =>
        negator.start >= from &&
        negator.end <= to &&
        !this.cancels(negator) &&
        (!this.breakBetween(negator.end, to) || this.orListBetween(negator.end, to) || this.participleBetween(negator.end, to)) &&
        !coordinators.some((coordinator) => coordinator.start >= negator.end && coordinator.end <= to),
    );
  }

  /**
   * «не обговорюватиме діяльності структур, підпорядкованих Московському патріархату»: the only
   * break between is the comma before a participle, whose phrase describes the negated object.
   */
  private participleBetween(from: number, to: number): boolean {
    const { tokens } = this.sentence;
    let breaks = 0;
    for (let at = from; at <= to; at++) {
      if (!tokens[at]?.breakBefore) continue;
      if (!commaBefore(this.sentence, at) || !(isSlavicParticiple(tokens[at]) || isPastParticiple(tokens[at]))) return false;
      breaks++;
    }
    return breaks === 1;
  }

  /** "must not mobilise, move troops to the front, or rearm": only the commas of a list that "or" closes stand between. */
  private orListBetween(from: number, to: number): boolean {
    if (this.commasBetween(from, to) < 0) return false;
    return spansOf(this.sentence, 'disjunctions').some((or) => or.start >= from && this.sameClause(or.start, to));
  }

  /** A comma, colon or dash between two words, other than the commas of a list of regions or a break `allowed` lets through. */
  private breakBetween(from: number, to: number, allowed?: (at: number) => boolean): boolean {
    for (let at = from; at <= to; at++) if (this.sentence.tokens[at]?.breakBefore && !isListComma(this.sentence, at) && !allowed?.(at)) return true;
    return false;
  }

  /**
   * «Речь идет о …», «Было подчёркнуто, что …», «пропонується …»: Ukrainian and Russian state a
   * demand without a subject, going on with the person who spoke last. (An English verb always has
   * a subject, and one that names no party is not the last speaker: "Opinion polls suggest …".)
   */
  private impersonalDemand(hit: TriggerHit): boolean {
    return isDemandHit(hit) && this.sentence.tokens[hit.start]?.cyrillic === true && !isNounUse(this.sentence, hit);
  }

  /** A stance word with no subject: the speaker's, or the document's ("The second option envisages X"). */
  private fallbackHolder(hit: TriggerHit): string[] | undefined {
    if (this.thirdPartyActs(hit)) return undefined;
    const documentVoice = isDemandHit(hit) || modalInClause(this.sentence, hit.start);
    const stated = this.reading.speaker ?? this.reading.documents.cited;
    if (stated || !documentVoice) return stated;
    return this.memory.documents.latest ?? (this.impersonalDemand(hit) ? this.memory.lastPerson : undefined);
  }

  private conditionFindings(cue: CueHit, condition: ConditionSpan): readonly Finding[] {
    // "if a ceasefire is achieved" states a circumstance; "if Ukraine withdraws", "in exchange
    // for guarantees" state what the main clause's holder asks for.
    const hasActor = this.candidates.some((candidate) => candidate.start >= condition.start && candidate.end <= cue.start);
    // The cue as the condition's subject is a circumstance ("if a ceasefire is achieved"); as its
    // object, something asked for ("if the West provides security guarantees").
    let first = condition.markerEnd;
    while (isDeterminer(this.sentence, first)) first++;
    const asSubject = cue.start - first <= CONDITION_SUBJECT_REACH;
    if (!condition.demanded && !hasActor && asSubject) return NO_FINDINGS;
    const holder = this.mainHolder(condition);
    if (!holder || this.ownDeedSupposed(condition, cue)) return NO_FINDINGS;
    // Stance words of the condition still count: "without guarantees that arms deliveries would
    // stop", "if the West halts arms supplies" (but not those of a second condition joined to it).
    // The marker's own words («при условии») are no stance of the condition's.
    const within = (state: TriggerState): boolean => state.hit.start >= condition.markerEnd && state.hit.end <= condition.end;
    const judgement = this.backward.find((state) => within(state) && !state.relative && state.hit.start >= cue.end);
    const inside = [...this.chainFor(cue.core.start).filter(within), ...(judgement ? [judgement] : [])];
    // "only if Ukraine does not use the pause to move troops": the condition's own verb negated before the issue.
    const negated = this.negationBefore(cue.core.start) < 0 || (inside.length === 0 && this.courseNegated(condition.markerEnd, cue.core.start));
    const polarity = inside.reduce((value, state) => value * state.polarity, cue.polarity * (negated ? -1 : 1));
    // "threatened Russia with sanctions if it does not agree to a ceasefire": a threat's condition is
    // what the threatener does not want; so is what would make something impossible or meaningless
    // ("a truce would be impossible if Ukraine continued mobilisation").
    const threat = spansOf(this.sentence, 'threats').some((span) => span.end <= condition.start && this.sameClause(span.start, condition.start));
    const plainIf = PLAIN_IF.has(this.sentence.tokens[condition.start]?.norm ?? '');
    const ruinedBy = plainIf && this.backward.some((state) => state.polarity < 0 && state.status === 'ok' && state.hit.end <= condition.start && condition.start - state.hit.end <= RUINING_GAP);
    return this.acceptable([this.finding(holder, cue, threat || ruinedBy ? -polarity : polarity, 2, false)], cue);
  }

  /**
   * '"If we withdraw from Donbas today, it will be a springboard"': what the speakers suppose they
   * do themselves they do not ask for; what they would receive they may ("if we get guarantees").
   */
  private ownDeedSupposed(condition: ConditionSpan, cue: CueHit): boolean {
    const firstPerson = this.candidates.some((candidate) => candidate.kind === 'first-person' && candidate.start >= condition.markerEnd && candidate.end <= cue.start);
    return firstPerson && !condition.demanded && !roleBetween(this.sentence, 'beneficiaries', condition.markerEnd, cue.core.start);
  }

  /**
   * Whose terms a condition states: the holder of the stance word before it, else the first name
   * before it ("the US will not lift sanctions until Moscow agrees …, signaling …"), and only then
   * the stance word or name after it ("If Kyiv stops mobilising, Russia will agree").
   */
  private mainHolder(condition: ConditionSpan): string[] | undefined {
    const before = [...this.forward].reverse().find((state) => state.holder && state.hit.end <= condition.start);
    if (before?.holder) return before.holder;
    const subject = this.candidates.find((candidate) => candidate.end <= condition.start);
    const named = subject && this.resolve(subject);
    if (named) return named;
    // Not past a clause of its own: in '"… until Russia agrees to a ceasefire," Kallas said, adding that
    // the bloc was working on new sanctions' the speaker's terms are stated, not the bloc's.
    const after = this.forward.find((state) => state.holder && state.hit.start >= condition.end && this.sameClause(state.hit.start, condition.start));
    if (after?.holder) return after.holder;
    const later = this.candidates.find((candidate) => candidate.start >= condition.end && this.sameClause(candidate.start, condition.start));
    return (later && this.resolve(later)) ?? this.reading.speaker ?? this.reading.documents.cited;
  }

  private candidateBefore(index: number): Candidate | undefined {
    return candidateBefore(this.sentence, this.candidates, index);
  }

  private resolve(candidate: Candidate): string[] | undefined {
    if (candidate.parties) return candidate.parties;
    const speaker = this.reading.speaker;
    if (candidate.kind === 'first-person') return speaker ?? this.memory.lastHolder;
    // "Putin rejected Trump's proposal but said he...": "he" is the subject before, not an owner.
    const earlier = [...this.forward].reverse().find((state) => state.holder && !state.owned && state.hit.end <= candidate.start);
    const named = [...this.candidates].reverse().find((other) => other.parties && other.end <= candidate.start);
    const title = hasRoleAt(this.sentence, 'speakerTitles', candidate.start) !== undefined;
    const personal = hasRoleAt(this.sentence, 'personalPronouns', candidate.start) !== undefined;
    const person = title || personal ? (this.memory.lastPerson ?? this.memory.lastSpeaker) : undefined;
    // "Trump said Washington would help Europe provide guarantees, though he ruled out …": "he" is a person acting before, not a country.
    const actingPerson = personal ? [...this.reading.mentions].reverse().find((mention) => mention.person && mention.role === 'actor' && mention.end <= candidate.start) : undefined;
    return this.sayerBefore(candidate) ?? actingPerson?.parties ?? earlier?.holder ?? named?.parties ?? this.otherSideInQuote(candidate) ?? speaker ?? person ?? this.memory.lastHolder;
  }

  /**
   * '"They want us to leave our own land," Zelensky said': in a quote opening the sentence, "they"
   * is not the speaker but the party held last, or before it, that is not the speaker's.
   */
  private otherSideInQuote(pronoun: Candidate): string[] | undefined {
    const speaker = this.reading.speaker;
    if (!speaker || pronoun.kind !== 'pronoun' || !quoteOpensAt(this.sentence, 0)) return undefined;
    if (hasRoleAt(this.sentence, 'personalPronouns', pronoun.start) || hasRoleAt(this.sentence, 'textPronouns', pronoun.start)) return undefined;
    const other = (parties: string[] | undefined): boolean => parties !== undefined && !parties.some((party) => speaker.includes(party));
    return [this.memory.lastHolder, this.memory.otherHolder].find(other);
  }

  /** "…, but Ukraine said it still wanted …": a pronoun right after a verb of saying is its subject, named just before it. */
  private sayerBefore(pronoun: Span): string[] | undefined {
    const thatBefore = hasRoleAt(this.sentence, 'complementizers', pronoun.start - 1);
    const verbEnd = thatBefore ? thatBefore.start : pronoun.start;
    const verb = spansOf(this.sentence, 'reporting').find((span) => span.end === verbEnd);
    if (!verb || this.sentence.tokens[verbEnd]?.breakBefore) return undefined;
    // "Zelensky, who met Trump on Friday, (has repeatedly) said he …": past an aside, the speaker the
    // sentence names, not the name that ends the aside ("who met Erdogan, said he"); in «, написал
    // он,» the pronoun after the verb is its own subject.
    const english = !this.sentence.tokens[verb.start]?.cyrillic;
    if (english && this.sentence.tokens[verb.start]?.before.includes(',')) return this.reading.speaker;
    const sayer = this.candidates.find((other) => other.kind === 'party' && other.end === verb.start)?.parties;
    return sayer ?? (english ? this.reading.speaker : undefined);
  }

  // ---- words around ---------------------------------------------------------------------------

  /** -1 when a negation not yet used by a verb stands just before the word ("no foreign troops"). */
  private negationBefore(index: number): 1 | -1 {
    const near = roleBefore(this.sentence, 'negators', index) ?? this.modalNegated(index) ?? roleBefore(this.sentence, 'retractors', index) ?? this.contrastBefore(index);
    // «не накладывать никаких ограничений»: the word of negative concord stands for the «не» it repeats.
    const negator = near && this.repeatsNegation(near) ? this.repeatedNegator(near) : near;
    if (!negator || this.repeatsNegation(negator) || this.cancels(negator)) return 1;
    // Cues on the same words share it ("will not recognise the occupation of Crimea" negates both readings).
    const spent = this.usedNegations.get(negator.start);
    if (spent !== undefined && spent !== index) return 1;
    this.usedNegations.set(negator.start, index);
    return -1;
  }

  /**
   * "would not be required to recognise Crimea", "Nor would anyone be obliged to recognise …": the
   * negation of the modal right before the issue's words reaches past it and its "be".
   */
  private modalNegated(index: number): Span | undefined {
    const modal = spansOf(this.sentence, 'deontic').find((span) => span.end === index);
    if (!modal) return undefined;
    const be = hasRoleAt(this.sentence, 'passiveAuxiliaries', modal.start - 1);
    return roleBefore(this.sentence, 'negators', be?.start ?? modal.start);
  }

  /**
   * "stop mobilisation and the rearmament of its army": an issue whose wording opens with a verb
   * that ends it ("stop mobilisation") lends that verb to the issues listed after it that have no
   * verb or negation of their own ("stop mobilising and refrain from redeploying" has).
   */
  private sharedVerb(cue: CueHit): 1 | -1 {
    const head = this.reading.cues.find((other) => other.end <= cue.start && this.startsEndingVerb(other) && this.listEnd(other) >= cue.end);
    if (!head) return 1;
    // "limits on its army or recognise occupied land": an alternative is a course of its own.
    // «наполягає на обмеженні армії та на скасуванні санкцій»: a preposition after the "and" opens a second object of the verb before.
    const secondObject = this.andOpens('prepositions', head.end, cue.core.end);
    const own = secondObject || this.sentence.triggers.some((hit) => hit.start >= head.end && hit.start < cue.core.end) || (['negators', 'disjunctions'] as const).some((role) => roleBetween(this.sentence, role, head.end, cue.core.start));
    return own || !this.opensNounPhrase(head.end, cue) ? 1 : -1;
  }

  /**
   * "… and the rearmament", «… і переозброєння»: after the "and", an English noun phrase opens
   * with its article ("give up Donetsk and cap its army" lists a verb); Ukrainian and Russian
   * list bare nouns, and an infinitive is a verb of its own («відмовитися від НАТО та скоротити армію»).
   */
  private opensNounPhrase(from: number, cue: CueHit): boolean {
    const first = this.sentence.tokens[cue.core.start];
    if (first?.cyrillic) return !isInfinitive(first);
    return this.andOpens('determiners', from, cue.core.end);
  }

  /** Whether an "and" between two words is followed by a word of the role ("and the", "та на"); `afterComma`: only one after a comma (", а також на"). */
  private andOpens(role: WordRole, from: number, to: number, afterComma = false): boolean {
    return spansOf(this.sentence, 'coordinators').some(
      (and) => and.start >= from && and.end < to && (!afterComma || commaBefore(this.sentence, and.start)) && startsRole(this.sentence, role, and.end),
    );
  }

  /** "stop mobilisation", not "Kyiv's renunciation of NATO membership": a noun after a possessive lists issues of its own. */
  private startsEndingVerb(cue: CueHit): boolean {
    const { tokens } = this.sentence;
    return this.sentence.triggers.some((hit) => hit.start === cue.core.start && hit.polarity < 0 && !isNounUse(this.sentence, hit) && !tokens[hit.start - 1]?.possessive);
  }

  /**
   * "wants guarantees that Ukraine will not use the pause to mobilise": under a stance word, a
   * clause of its own whose verb, no stance word itself, is negated says the issue will not happen.
   */
  private subordinateNegation(cue: CueHit, chain: readonly TriggerState[]): 1 | -1 {
    const governing = chain[0];
    if (!governing) return 1;
    const complement = spansOf(this.sentence, 'complementizers').find((span) => span.start >= governing.hit.end && span.end <= cue.core.start);
    if (!complement) return 1;
    const negator = spansOf(this.sentence, 'negators').find((span) => span.start >= complement.end && span.end <= cue.core.start);
    if (!negator || this.cancels(negator) || this.repeatsNegation(negator)) return 1;
    // "… not use the pause for mobilisation and redeployment": the list after the first item shares its negation.
    const first = this.subordinateNegated.get(negator.start);
    if (first) return this.listEnd(first) >= cue.end ? -1 : 1;
    if (this.usedNegations.has(negator.start)) return 1;
    if (this.sentence.triggers.some((trigger) => trigger.start >= negator.start && trigger.end <= cue.core.start)) return 1;
    if (this.breakBetween(negator.end, cue.core.start) || roleBetween(this.sentence, 'coordinators', negator.end, cue.core.start)) return 1;
    this.usedNegations.set(negator.start, cue.core.start);
    this.subordinateNegated.set(negator.start, cue);
    return -1;
  }

  /**
   * "sanctions against Moscow will not be eased", «санкції не буде послаблено»: a negation in the
   * gap of the issue's own words, before its last word, negates it.
   */
  private negationInside(cue: CueHit): 1 | -1 {
    const negator = this.negatorInWording(cue);
    if (!negator || this.usedNegations.has(negator.start) || this.repeatsNegation(negator) || this.cancels(negator)) return 1;
    this.usedNegations.set(negator.start, cue.core.start);
    return -1;
  }

  /** A negation inside a match of the issue's wording, not in a reversal joined to it ("deliveries must not be halted" reads its own). */
  private negatorInWording(cue: CueHit): Span | undefined {
    const inWording = (span: Span): boolean => this.sentence.found.cue.some((match) => match.value.issue === cue.issue && match.start < span.start && span.end < match.end);
    return spansOf(this.sentence, 'negators').find((span) => span.start > cue.core.start && span.end < cue.core.end && inWording(span));
  }

  /**
   * The "to" of "prefers a treaty to a ceasefire" before the word; the preferred one lies inside
   * the phrase, and "prefers to agree" sets nothing against.
   */
  private contrastBefore(index: number): Span | undefined {
    const preference = roleBefore(this.sentence, 'preferences', index);
    const comparesTwo = preference !== undefined && preference.end - preference.start > 2 && preference.end <= index;
    if (comparesTwo) return { start: preference.end - 1, end: preference.end };
    // «…, а не к соглашению о прекращении огня»: past the noun the contrast opens, with no stance word or other issue between.
    const contrast = spansOf(this.sentence, 'contrasts').find((span) => span.end <= index && index - span.end <= CONTRAST_REACH);
    const between = (span: Span): boolean => contrast !== undefined && span.start >= contrast.end && span.start < index;
    if (!contrast || this.sentence.triggers.some(between) || this.reading.cues.some(between)) return undefined;
    // «но не к тому, чтобы уходить из Донбасса»: the contrast may name its object in a clause of its own.
    return this.breakBetween(contrast.end, index, (at) => startsRole(this.sentence, 'complementizers', at)) ? undefined : contrast;
  }

  /**
   * "не погодиться на жодні обмеження", "не хочет ни перемирия": a negative-concord word after
   * another negation of its clause repeats that negation, which has already been counted.
   */
  /**
   * «ни … не», «жодне … не може бути»: a word of negative concord repeats a negation before it,
   * or the one a stance word after it carries in its own wording (`after`, or any judgement).
   */
  private repeatsNegation(negator: Span | undefined, after?: TriggerHit): boolean {
    if (!negator || !hasRoleAt(this.sentence, 'negativeConcord', negator.start)) return false;
    const negators = spansOf(this.sentence, 'negators');
    if (negators.some((other) => other.end <= negator.start && this.sameClause(other.start, negator.start))) return true;
    // «ніякі … не допустимі», and «никакие … неприемлемы», the «не» a prefix of a refusal's own word.
    const negatedWord = (hit: TriggerHit): boolean => hit.polarity < 0 && NEGATIVE_PREFIX.test(this.sentence.tokens[hit.start]?.norm ?? '');
    // «Никакого смягчения санкций мы не поддерживаем»: a verb after the fronted issue, negated right before it, too.
    const negative = (hit: TriggerHit): boolean =>
      hit.start > negator.end &&
      this.sameClause(hit.start, negator.start) &&
      (negators.some((other) => overlaps(other, hit) || (other.end === hit.start && other.start > negator.end)) || negatedWord(hit));
    return (after !== undefined && negative(after)) || this.backward.some((state) => negative(state.hit)) || this.forward.some((state) => negative(state.hit));
  }

  /** The negation a word of negative concord repeats («не» in «не накладывать никаких»), with no stance word between. */
  private repeatedNegator(concord: Span): Span | undefined {
    const original = spansOf(this.sentence, 'negators')
      .filter((other) => other.end <= concord.start && this.sameClause(other.start, concord.start))
      .at(-1);
    if (!original || this.sentence.triggers.some((trigger) => trigger.start >= original.end && trigger.end <= concord.start)) return undefined;
    return original;
  }

  /** A negation that negates nothing: cancelled by another, or the «не» of «пока … не» ("until"). */
  private cancels(negator: Span | undefined): boolean {
    return negator !== undefined && (this.cancelled.has(negator.start) || this.afterUntil(negator));
  }

  private afterUntil(negator: Span): boolean {
    const condition = this.conditionAt(negator.start);
    if (!condition || !startsRole(this.sentence, 'untilWords', condition.start)) return false;
    return !spansOf(this.sentence, 'negators').some((other) => other.start >= condition.markerEnd && other.start < negator.start);
  }

  /** "не откажется от требования", "would not accept a ban on X": a negation its verb has taken does not negate the stance word after it. */
  private spentOnTrigger(negator: Span | undefined): boolean {
    return negator !== undefined && this.usedNegations.get(negator.start) === 'trigger';
  }

  private use(span: Span | undefined): void {
    if (span) this.usedNegations.set(span.start, 'trigger');
  }

  /**
   * «отмены закона, фактически запрещающего УПЦ, и придания русскому языку статуса»: a participle
   * in a phrase set off by commas after a noun governs that phrase only, not what follows the
   * comma that closes it; nor does a verb in a relative clause past a comma, a coordinator and a
   * preposition after it, nor a stance word between dashes.
   */
  private closedAside(state: TriggerState, index: number): boolean {
    if (this.inDashAside(state, index)) return true;
    const opening = stretchStart(this.sentence, state.hit.start);
    if (opening === 0 || !commaBefore(this.sentence, opening) || !this.forward.some((other) => other.hit.end <= opening)) return false;
    // «на скасуванні закону, яким заборонено …, а також на наданні …»: a relative clause ends at a
    // comma and a coordinator before a preposition, which takes up the verb outside it (a noun
    // there may still be the relative verb's object: "a proposal, which included X, as well as Y").
    if (startsRole(this.sentence, 'relatives', opening) && this.andOpens('prepositions', state.hit.end, index, true)) return true;
    if (!isSlavicParticiple(this.sentence.tokens[state.hit.start])) return false;
    const close = stretchEnd(this.sentence, state.hit.end);
    return close <= index && commaBefore(this.sentence, close);
  }

  /** «X — проти 600 тисяч в американському плані, — а також Y»: a stance word between dashes governs nothing after them. */
  private inDashAside(state: TriggerState, index: number): boolean {
    const { tokens } = this.sentence;
    const opening = stretchStart(this.sentence, state.hit.start);
    if (opening === 0 || !DASH.test(tokens[opening]?.before ?? '')) return false;
    const close = stretchEnd(this.sentence, state.hit.end);
    return close <= index && DASH.test(tokens[close]?.before ?? '');
  }

  /**
   * A stance word inside a condition governs the condition only: in «Якщо Київ готовий, ми
   * припинимо вогонь» Kyiv's readiness is not the ceasefire's, and in "only after the war ends,
   * rejecting pressure to …" the end of the war does not govern the refusal.
   */
  private governsFrom(state: TriggerState, index: number): boolean {
    const own = this.conditionAt(state.hit.start);
    return own === undefined || own === this.conditionAt(index);
  }

  /** Whether the word at `index` stands inside a condition ("if …", «якщо …»). */
  inCondition(index: number): boolean {
    return this.conditionAt(index) !== undefined;
  }

  private conditionAt(index: number): ConditionSpan | undefined {
    return this.conditions.find((span) => span.start <= index && index < span.end);
  }

  private sameClause(a: number, b: number): boolean {
    return sameClause(this.sentence, a, b);
  }
}

/** Whether what was put forward names more than one issue: a text of several terms. */
function severalIssues(proposals: readonly Proposal[]): boolean {
  return proposals.some((proposal) => proposal.issue !== proposals[0]?.issue);
}

/** A copy of a state under another holder and governor, field by field: one object shape for every state, which a spread would not keep. */
function withHolder(state: TriggerState, holder: string[] | undefined, governor: TriggerState | undefined): TriggerState {
  return { hit: state.hit, polarity: state.polarity, status: state.status, holder, owned: state.owned, ownDemand: state.ownDemand, governor, relative: state.relative };
}

/** Records the holder of the last position, keeping the one before when it was another party. */
export function recordHolder(memory: ItemMemory, parties: string[]): void {
  const previous = memory.lastHolder;
  if (previous && !parties.some((party) => previous.includes(party))) memory.otherHolder = previous;
  memory.lastHolder = parties;
}

/**
 * The stance each issue of a sentence was put forward with: support where any party supports
 * it ("rejected calls for X, proposing instead Y" proposes the issue), else the opposite
 * ("demands ... Kyiv's renunciation of NATO").
 */
function proposalsOf(findings: readonly Finding[], sentence: Sentence): Proposal[] {
  const byIssue = new Map<number, Proposal>();
  for (const finding of findings) {
    if (finding.retracted || byIssue.get(finding.cue.issue)?.polarity === 1) continue;
    byIssue.set(finding.cue.issue, { issue: finding.cue.issue, regions: finding.cue.regions, polarity: finding.proposed ?? (finding.stance === 'support' ? 1 : -1), parties: finding.parties, words: wordsOf(sentence, finding.cue) });
  }
  return [...byIssue.values()];
}

/** The written words of a span, normalised. */
function wordsOf(sentence: Sentence, span: Span): string[] {
  return sentence.tokens.slice(span.start, span.end).map((token) => token.norm);
}

/** The issue an earlier sentence put forward, as a cue at the words that point back to it or answer it. */
function proposedAt(span: Span, proposal: Proposal): CueHit {
  // Field by field, as `findCues` builds its hits: one shape for every cue.
  return { start: span.start, end: span.end, issue: proposal.issue, polarity: proposal.polarity, core: { start: span.start, end: span.end }, regions: proposal.regions, missingParties: [], agreedBy: undefined };
}

/** The same parties, in any order. */
function sameParties(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((party) => b.includes(party));
}

/** A holder joined by the party of a mention, if any. */
function withParties(holder: readonly string[], partner: Mention | undefined): string[] {
  return partner ? [...new Set([...holder, ...partner.parties])] : [...holder];
}

/** How many words ("and with", «і з») may join one party agreed with to the next. */
const LISTED_PARTNER_GAP = 2;

/** How many words (a name, a title) may stand between "together with" and the verb it joins. */
const COMPANION_REACH = 4;

/** How many words (an article, an adjective: "according to the US plan") may stand between a citation and its text. */
const CITED_TEXT_GAP = 2;

/** How many words (the agent, an adjective: "США 30-денне") may stand between a participle and the issue it describes. */
const PARTICIPLE_REACH = 4;

/** Whether a stance word, a party or an issue's word stands in [from, to). */
function isContentWordBetween(reading: SentenceReading, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isContentWord(reading, at)) return true;
  return false;
}

/** A trigger state whose word is a demand (see `isDemandHit`). */
function isDemand(state: TriggerState | undefined): state is TriggerState {
  return state !== undefined && isDemandHit(state.hit);
}

/**
 * «среди условий — ограничение X, запрет на Y, амнистия и отказ Киева от Z»: a stance noun listed
 * after another item of the list a demand noun opens is one more item, governed by the demand.
 */
function demandListGovernor(sentence: Sentence, previous: TriggerState, hit: TriggerHit): TriggerState | undefined {
  if (previous.governor) return isDemand(previous.governor) ? previous.governor : undefined;
  return isDemand(previous) && isNounUse(sentence, previous.hit) && isNounUse(sentence, hit) ? previous : undefined;
}


/** Whether a stance word governs the pointing word: right before or after it, or around it. */
function takesAsObject(sentence: Sentence, hit: TriggerHit, anaphor: Span): boolean {
  if (hit.start < anaphor.start && hit.end > anaphor.end) return true;
  if (overlaps(hit, anaphor)) return false;
  // Past a comma the words are another clause's («погодилося на пропозицію, назвали такі умови …»).
  if (hit.end <= anaphor.start) return anaphor.start - hit.end <= ANAPHOR_REACH && !crossesBreak(sentence, hit.end - 1, anaphor.start);
  // An English verb takes its object after it ("calling it criminal and promising a response" promises nothing of it);
  // Ukrainian and Russian may put it first («цю вимогу відкинули»), and a judgement follows what it judges.
  return (hit.direction === 'backward' || sentence.tokens[anaphor.start]?.cyrillic === true) && hit.start - anaphor.end <= ANAPHOR_REACH;
}
