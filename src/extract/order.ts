import { isInfinitive } from './clauses.js';
import type { ConditionSpan } from './conditions.js';
import type { CueHit } from './issues.js';
import type { Polarity } from './lexicon.js';
import { mapObjects } from './lists.js';
import { isDeterminer, type Mention } from './parties.js';
import { hasRoleAt, isListComma, sayingAsideEnd, spansOf, startsRole, type Sentence, type Span, type TriggerHit } from './sentence.js';
import { clauseAsideEnd } from './asides.js';
import type { Candidate } from './subjects.js';

/**
 * Ukrainian and Russian word order: objects put before their verb ("Предложение о перемирии
 * отвергли в Кремле"), subjects after it ("выступает и Кремль"), judgements before what they
 * judge ("Для России неприемлемо присутствие войск"), and headlines without a verb ("Россия
 * против перемирия"). English keeps its subject-verb-object order and is not read here.
 */

/** Verbs of speaking out whose stance is their preposition's: "выступает", "высказались", "виступили", "висловився". */
const SPEAK_OUT = /^(?:выступ|высказ|виступ|вислов)/u;
/** "To go for" what the preposition names: «пойдем», «пойти», «підемо», «піти». */
const GO_FOR = /^(?:пойд|пойти|піде|підуть|піти)/u;
/**
 * Prepositions that carry the stance of the verb they open the clause for, with the verbs that take
 * it: "против X выступает", "за X высказались", «На сокращение армии мы не пойдем».
 */
const STANCE_PREPOSITIONS: ReadonlyMap<string, { polarity: Polarity; verb: RegExp; rightBeforeIssue?: boolean }> = new Map([
  ['против', { polarity: -1, verb: SPEAK_OUT }],
  ['проти', { polarity: -1, verb: SPEAK_OUT }],
  ['за', { polarity: 1, verb: SPEAK_OUT }],
  // Mostly a preposition of place («На саміті …»): only right before the issue's words.
  ['на', { polarity: 1, verb: GO_FOR, rightBeforeIssue: true }],
]);
/** A verbless "X против Y": only "against" says a stance without its verb ("Россия за неделю" does not). */
const VERBLESS_PREPOSITIONS: ReadonlySet<string> = new Set(['против', 'проти']);
/** How many words may open a clause before a fronted object's issue ("Предложение о перемирии"). */
const FRONT_REACH = 4;
/** How far after its issue a fronted object's verb may stand, past a phrase of its own ("прекращение огня до подписания соглашения не рассматривают"). */
const VERB_REACH = 7;
/** How far a judgement opening its clause may stand before its issue ("неприемлемо для нас присутствие войск"). */
const JUDGED_REACH = 3;
/** How many small words ("и", a title) may stand between a verb and its subject after it. */
const SUBJECT_AFTER_SKIP = 2;

/** Where the clause of a word begins: its clause's first word, or the word after the last comma or dash. */
function clauseStart(sentence: Sentence, index: number): number {
  let at = index;
  while (at > 0 && sentence.clause[at - 1] === sentence.clause[index] && !(sentence.tokens[at]?.breakBefore && !isListComma(sentence, at))) at--;
  return at;
}

function breakWithin(sentence: Sentence, from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) if (sentence.tokens[at]?.breakBefore && !isListComma(sentence, at)) return true;
  return false;
}

/** What a verb after a fronted issue says of it. */
export interface FrontedVerb {
  /** The stance word after the issue, or the verb of speaking out. */
  verb: Span;
  /** The verb's stance word, if it is one ("отвергли", "не возражает"). */
  trigger: TriggerHit | undefined;
  /** The stance a verb of speaking out takes from its fronted preposition ("против X выступает"). */
  polarity: Polarity | undefined;
  /** A subject before the issue ("Кремль ідею … відкинув"). */
  subject: Candidate | undefined;
}

/**
 * "Предложение о перемирии отвергли в Кремле", "Против вступления Украины в ЕС Кремль не
 * возражает", "Против размещения миротворцев выступает и Кремль", "Кремль ідею заморожування
 * відкинув": an issue that opens its clause, or follows its subject, with no verb before it, is
 * the object of the first verb after it, unless that verb has an issue of its own after it.
 */
