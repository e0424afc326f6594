import type { CompiledTaxonomy, Polarity } from './lexicon.js';
import { mapObjects } from './lists.js';
import { followsPreposition, givenNameStart, wordBeforeTitles } from './parties.js';
import { commaBefore, crossesBreak, endsClause, hasRoleAt, longestFirst, overlaps, spansOf, startsRole, type MatchesOf, type Sentence, type Span } from './sentence.js';

/** One place where a sentence names an issue of the taxonomy. */
export interface CueHit extends Span {
  issue: number;
  /** +1: the cue names the proposition; -1: its opposite ("neutral status"). */
  polarity: Polarity;
  /** The words that decide the issue (the cue, or a pair's anchor); the span also covers targets. */
  core: Span;
  /** Oblast ids bound to the cue ("withdrawal from Kherson and Donetsk"). */
  regions: string[];
  /** Parties a pair needs named that the sentence did not name; the holder may be one of them. */
  missingParties: string[];
  /** Whom an agreement on the issue binds when no one is named (the taxonomy's `agreedBy`). */
  agreedBy?: readonly string[];
}

const DEFAULT_WINDOW = 6;
/** A region this close after one already bound continues its list ("Kherson, Donetsk, and Luhansk"). */
const LIST_CONTINUATION = 3;
const BLOCKER_REACH = 3;
/** "as" naming what a region is taken for ("Crimea as Russian territory"). */
const NAMING_AS: ReadonlySet<string> = new Set(['as', 'як', 'как']);
/** How close a region must follow a general target to name it ("occupation of Crimea"). */
const REGION_OF = 2;
/** How many words may stand between an issue and the word after it that reverses it ("arms supplies to Kyiv be cut off"). */
const REVERSAL_REACH = 4;

type AnchorMatch = MatchesOf<'anchor'>[number];

/** An issue the sentences before put forward, with the regions it named. */
export interface RecentIssue {
  issue: number;
  regions: readonly string[];
}

const NO_ISSUES: ReadonlySet<number> = new Set();

/**
 * The issues a sentence names. `recent` are the issues the sentences before it put forward: a
 * stance verb may take one up again with a bare verb ("…, while Ukraine has refused to withdraw").
 * `named` are all the issues the item named before: a word may echo one ("Kyiv needs
 * guarantees that work" after "security guarantees").
 */
export function findCues(sentence: Sentence, compiled: CompiledTaxonomy, recent: readonly RecentIssue[] = [], named: ReadonlySet<number> = NO_ISSUES): CueHit[] {
  const hits = mapObjects(sentence.found.cue, (match) => plainHit(match, match.value.issue, match.value.polarity));
  const blockers = sentence.found.blocker;
  // A blocked anchor takes no regions from the anchors beside it: in "recognition of Russian
  // control over Donetsk" Donetsk is recognised, not withdrawn from.
  const anchors = blockers.length === 0 ? sentence.found.anchor : sentence.found.anchor.filter((anchor) => !isBlocked(sentence, blockers, anchor, anchor.value.issue));
  if (anchors.length > 0) hits.push(...pairHits(sentence, compiled, anchors));
  if (sentence.found.echo.length > 0) hits.push(...echoHits(sentence, hits, named));
  const unblocked = blockers.length === 0 ? hits : hits.filter((hit) => !isBlocked(sentence, blockers, hit, hit.issue));
  const found = unblocked.length === 0 ? unblocked : reverseWhereUndone(sentence, mergeRepeats(unblocked));
  const all = anchors.length === 0 ? found : [...found, ...ellipticalHits(sentence, compiled, anchors, found, recent)].sort((a, b) => a.start - b.start);
  // Field by field, `agreedBy` set even when the issue has none: every hit returned has one shape.
  return mapObjects(all, (hit) => ({
    start: hit.start,
    end: hit.end,
    issue: hit.issue,
    polarity: hit.polarity,
    core: hit.core,
    regions: hit.regions,
    missingParties: hit.missingParties,
    agreedBy: compiled.taxonomy.issues[hit.issue]?.agreedBy,
  }));
}

