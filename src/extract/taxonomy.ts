import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-files.js';
import type { Stance } from './position.js';
import { validateTaxonomy } from './validate.js';

/**
 * Patterns by language code ("en", "uk", "ru", ...). The pattern syntax is documented in
 * `phrases.ts`; languages are only a way to keep the file readable, every pattern is matched
 * against every text.
 */
export type Phrases = Record<string, string[]>;

export interface TaxonomyParty {
  /** Public id, used in snapshots and output: "russia". */
  id: string;
  name: string;
  /** Names of the party itself that can stand as a subject: "Russia", "Moscow", "the Kremlin", "Росі{я,ї}". */
  aliases: Phrases;
  /** Its people, who speak and act for it: "Putin", "Peskov"; "he" and "she" point back to the last one named. */
  people?: Phrases;
  /** Adjectives that name the party only before a holder noun: "the Russian delegation", "US plan". */
  adjectives?: Phrases;
}

/** A name for several parties at once: "both sides", "the two delegations". */
export interface TaxonomyGroup {
  id: string;
  parties: string[];
  aliases: Phrases;
}

export interface TaxonomyRegion {
  /** Normalised oblast id kept in `detail.regions`: "donetsk". */
  id: string;
  names: Phrases;
  /** For a name of several oblasts ("Donbas"): the oblast ids it stands for. */
  covers?: string[];
}

export type DetailKind = 'regions' | 'numbers' | 'durations';

/** An issue found where an anchor word stands near a target ("withdraw ... from Donetsk"). */
export interface IssuePair {
  anchors: Phrases;
  /** Words the anchor must be near. */
  targets?: Phrases;
  /** Or: region ids the anchor must be near; the regions found become the detail. */
  regions?: string[];
  /**
   * Or: people who must all be named near the anchor, by party; the party holding the position
   * counts as named ("Zelensky is ready to meet Putin").
   */
  parties?: Record<string, Phrases>;
  /** The pair says the opposite of the proposition. */
  opposite?: boolean;
  /** How many words may stand between anchor and target (default 6). */
  window?: number;
}

export interface IssueQualifier {
  /** The normalised qualifier kept in `detail.qualifiers`: "all-for-all". */
  label: string;
  patterns: Phrases;
}

export interface TaxonomyIssue {
  /** Public id: "security.nato-membership". */
  id: string;
  /** What `support` means: "Ukraine may join NATO". */
  proposition: string;
  /** Phrases that name the proposition. */
  cues?: Phrases;
  /** Phrases that name its opposite ("neutral status" for NATO membership). */
  opposites?: Phrases;
  /**
   * Verbs whose subject takes a stance on the issue by doing them to its wording right after:
   * "the EU adopted its 19th package of sanctions" opposes relief. Elsewhere ("adopted a
   * resolution stating that …") they state nothing.
   */
  acts?: Phrases;
  pairs?: IssuePair[];
  /** Phrases that, next to a cue, show it is about something else ("Russian troops" withdrawing). */
  blockers?: Phrases;
  /**
   * Words that name the issue once the item has named it ("guarantees" after "security
   * guarantees", "lift the restrictions" after sanctions relief): on their own they could be
   * about anything.
   */
  echoes?: Phrases;
  qualifiers?: IssueQualifier[];
  /** Which detail is worth keeping for this issue (conditions are always kept). */
  details?: DetailKind[];
  /** Whom an agreement on it binds when the text names no one ("an agreement on an exchange of 314 prisoners"). */
  agreedBy?: string[];
}

/**
 * Words that carry a stance. `forward` ones govern what follows them ("Moscow demanded X");
 * `backward` ones what precedes them in their clause ("X is unacceptable, Kyiv said").
 */