export function frontedVerb(sentence: Sentence, cue: CueHit, cues: readonly CueHit[], candidates: readonly Candidate[], isVerb: (hit: TriggerHit) => boolean): FrontedVerb | undefined {
  if (!sentence.tokens[cue.start]?.cyrillic) return undefined;
  let start = clauseStart(sentence, cue.start);
  // "Кремль ідею заморожування відкинув": a subject, then the object, then the verb.
  const subject = candidates.find((candidate) => candidate.start >= start && candidate.start < cue.start && candidate.kind !== 'pronoun');
  if (subject) start = subject.end;
  if (cue.start - start > FRONT_REACH) return undefined;
  if (sentence.triggers.some((hit) => hit.start >= start && hit.end <= cue.start && isVerb(hit))) return undefined;
  const stancePreposition = STANCE_PREPOSITIONS.get(sentence.tokens[start]?.norm ?? '');
  const preposition = stancePreposition?.rightBeforeIssue && cue.start !== start + 1 ? undefined : stancePreposition;
  const clause = sentence.clause[cue.start];
  let reach = cue.end + VERB_REACH;
  for (let at = cue.end; at < Math.min(sentence.tokens.length, reach); at++) {
    // «Ослаблять санкции, добавил он, никто не собирается», «Выводить войска с территорий, которые
    // контролирует Украина, Киев не станет»: past an aside of saying or a relative clause.
    const broken = breakWithin(sentence, at - 1, at);
    const aside = broken ? (sayingAsideEnd(sentence, at) ?? clauseAsideEnd(sentence.tokens, spansOf(sentence, 'relatives'), at)) : undefined;
    if (aside !== undefined) {
      reach += aside - at;
      at = aside;
    }
    if (sentence.clause[at] !== clause || (aside === undefined && broken)) return undefined;
    if (cues.some((other) => other.start <= at && at < other.end)) continue;
    const trigger = sentence.triggers.find((hit) => hit.start === at);
    // «назвал попытки изъять активы «воровством» и пообещал ответ»: a stance word that judges what
    // comes before it has the issue; a verb after it has none.
    if (trigger?.direction === 'backward') return undefined;
    const speaksOut = !trigger && preposition !== undefined && preposition.verb.test(sentence.tokens[at]?.norm ?? '');
    const refusal = trigger ? undefined : refusedCourse(sentence, cue, at);
    if (!(trigger && isVerb(trigger)) && !speaksOut && !refusal) continue;
    const verb = trigger ?? refusal ?? { start: at, end: at + 1 };
    // "Вместо перемирия Россия предлагает заморозку": the verb governs the issue after it.
    if (cues.some((other) => other.start >= verb.end && sentence.clause[other.start] === clause && !breakWithin(sentence, verb.end - 1, other.start))) return undefined;
    return { verb, trigger, polarity: speaksOut ? preposition.polarity : refusal ? -1 : undefined, subject };
  }
  return undefined;
}

/**
 * «Признавать Донбасс российским Украина не будет», «Виводити війська Київ не збирається»: an
 * issue that opens with its infinitive, put before its subject, and a negated "will" or "is going
 * to" after it: the subject refuses that course. The span covers the negation.
 */
function refusedCourse(sentence: Sentence, cue: CueHit, at: number): Span | undefined {
  if (!isInfinitive(sentence.tokens[cue.start]) || !hasRoleAt(sentence, 'negators', at)) return undefined;
  const will = hasRoleAt(sentence, 'volitional', at) ?? hasRoleAt(sentence, 'volitional', at + 1);
  return will && will.start >= at ? { start: at, end: will.end } : undefined;
}

/** "Россия против перемирия.", "Київ проти заморозки", «Мы против перемирия»: a party, "against", the issue, and no verb. */
export function verblessHolder(sentence: Sentence, cue: CueHit, candidates: readonly Candidate[]): Candidate | undefined {
  let at = cue.start - 1;
  if (at >= 0 && !VERBLESS_PREPOSITIONS.has(sentence.tokens[at]?.norm ?? '')) at--;
  const word = sentence.tokens[at];
  if (!word?.cyrillic || !VERBLESS_PREPOSITIONS.has(word.norm) || word.breakBefore || sentence.tokens[at + 1]?.breakBefore) return undefined;
  return candidates.find((candidate) => candidate.kind !== 'document' && candidate.end === at);
}

/**
 * "выступает и Кремль", "отвергли в Кремле", "выступили президент США Дональд Трамп и лидеры
 * ЕС": a party right after a verb, in its clause, is its subject; one followed by an infinitive
 * is its object ("призвал Киев согласиться").
 */