/** The words that echo an issue named before in the item or in the sentence. */
function echoHits(sentence: Sentence, hits: readonly CueHit[], named: ReadonlySet<number>): CueHit[] {
  const echoes: CueHit[] = [];
  for (const echo of sentence.found.echo) {
    const { issue } = echo.value;
    // "membership" echoes EU and NATO membership alike: only where the report named one of them.
    const rivals = sentence.found.echo.filter((other) => other.start === echo.start && other.value.issue !== issue);
    if (rivals.some((other) => named.has(other.value.issue) || hits.some((hit) => hit.issue === other.value.issue))) continue;
    const worded = hits.filter((hit) => hit.issue === issue);
    // Inside the issue's own words it adds nothing ("the ceiling on the army"); in a clause that words
    // the opposite, those words say which way ("its assets must be unfrozen").
    if (worded.some((hit) => overlaps(hit, echo) || (hit.polarity === -1 && sentence.clause[hit.start] === sentence.clause[echo.start]))) continue;
    if (named.has(issue) || worded.some((hit) => hit.end <= echo.start)) echoes.push(plainHit(echo, issue, 1));
  }
  return echoes;
}

/**
 * "Moscow insists that Kyiv pull out of Donetsk, while Ukraine has refused to withdraw": an
 * issue's verb right after a stance word, with nothing of its own to name, stands for the same
 * issue named before it in the sentence or in the sentences before.
 */
function ellipticalHits(sentence: Sentence, compiled: CompiledTaxonomy, anchors: readonly AnchorMatch[], found: readonly CueHit[], recent: readonly RecentIssue[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const anchor of anchors) {
    const { issue, pair, polarity } = anchor.value;
    if (compiled.taxonomy.issues[issue]?.pairs?.[pair]?.parties || found.some((hit) => hit.issue === issue && overlaps(hit, anchor))) continue;
    const named = found.find((hit) => hit.issue === issue && hit.end <= anchor.start) ?? recent.find((other) => other.issue === issue);
    if (!named || !afterStanceWord(sentence, anchor.start) || !endsClause(sentence, anchor.end)) continue;
    hits.push(plainHit(anchor, issue, polarity, [...named.regions]));
  }
  return mergeRepeats(hits);
}

/**
 * "refused to withdraw", "will never cede": a stance word (and "to") or a stated course's negation
 * right before ("if they do not leave" states none).
 */
function afterStanceWord(sentence: Sentence, index: number): boolean {
  const at = sentence.tokens[index - 1]?.norm === 'to' ? index - 1 : index;
  if (sentence.triggers.some((trigger) => trigger.end === at)) return true;
  const negator = spansOf(sentence, 'negators').find((span) => span.end === at);
  return negator !== undefined && spansOf(sentence, 'volitional').some((modal) => modal.end === negator.start || overlaps(modal, negator));
}

/**
 * "demanded that arms supplies to Kyiv be cut off", "a redeployment ban", "чтобы санкции были
 * сняты": a word after the issue that undoes it names the opposite. It becomes part of the cue, so
 * that it is not read again as a stance word of its own.
 */
function reverseWhereUndone(sentence: Sentence, hits: CueHit[]): CueHit[] {
  const reversals = spansOf(sentence, 'reversals');
  if (reversals.length === 0) return hits;
  const undoing = (hit: CueHit): Span | undefined => reversals.find((span) => span.start >= hit.end && span.start - hit.end <= REVERSAL_REACH && undoes(sentence, hit, span));
  return hits.map((hit) => {
    // "restrictions on the church lifted": the issue after a preposition is not what is undone.
    if (followsPreposition(sentence, hit.start)) return hit;
    const reversal = undoing(hit);
    if (!reversal) return joinedUndone(sentence, hit, hits, undoing);
    // "arms deliveries must not be halted": the negation is the reversal's, not the clause's.
    const negated = spansOf(sentence, 'negators').some((negator) => negator.start >= hit.end && negator.end <= reversal.start);
    const polarity = (negated ? hit.polarity : -hit.polarity) as Polarity;
    return newHit({ start: hit.start, end: reversal.end }, hit.issue, polarity, { start: hit.core.start, end: reversal.end }, hit.regions, hit.missingParties);
  });
}

/**
 * "deliveries of Western weapons and intelligence to Kiev are halted": the issue joined by "and"
 * to one a word undoes is undone with it (its own words stay its cue).
 */
