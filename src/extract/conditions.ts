import { isPresentParticiple } from './clauses.js';
import { hasRoleAt, isListComma, spansOf, startsRole, type Sentence, type Span } from './sentence.js';

/** A condition attached to a clause: from its marker ("if", "in exchange for") to the next comma. */
export interface ConditionSpan extends Span {
  /** "on condition that", "in exchange for": what follows is demanded, not merely supposed. */
  demanded: boolean;
  /** Where the marker ends and the condition's own words begin. */
  markerEnd: number;
}

/**
 * ", and Kyiv halts mobilisation", ", а Киев остановит мобилизацию": a second condition joined to
 * the first; ", and that Ukraine …" is a second thing said, after the condition.
 */
function joinsCondition(sentence: Sentence, index: number): boolean {
  const coordinator = hasRoleAt(sentence, 'coordinators', index);
  return sentence.tokens[index]?.before === ',' && coordinator !== undefined && !startsRole(sentence, 'complementizers', coordinator.end);
}

/**
 * "only if Kyiv stops mobilisation, refrains from redeploying and the West halts arms deliveries":
 * after a comma, words with no subject of their own that the list's "and" closes are the
 * condition's next item (a subject after the comma opens the main clause: "if Kyiv withdraws,
 * Russia will stop and talk").
 */
function listsVerb(sentence: Sentence, index: number): boolean {
  if (sentence.tokens[index]?.before.trim() !== ',') return false;
  const opensSubject =
    sentence.found.party.some((party) => party.start === index) ||
    (['pronouns', 'determiners', 'firstPerson', 'complementizers', 'coordinators', 'boundaries', 'conditions', 'demandConditions', 'reporting'] as const).some((role) => startsRole(sentence, role, index));
  // "…, rejecting pressure from Moscow and Washington": a participle clause of the sentence, and an "and" joining names.
  if (opensSubject || isPresentParticiple(sentence.tokens[index])) return false;
  const nameEndsAt = (at: number): boolean => sentence.found.party.some((party) => party.end === at);
  for (let at = index + 1; at < sentence.tokens.length && !sentence.tokens[at]?.breakBefore; at++) {
    if (startsRole(sentence, 'coordinators', at) && !nameEndsAt(at)) return true;
  }
  return false;
}

/** A judgement after the cue: "невозможны", "unacceptable", "would stop". */
function judgementAt(sentence: Sentence, index: number): boolean {
  return sentence.triggers.some((trigger) => trigger.direction === 'backward' && trigger.start === index);
}

/** "before a ceasefire could be agreed": a modal makes the judgement the condition's own verb. */
function ownVerb(sentence: Sentence, index: number): boolean {
  return (['clauseHedges', 'volitional', 'deontic'] as const).some((role) => hasRoleAt(sentence, role, index - 1) !== undefined);
}

/** "would not take effect until sanctions were lifted": what a refusal waits for is demanded. */
function refusedUntil(sentence: Sentence, marker: Span): boolean {
  if (!startsRole(sentence, 'untilWords', marker.start)) return false;
  const clause = sentence.clause[marker.start];
  return spansOf(sentence, 'negators').some((negator) => negator.end <= marker.start && sentence.clause[negator.start] === clause);
}

export function findConditions(sentence: Sentence): ConditionSpan[] {
  const spans: ConditionSpan[] = [];
  // Demanded conditions first: "only if" is also an "if", and the longer reading wins.
  for (const [role, demanded] of [['demandConditions', true], ['conditions', false]] as const) {
    for (const marker of spansOf(sentence, role)) {
      if (spans.some((span) => span.start <= marker.start && marker.start < span.end)) continue;
      if (startsRole(sentence, 'mannerPhrases', marker.start)) continue;
      // "elections only after the war ends": a judgement of its own (a refusal for now), not a condition.
      if (sentence.triggers.some((trigger) => trigger.direction === 'backward' && trigger.start <= marker.start && marker.end <= trigger.end)) continue;
      let end = marker.end;
      let clausal = false;
      let clause = sentence.clause[marker.start];
      const goesOn = (index: number): boolean =>
        !sentence.tokens[index]?.breakBefore || joinsCondition(sentence, index) || isListComma(sentence, index) || startsRole(sentence, 'complementizers', index) || listsVerb(sentence, index);
      while (end < sentence.tokens.length && goesOn(end)) {
        // "if Kyiv declares that …" («щойно Київ заявить, що …», with the comma before "що"): a verb
        // of saying is the condition's own verb, and what it says is in the condition.
        if (sentence.clause[end] !== clause) {
          if (!startsRole(sentence, 'reporting', end)) break;
          clause = sentence.clause[end];
        }
        // A judgement after a short condition is the main clause's ("без России невозможны"); one
        // inside a clause of the condition's own ("without guarantees that deliveries would stop") is not.
        clausal ||= hasRoleAt(sentence, 'complementizers', end) !== undefined;
        if (!clausal && judgementAt(sentence, end) && !ownVerb(sentence, end)) break;
        end++;
      }
      spans.push({ start: marker.start, end, demanded: demanded || refusedUntil(sentence, marker), markerEnd: marker.end });
    }
  }
  return spans;
}