export function candidateAfter(sentence: Sentence, candidates: readonly Candidate[], index: number): Candidate | undefined {
  if (!sentence.tokens[index - 1]?.cyrillic) return undefined;
  for (let at = index; at < Math.min(sentence.tokens.length, index + SUBJECT_AFTER_SKIP + 1); at++) {
    if (sentence.tokens[at]?.breakBefore || sentence.clause[at] !== sentence.clause[index - 1]) return undefined;
    const candidate = candidates.find((other) => other.start === at && other.kind === 'party');
    if (candidate) return isInfinitive(sentence.tokens[candidate.end]) ? undefined : candidate;
    const small = ['coordinators', 'holderNouns', 'locatives'] as const;
    if (!small.some((role) => hasRoleAt(sentence, role, at)) && !isDeterminer(sentence, at)) return undefined;
  }
  return undefined;
}

/** A plural verb: "выступают", "виступають", "высказались", "выступили". */
const PLURAL_VERB = /(?:ют|ють|ут|уть|ят|ять|ат|ать|ли|лись|лися)$/u;

/**
 * "Против X выступают и в Брюсселе": a place after a plural verb of speaking out (perhaps after
 * "и") speaks for its government.
 */
export function placeAfter(sentence: Sentence, mentions: readonly Mention[], verb: Span): Mention | undefined {
  if (!PLURAL_VERB.test(sentence.tokens[verb.end - 1]?.norm ?? '')) return undefined;
  let at = verb.end;
  if (startsRole(sentence, 'coordinators', at)) at++;
  if (hasRoleAt(sentence, 'locatives', at)?.start !== at || sentence.tokens[at]?.breakBefore || sentence.clause[at] !== sentence.clause[verb.start]) return undefined;
  return mentions.find((mention) => mention.start === at + 1 && mention.role !== 'inert');
}

/** Words that may open a judgement's clause before it: "that", a modal, an auxiliary. */
const JUDGEMENT_OPENERS = ['complementizers', 'deontic', 'volitional', 'clauseHedges', 'passiveAuxiliaries'] as const;

/**
 * "Для России неприемлемо присутствие войск", "Для Києва неприйнятна відмова від Донбасу": a
 * judgement that opens its clause (perhaps after "для" and a party) judges the issue right after it.
 */
export function judgesForward(sentence: Sentence, hit: TriggerHit, cue: CueHit, forWhom: Span | undefined): boolean {
  if (!sentence.tokens[hit.start]?.cyrillic || hit.end > cue.start || cue.start - hit.end > JUDGED_REACH) return false;
  if (sentence.clause[hit.start] !== sentence.clause[cue.start] || breakWithin(sentence, hit.start, cue.start)) return false;
  if (sentence.triggers.some((other) => other.start >= hit.end && other.end <= cue.start)) return false;
  const start = clauseStart(sentence, hit.start);
  // «что должна быть исключена передислокация»: "that" and the modal and auxiliary of the judgement open it too.
  let opening = start;
  while (opening < hit.start && JUDGEMENT_OPENERS.some((role) => hasRoleAt(sentence, role, opening))) opening++;
  if (opening === hit.start) return true;
  // "Для России", «Для нас»: the one it is judged for, and nothing else, before it.
  if (hasRoleAt(sentence, 'prepositions', start)?.start !== start) return false;
  const whom = forWhom ?? { start: start + 1, end: start + 2 };
  return whom.start === start + 1 && whom.end === hit.start;
}

/**
 * "під час воєнного стану вибори проводитися не будуть": a condition whose marker is a whole
 * phrase (a preposition and its noun) ends at the marker when an issue follows it with its own
 * judgement; "без гарантий невозможны" keeps the issue as the condition's noun.
 */
export function trimConditions(sentence: Sentence, conditions: readonly ConditionSpan[]): ConditionSpan[] {
  return mapObjects(conditions, (condition) => {
    if (condition.demanded || condition.markerEnd - condition.start < 2 || condition.end <= condition.markerEnd) return condition;
    const first = startsRole(sentence, 'prepositions', condition.start);
    const last = hasRoleAt(sentence, 'prepositions', condition.markerEnd - 1) ?? hasRoleAt(sentence, 'complementizers', condition.markerEnd - 1);
    const judged = sentence.triggers.some((hit) => hit.direction === 'backward' && hit.start === condition.end);
    const issue = sentence.found.cue.some((cue) => cue.start === condition.markerEnd);
    // Field by field, not spread: one object shape for every condition.
    return first && !last && judged && issue ? { start: condition.start, end: condition.markerEnd, demanded: condition.demanded, markerEnd: condition.markerEnd } : condition;
  });
}