function joinedUndone(sentence: Sentence, hit: CueHit, hits: readonly CueHit[], undoing: (hit: CueHit) => Span | undefined): CueHit {
  // The next issue starts right after "and" (its words may take in the noun before it: "weapons
  // and intelligence"), or after "and the" once the issue's recipient is named ("military aid to Kyiv
  // and the sharing of intelligence").
  const recipient = recipientAfter(sentence, hit.end);
  const joined = hits.find((other) => {
    if (other.start <= hit.start || other.end <= hit.end) return false;
    if (recipient === undefined) return other.start <= hit.end + 1 && spansOf(sentence, 'coordinators').some((and) => and.start >= hit.end - 1 && and.end <= other.end && !sentence.tokens[and.start]?.breakBefore);
    return spansOf(sentence, 'coordinators').some((and) => and.start === recipient && !sentence.tokens[and.start]?.breakBefore && (other.start === and.end || (other.start === and.end + 1 && startsRole(sentence, 'determiners', and.end))));
  });
  const reversal = joined && !followsPreposition(sentence, joined.start) ? undoing(joined) : undefined;
  // Not an issue worded with its own verb ("Kyiv stops mobilising and arms deliveries halt").
  if (!joined || !reversal || sentence.triggers.some((trigger) => overlaps(trigger, hit.core))) return hit;
  const negated = spansOf(sentence, 'negators').some((negator) => negator.start >= joined.end && negator.end <= reversal.start);
  return negated ? hit : newHit(hit, hit.issue, -hit.polarity as Polarity, hit.core, hit.regions, hit.missingParties);
}

/**
 * Nothing between the issue and the reversal that could be what it undoes: no break, no other
 * issue or stance word, no "and", "once" or "that"; and no article or preposition opening a
 * phrase of its own ("a ceasefire as a step towards a ban on ...").
 */
function undoes(sentence: Sentence, hit: Span, reversal: Span): boolean {
  // «законы, героизирующие пособников нацистов, должны быть отменены»: the issue as a participle
  // clause set off by commas, whose noun the reversal undoes; «а поставки оружия Киеву —
  // прекращены»: the dash of a clause whose verb is left out.
  const cyrillic = sentence.tokens[hit.start]?.cyrillic === true;
  // «на час будь-якого припинення вогню Україні має бути заборонено перекидати війська»: in
  // Ukrainian and Russian an issue after a preposition is no subject a reversal could undo.
  if (cyrillic && afterPreposition(sentence, hit.start)) return false;
  let commaAllowed = cyrillic && commaBefore(sentence, hit.start);
  for (let at = hit.end; at <= reversal.start; at++) {
    if (!sentence.tokens[at]?.breakBefore) continue;
    const dash = cyrillic && at === reversal.start && /^\s*[—–]\s*$/u.test(sentence.tokens[at]?.before ?? '');
    if (dash) continue;
    if (!commaAllowed || !commaBefore(sentence, at)) return false;
    commaAllowed = false;
  }
  // "wants deliveries to Kyiv to stop for the duration": an infinitive undoes only right after the
  // issue or its recipient, with no object of its own ("a ceasefire to end the war" ends the war,
  // "withdraw from Donbass for hostilities to end" ends the hostilities).
  if (startsRole(sentence, 'prepositions', reversal.start) && (!takesNoObject(sentence, reversal.end) || !onlyRecipientBetween(sentence, hit.end, reversal.start))) return false;
  const between = (span: Span): boolean => span.start >= hit.end && span.start < reversal.start && !overlaps(span, reversal);
  // Nor a word opening a clause of its own ("elections once the fighting is halted").
  const clauseOpeners = (['coordinators', 'conditions', 'boundaries', 'complementizers', 'relatives'] as const).map((role) => spansOf(sentence, role));
  if ([sentence.found.cue, sentence.found.anchor, sentence.triggers, ...clauseOpeners].some((spans) => spans.some(between))) return false;
  // "the condition for a truce was a complete halt to arms supplies": after a copula, an article
  // opens a noun phrase naming what the issue is, not its undoing.
  const copulaThenArticle = spansOf(sentence, 'passiveAuxiliaries').some((copula) => copula.start >= hit.end && copula.end < reversal.start && startsRole(sentence, 'determiners', copula.end));
  // A "to" that ends a modal ("had to be repealed") or opens a passive infinitive ("wants the law
  // to be repealed") is no preposition before the reversal.
  const modalEnds = spansOf(sentence, 'deontic').some((modal) => modal.end === reversal.start);
  const passiveInfinitive = sentence.tokens[reversal.start - 1]?.norm === 'to' && sentence.tokens[reversal.start]?.norm === 'be' && objectOfStanceWord(sentence, hit);
  return !copulaThenArticle && (reversal.start === hit.end || modalEnds || passiveInfinitive || !(['determiners', 'prepositions'] as const).some((role) => spansOf(sentence, role).some((span) => span.end === reversal.start)));
}