export interface TriggerSet {
  stance: Stance;
  direction: 'forward' | 'backward';
  /**
   * What a negation makes of it: `flip` ("will not accept" opposes, "has no objection" supports)
   * or `drop` ("does not demand" states no stance at all).
   */
  whenNegated: 'flip' | 'drop';
  /**
   * The phrases are nouns ("вимога", "предложение"): in Ukrainian and Russian a party named
   * right after them owns them ("вимога Росії"), where after a verb it is its object.
   */
  noun?: boolean;
  /**
   * The phrases hold what they judge where it stands ("not up for negotiation", «не предмет
   * торгу»): the holder's own proposal is insisted on, another party's is refused.
   */
  firm?: boolean;
  phrases: Phrases;
}

/** The words the engine reads sentences with, by the role they play. */
export interface Lexicon {
  triggers: TriggerSet[];
  negators: Phrases;
  /**
   * Negative-concord words ("жодних", "никаких", "ни"): after a negated verb of their clause they
   * repeat its negation ("не погодиться на жодні обмеження") rather than cancel it.
   */
  negativeConcord: Phrases;
  /**
   * Nouns that, set off by a comma after an issue, open a clause judging it: "…, an idea
   * Zelensky has refused to entertain", "…, provisions that Kyiv welcomed".
   */
  appositives: Phrases;
  /**
   * Verbs whose subject is given something ("Ukraine would receive guarantees", "Russia would get
   * sanctions relief"): the subject is not who asks for it.
   */
  beneficiaries: Phrases;
  /** "для Москвы неприемлемо", "unacceptable for Moscow": the preposition naming whom a judgement is for. */
  judgedFor: Phrases;
  /** "whether", «ли»: a clause it opens asks, and states no stance. */
  indirectQuestions: Phrases;
  /**
   * "сторони", "стороны": the sides of the talks, but also "of the side" ("української сторони");
   * read as the parties only as the subject of a verb that follows.
   */
  ambiguousSides: Phrases;
  /** "no longer": negating a demand with it is the demand given up. */
  retractors: Phrases;
  /**
   * Words after an issue that turn it into its opposite: "arms supplies … be cut off", "a
   * redeployment ban", "санкции будут сняты". Before the issue, the same meaning is a stance word.
   */
  reversals: Phrases;
  /**
   * English verbs that open an action of their own in a list ("abandon its NATO bid and hold
   * elections"): the stance word before them does not govern what follows. Ukrainian and Russian
   * mark such verbs as infinitives.
   */
  predicates: Phrases;
  /** "failed to": the trigger after it states no stance. */
  voiders: Phrases;
  /** "sidestepped", "did not comment on": the party took no stance on what follows. */
  evasions: Phrases;
  /** Verbs whose object is who was spoken to ("told European allies that ..."), not who spoke. */
  addressees: Phrases;
  /** Nouns after a party adjective or possessive that make it an actor: delegation, side, officials. */
  holderNouns: Phrases;
  /** Words joining staff to the person they serve: "a spokesman for", "an aide to". */
  staffLinks: Phrases;
  /** Officials placed in a capital that speaks for them: "officials in Kyiv", «джерела в Москві». */
  postedOfficials: Phrases;
  /** Documents that speak for their author: memorandum, draft, document. */
  documents: Phrases;
  /** Verbs by which a party authors the document they name: handed, presented, submitted. */
  handovers: Phrases;
  /** "Until" whose «не» is no negation: «пока Россия не прекратит огонь» is until it ceases fire. */
  untilWords: Phrases;
  /** Phrases of manner that look like conditions: "accept without delay" sets no condition. */
  mannerPhrases: Phrases;
  /** Verbs that judge their object by the words after it: "considers X unacceptable", «вважає X неприйнятним». */
  judgingVerbs: Phrases;
  /** Words that open a noun for any instance of it: "would not sign any deal that …", «жодної угоди, яка …». */
  indefinites: Phrases;
  /** Auxiliaries of the passive: "the text was presented to Kyiv" names no author before it. */
  passiveAuxiliaries: Phrases;
  /** Words that make a text two parties' own: "a joint statement with X", "the framework agreed with X". */
  jointWords: Phrases;
  /** The preposition that names a joint text's co-author: "with", "з", "с". */
  coAuthorLinks: Phrases;
  /** States and people outside the taxonomy who comment on the talks: what they say of a party's course is not that party's position. */
  thirdParties: Phrases;
  /** "these demands", «ці вимоги», «эти требования»: pointing back to several things put forward. */
  pluralAnaphors: Phrases;
  /** "Second", «Другий», «Второй»: opening a sentence, the next option of the text named before. */
  ordinals: Phrases;
  /** "put forward", «висуває», «выдвигает»: who makes the demands a relative clause hangs on. */
  putForward: Phrases;
  /** "talks with", «переговори з», «встреча с»: the party after it is the other side of the talks ("talks between": both sides). */
  talksWith: Phrases;
  /** "together with", «разом із», «вместе с»: the party after it acts with the subject. */
  companions: Phrases;
  /** "to end the war", «завершити війну»: the aim of all talks, no stance on an issue. */
  warEnds: Phrases;
  /** "the agreed framework", «согласованный в Женеве текст»: a text both sides of the talks wrote. */
  agreedTexts: Phrases;
  /** "talks ended with an agreement", "broke up without a deal": how talks ended, no stance word. */
  outcomes: Phrases;
  /** "including as peacekeepers", «в том числе под видом»: an inclusion that says how, not which item; no stance word. */
  mannerInclusions: Phrases;
  /** "or", «або», «или»: a negation before the first of verbs joined so negates each. */
  disjunctions: Phrases;
  /** Verbs that take a means and a purpose: "use the truce to rearm", «використати перемир'я для …». */
  meansVerbs: Phrases;
  /** "had not": a negated past perfect before an issue tells what had not happened, no one's course ("Ukraine had not held an election"). */
  pastFacts: Phrases;
  /** "discuss", «обговорювати»: refusing even to discuss something, reported by another party, is its complaint. */
  discussing: Phrases;
  /** Words of agreeing with someone ("agreed", «домовилися», "struck a deal"): the party agreed with holds it too. */
  agreements: Phrases;
  /** "The signatories also pledged …": those who signed the text named last. */
  signatories: Phrases;
  /** Threats: what a threat is made on condition of not doing, the threatener wants done ("threatened sanctions if Putin refused a truce"). */
  threats: Phrases;
  /**
   * Relatives that compare with what a party asks ("as Russia demands"): English puts the verb
   * last, so one with an object of its own after it is a clause of time instead.
   */
  comparativeRelatives: Phrases;
  /**
   * Words that open a clause of time when a party and its stance verb follow: "adopted sanctions
   * after Moscow rejected the truce", «після того, як Москва відкинула». What that party did is
   * its own, not under the verb before.
   */
  timeLinks: Phrases;
  /** Relative pronouns that are the subject of their clause: "who", «які», «которые». */
  subjectRelatives: Phrases;
  /** Lists one hands over to ask for what they name: "a list of 339 children", «список депортованих дітей». */
  requestLists: Phrases;
  /** First names of the parties' people: "with Vladimir Putin", «з Дональдом Трампом» start their phrase at the first name. */
  givenNames: Phrases;
  /** "За його словами", «по ее словам», "in his words": citing the person named last. */
  personCitations: Phrases;
  /** Texts written against another party's text: a counter-proposal is never the last text's author's. */
  counterTexts: Phrases;
  /** Words that set one figure against another's: "800,000 rather than the 600,000 in the US plan", «вместо». */
  comparisons: Phrases;
  /** Pronouns that stand for a text more often than for a party: "it". */
  textPronouns: Phrases;
  /** Holder nouns for someone else than the party that owns them: "Kyiv's allies", «союзники Києва». */
  partnerNouns: Phrases;
  /** The conditional a summary of a document goes on in: "Under the draft, Kyiv would ...". */
  summaryModals: Phrases;
  /**
   * Ukrainian and Russian names in the genitive («України», «России»): right after an issue's
   * words they name whose the issue is («статус України»), not who acts.
   */
  genitiveNames: Phrases;
  /** Verbs and phrases that introduce reported speech: said, told, according to. */
  reporting: Phrases;
  /** "according to": before a document it makes the document the holder. */
  accordingTo: Phrases;
  /** Hedges that cover the whole sentence: reportedly, sources said. */
  sentenceHedges: Phrases;
  /** Hedges that cover their clause: could, may. */
  clauseHedges: Phrases;
  /** Forecasts: "Moscow will probably demand", «Кремль, найімовірніше, вимагатиме»: what follows is a guess at a party's course, not its position. */
  forecasts: Phrases;
  /** Outside commentators: a sentence voicing them states no party's position. */
  commentators: Phrases;
  /** Names that contain a party name without being the party: "Kyiv Independent". */
  outlets: Phrases;
  prepositions: Phrases;
  /** Articles and possessive pronouns that may stand between a preposition and a name: the, its. */
  determiners: Phrases;
  /** Prepositions that name the holder after a stance word: "proposed by Kyiv", "з боку Росії". */
  agents: Phrases;
  /** Prepositions that name a document's author after it: "a plan from Washington", "пропозиції від США". */
  origins: Phrases;
  /** Possessives that send a stance noun back to the subject: "dropped its demand". */
  reflexives: Phrases;
  pronouns: Phrases;
  /** "he", "she": they point back to the last person who spoke, where "it" and "they" point to the last holder. */
  personalPronouns: Phrases;
  /** Titles that, named without a party, speak for the one who spoke last: "the minister added", «Дипломат добавила». */
  speakerTitles: Phrases;
  /** Pronouns that stand for the speaker: we, our. */
  firstPerson: Phrases;
  coordinators: Phrases;
  /** Words that open a reported or demanded clause: that, щоб, чтобы. */
  complementizers: Phrases;
  /** Relative pronouns: "a ceasefire, which Moscow rejected" puts the object before the verb. */
  relatives: Phrases;
  /** Words pointing back to what the previous sentence proposed: "the offer", "цю вимогу". */
  anaphors: Phrases;
  /** "у", "в" at the start of a clause: "У Кремлі заявили" names who said it. */
  locatives: Phrases;
  /** Words that start a new clause: but, while, whereas. */
  boundaries: Phrases;
  /** Boundaries that, right after a name with no comma, are adverbs inside its clause: "Росія натомість вимагає". */
  clauseAdverbs: Phrases;
  /** Words opening an absolute clause, whose subject acts through the participle after it: "with Moscow insisting on". */
  absolutes: Phrases;
  /** Modals by which a party states its own course: will, would, won't. */
  volitional: Phrases;
  /** Modals by which a speaker states what others must do: must, should. */
  deontic: Phrases;
  /** Open conditions: if, once, unless. */
  conditions: Phrases;
  /** Conditions a party sets, which are its demands: on condition that, in exchange for. */
  demandConditions: Phrases;
  /**
   * A preference up to the word that sets off what is preferred against: "prefers ... to",
   * "favours ... over". What follows that word is negated: "prefers a treaty to a ceasefire".
   */
  preferences: Phrases;
  /** "no fewer than", «не менее», «не тільки»: a negation word that negates nothing. */
  falseNegations: Phrases;
  /** "once again", «поки що»: a condition word that opens no condition. */
  falseConditions: Phrases;
  /** "a phone call on Sunday": a stance word's form ("call on") inside a phrase that takes no stance. */
  falseTriggers: Phrases;
  /** «а не»: what follows, a few words on, is the one set aside («а не к соглашению о прекращении огня»). */
  contrasts: Phrases;
  /** Words that end a sentence early without a full stop: abbreviations like "Mr." or "т.". */
  abbreviations: string[];
}

export interface Taxonomy {
  parties: TaxonomyParty[];
  groups: TaxonomyGroup[];
  regions: TaxonomyRegion[];
  issues: TaxonomyIssue[];
  lexicon: Lexicon;
}

/**
 * Reads and validates a taxonomy file (default: the package's `data/taxonomy.json`).
 * Throws an error naming the file and, for a bad shape, the field.
 */
export function loadTaxonomy(path: string = packageFile('data/taxonomy.json')): Taxonomy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the taxonomy: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  return validateTaxonomy(data, path);
}