/**
 * "wants the church law to be repealed": the issue is the object of the stance word before it, with
 * no preposition between ("a call for restrictions on the church to be lifted" undoes the restrictions).
 */
function objectOfStanceWord(sentence: Sentence, hit: Span): boolean {
  const verb = sentence.triggers.findLast((trigger) => trigger.end <= hit.start);
  return verb !== undefined && !spansOf(sentence, 'prepositions').some((span) => span.start >= verb.end && span.end <= hit.start);
}

/** Whether a preposition stands before `index`, past words like "any" («на час будь-якого»). */
function afterPreposition(sentence: Sentence, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && hasRoleAt(sentence, 'indefinites', at)) at--;
  return hasRoleAt(sentence, 'prepositions', at) !== undefined;
}

/** Where "to Kyiv", "to Ukraine" right at `from` ends, if it stands there. */
function recipientAfter(sentence: Sentence, from: number): number | undefined {
  if (!startsRole(sentence, 'prepositions', from)) return undefined;
  return sentence.found.party.find((party) => party.start > from && party.start - from <= 2 && !crossesBreak(sentence, from, party.start))?.end;
}

/** Nothing, or "to Kyiv", "to Ukraine", between `from` and `to`. */
function onlyRecipientBetween(sentence: Sentence, from: number, to: number): boolean {
  return from === to || recipientAfter(sentence, from) === to;
}

function takesNoObject(sentence: Sentence, end: number): boolean {
  return end >= sentence.tokens.length || sentence.tokens[end]?.breakBefore === true || startsRole(sentence, 'prepositions', end);
}

function plainHit(match: Span, issue: number, polarity: Polarity, regions: string[] = []): CueHit {
  return newHit(match, issue, polarity, { start: match.start, end: match.end }, regions, []);
}

/**
 * Every hit before `findCues` adds `agreedBy` is built here, field by field: one object shape for
 * all of them (a spread `{ ...hit, polarity }` would make another at every place it is written).
 */
function newHit(span: Span, issue: number, polarity: Polarity, core: Span, regions: string[], missingParties: string[]): CueHit {
  return { start: span.start, end: span.end, issue, polarity, core, regions, missingParties };
}

function pairHits(sentence: Sentence, compiled: CompiledTaxonomy, anchors: readonly AnchorMatch[]): CueHit[] {
  const hits: CueHit[] = [];
  const regionBindings = bindRegions(sentence, compiled, anchors);
  for (const anchor of anchors) {
    const { issue, pair: pairIndex, polarity } = anchor.value;
    const pair = compiled.taxonomy.issues[issue]?.pairs?.[pairIndex];
    if (!pair) continue;
    // "leaves the most sensitive issues — territory …": an anchor that opens an evasion names no course.
    if (startsRole(sentence, 'evasions', anchor.start)) continue;
    const window = pair.window ?? DEFAULT_WINDOW;
    const core = { start: anchor.start, end: anchor.end };
    if (pair.regions) {
      const bound = regionBindings.get(anchor) ?? [];
      if (bound.length === 0) continue;
      const regions = [...new Set(bound.flatMap((match) => match.regions.filter((id) => pair.regions?.includes(id) || coversAny(compiled, id, pair.regions))))];
      hits.push(newHit(cover(core, bound), issue, polarity, core, regions, []));
      continue;
    }
    // «Лінію фронту пропонують заморозити»: Ukrainian and Russian front the object of an infinitive
    // past the verb it hangs on; a person fronted so is still the verb's subject («Путин готов встретиться»).
    const fronted = (match: Span): boolean => !pair.parties && sentence.tokens[match.start]?.cyrillic === true;
    const targets = sentence.found.target.filter(
      (match) => match.value.issue === issue && match.value.pair === pairIndex && near(sentence, anchor, match, window, fronted(match)),
    );
    if (pair.parties) {
      if (meetsSomeoneElse(sentence, anchor, Object.keys(pair.parties))) continue;
      // «На встрече Путин потребовал …»: a leader with a verb of their own right after is its subject,
      // not a participant; so is one set off before the anchor by a comma ("Putin, according to people
      // briefed on the summit, told Trump").
      const participants = targets.filter((match) => !ownVerbAfter(sentence, match, anchor) && !(match.end <= anchor.start && crossesBreak(sentence, match.end - 1, anchor.start)));
      const named = new Set(participants.map((match) => match.value.party));
      const missing = Object.keys(pair.parties).filter((party) => !named.has(party));
      if (missing.length === Object.keys(pair.parties).length) continue;
      // "Trump was due to meet Putin", "a Trump–Putin summit": one side meets someone else.
      if (missing.length > 0 && otherPersonBefore(sentence, anchor, Object.keys(pair.parties))) continue;
      hits.push(newHit(cover(core, participants), issue, polarity, core, [], missing));
    } else if (targets.length > 0) {
      const nearest = targets.reduce((best, match) => (distance(anchor, match) < distance(anchor, best) ? match : best));
      // A general word naming a region right after it is that region's issue: "the occupation of
      // Crimea"; so is one a region is named as: "Crimea as Russian territory".
      const regionAs = (region: Span): boolean => region.end <= nearest.start && nearest.start - region.end <= REGION_OF && NAMING_AS.has(sentence.tokens[region.end]?.norm ?? '');
      if (sentence.found.region.some((region) => (region.start >= nearest.end && region.start - nearest.end <= REGION_OF) || regionAs(region))) continue;
      // A word before the anchor that another anchor of the issue already takes is that one's object:
      // in "leaving its land and would not give up its claim" the land is not given up.
      if (nearest.end <= anchor.start && anchors.some((other) => other !== anchor && other.value.issue === issue && other.end <= nearest.start && near(sentence, other, nearest, window))) continue;
      if (leftToPeople(sentence, nearest)) continue;
      // A fronted object keeps the words between it and the anchor (a subject, a stance verb) out of the cue.
      const frontedPast = nearest.end <= anchor.start && sentence.triggers.some((trigger) => trigger.start >= nearest.end && trigger.end <= anchor.start);
      hits.push(newHit(cover(core, frontedPast ? [] : [nearest]), issue, polarity, core, [], []));
    }
  }
  return hits;
}

/** "leave territory to Trump and Zelensky": what is left to people to settle is deferred, not ceded (left "to Russia", it is). */
function leftToPeople(sentence: Sentence, target: Span): boolean {
  if (!startsRole(sentence, 'prepositions', target.end)) return false;
  const next = startsRole(sentence, 'givenNames', target.end + 1) ? target.end + 2 : target.end + 1;
  return sentence.found.party.some((match) => match.value.person === true && match.start === next);
}

/**
 * "Zelensky, who met Trump on Friday", «зустріч із Трампом»: a person of another party right after
 * the anchor, or after a preposition, is whom the meeting is with.
 */
function meetsSomeoneElse(sentence: Sentence, anchor: Span, parties: readonly string[]): boolean {
  const preposition = startsRole(sentence, 'prepositions', anchor.end);
  return sentence.found.party.some((match) => {
    if (!personOutside(match, parties)) return false;
    const name = givenNameStart(sentence, match.start);
    // "with President Donald Trump": the preposition governs the name past its titles («саміт
    // Дональда Трампа і Володимира Путіна» names its participants right after the anchor).
    const governed = preposition ? wordBeforeTitles(sentence, name) === anchor.end : match.start === anchor.end;
    return governed && !crossesBreak(sentence, anchor.end - 1, name);
  });
}

/** How many words ("was due to") may stand between a person and the meeting they hold. */
const MEETER_REACH = 3;

/** A person of another party shortly before the anchor, in its stretch of words: the one holding the meeting. */
function otherPersonBefore(sentence: Sentence, anchor: Span, parties: readonly string[]): boolean {
  return sentence.found.party.some(
    (match) => match.end <= anchor.start && anchor.start - match.end <= MEETER_REACH && !crossesBreak(sentence, match.end - 1, anchor.start) && personOutside(match, parties),
  );
}

/** A person of none of the pair's parties. */
function personOutside(match: MatchesOf<'party'>[number], parties: readonly string[]): boolean {
  return match.value.person === true && !match.value.parties.some((party) => parties.includes(party));
}

/** A stance verb or verb of saying right after the name, other than the anchor (a judgement of the meeting, "возможна", is the meeting's). */
function ownVerbAfter(sentence: Sentence, name: Span, anchor: Span): boolean {
  const verbs = [...sentence.triggers.filter((trigger) => trigger.direction === 'forward' && !trigger.noun), ...spansOf(sentence, 'reporting')];
  return verbs.some((verb) => verb.start === name.end && !sentence.tokens[verb.start]?.breakBefore && !overlaps(verb, anchor));
}

interface RegionMatch extends Span {
  regions: string[];
}

/**
 * Gives every region named in the sentence to the nearest anchor that accepts it, so that in
 * "recognition of Crimea and withdrawal from Donetsk" Donetsk goes with the withdrawal. All
 * anchors on the same words share it ("recognition" of Crimea and of the oblasts alike).
 */
function bindRegions(sentence: Sentence, compiled: CompiledTaxonomy, anchors: readonly AnchorMatch[]): Map<AnchorMatch, RegionMatch[]> {
  const bindings = new Map<AnchorMatch, RegionMatch[]>();
  const regionAnchors = anchors.filter((anchor) => compiled.taxonomy.issues[anchor.value.issue]?.pairs?.[anchor.value.pair]?.regions);
  if (regionAnchors.length === 0) return bindings;
  const regions: RegionMatch[] = [];
  for (const match of sentence.found.region) regions.push({ start: match.start, end: match.end, regions: match.value.regions });
  let previous: { region: RegionMatch; anchors: AnchorMatch[] } | undefined;
  for (const region of longestFirst(regions)) {
    const accepting = regionAnchors.filter((anchor) => accepts(compiled, anchor, region));
    const continued = previous && region.start - previous.region.end <= LIST_CONTINUATION && sameClause(sentence, previous.region, region)
      ? previous.anchors.filter((anchor) => accepting.includes(anchor))
      : [];
    const chosen = continued.length > 0 ? continued : nearestAnchors(sentence, compiled, accepting, region);
    for (const anchor of chosen) {
      const list = bindings.get(anchor);
      if (list) list.push(region);
      else bindings.set(anchor, [region]);
    }
    previous = chosen.length > 0 ? { region, anchors: chosen } : previous;
  }
  return bindings;
}

function nearestAnchors(sentence: Sentence, compiled: CompiledTaxonomy, accepting: readonly AnchorMatch[], region: RegionMatch): AnchorMatch[] {
  const inReach = accepting.filter((anchor) => near(sentence, anchor, region, windowOf(compiled, anchor)));
  let best: AnchorMatch[] = [];
  let bestDistance = Infinity;
  for (const anchor of inReach) {
    // An anchor before the region reads more naturally ("withdraw from X"): it wins a tie.
    const score = distance(anchor, region) + (anchor.start > region.start ? 0.5 : 0);
    if (score < bestDistance) {
      bestDistance = score;
      best = [anchor];
    } else if (score === bestDistance) {
      best.push(anchor);
    }
  }
  // "recognise the parts of the Donetsk and Zaporizhzhia regions as Russian": the verb before the
  // region governs it; the same issue's words after it only complete the phrase.
  const governing = inReach.filter((anchor) => anchor.end <= region.start && best.some((other) => other.start >= region.end && other.value.issue === anchor.value.issue));
  return governing.length > 0 ? governing : best;
}

function windowOf(compiled: CompiledTaxonomy, anchor: AnchorMatch): number {
  return compiled.taxonomy.issues[anchor.value.issue]?.pairs?.[anchor.value.pair]?.window ?? DEFAULT_WINDOW;
}

function accepts(compiled: CompiledTaxonomy, anchor: AnchorMatch, region: RegionMatch): boolean {
  const wanted = compiled.taxonomy.issues[anchor.value.issue]?.pairs?.[anchor.value.pair]?.regions ?? [];
  return region.regions.some((id) => wanted.includes(id) || coversAny(compiled, id, wanted));
}

function coversAny(compiled: CompiledTaxonomy, oblast: string, wanted: readonly string[] | undefined): boolean {
  return (wanted ?? []).some((id) => compiled.regionCovers.get(id)?.includes(oblast) ?? false);
}

/**
 * Whether a target is close enough to its anchor. A target before the anchor must not be
 * separated from it by a stance word, unless it is a fronted object: in "Putin is ready to meet
 * Zelensky", Putin is the one who is ready, not part of the issue's wording.
 */
function near(sentence: Sentence, anchor: Span, target: Span, window: number, frontedObject = false): boolean {
  if (distance(anchor, target) > window || !sameClause(sentence, anchor, target)) return false;
  // Another issue's wording in between, or one that the anchor opens, is the anchor's real object:
  // "recognise elections in the new regions", «отказаться от НАТО, но не от Донбасса».
  const between = anchor.start < target.start ? { start: anchor.end, end: target.start } : { start: target.end, end: anchor.start };
  const from = Math.min(anchor.start, target.start);
  if (sentence.found.cue.some((cue) => cue.start >= from && cue.end > between.start && cue.end <= between.end && !overlaps(cue, target))) return false;
  // A colon opens a statement of its own: "repeated Kyiv's position: Ukraine will not withdraw …".
  if (sentence.tokens.slice(between.start + 1, between.end + 1).some((token) => token.before.includes(':'))) return false;
  // A condition's words are its own: in "freeze the front in Kherson if Ukraine withdraws" Kherson is not withdrawn from.
  if ((['conditions', 'demandConditions'] as const).some((role) => spansOf(sentence, role).some((span) => span.start >= between.start && span.end <= between.end))) return false;
  return target.start > anchor.start || frontedObject || !sentence.triggers.some((trigger) => trigger.start >= target.end && trigger.end <= anchor.start);
}

function distance(a: Span, b: Span): number {
  return a.start < b.start ? Math.max(0, b.start - a.end) : Math.max(0, a.start - b.end);
}

function sameClause(sentence: Sentence, a: Span, b: Span): boolean {
  return sentence.clause[a.start] === sentence.clause[b.start];
}

function cover(core: Span, others: readonly Span[]): Span {
  let { start, end } = core;
  for (const other of others) {
    start = Math.min(start, other.start);
    end = Math.max(end, other.end);
  }
  return { start, end };
}

function isBlocked(sentence: Sentence, blockers: MatchesOf<'blocker'>, hit: Span, issue: number): boolean {
  const reach = { start: hit.start - BLOCKER_REACH, end: hit.end + BLOCKER_REACH };
  return blockers.some((match) => match.value.issue === issue && overlaps(reach, match) && !conditionBetween(sentence, hit, match));
}

/** "withdraw from Donbas if Russia pulls back": a condition between them puts the blocker in a clause of its own. */
function conditionBetween(sentence: Sentence, hit: Span, blocker: Span): boolean {
  const [from, to] = blocker.start >= hit.end ? [hit.end, blocker.start] : [blocker.end, hit.start];
  return (['conditions', 'demandConditions'] as const).some((role) => spansOf(sentence, role).some((span) => span.start >= from && span.end <= to));
}

/** One issue named twice on the same words (by two patterns) is one cue. */
function mergeRepeats(hits: readonly CueHit[]): CueHit[] {
  const kept: CueHit[] = [];
  for (const hit of [...hits].sort((a, b) => b.core.end - b.core.start - (a.core.end - a.core.start) || a.start - b.start)) {
    // The same issue's words inside another hit's phrase are that hit ("a cap on the size of its armed forces").
    const repeat = kept.find((other) => other.issue === hit.issue && (overlaps(other.core, hit.core) || overlaps(other, hit.core) || overlaps(hit, other.core)));
    if (!repeat) {
      kept.push(hit);
      continue;
    }
    // The longer wording decides the polarity; the words of both stay the cue's.
    repeat.regions = [...new Set([...repeat.regions, ...hit.regions])];
    repeat.core = { start: Math.min(repeat.core.start, hit.core.start), end: Math.max(repeat.core.end, hit.core.end) };
    repeat.start = Math.min(repeat.start, hit.start);
    repeat.end = Math.max(repeat.end, hit.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}
