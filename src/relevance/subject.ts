import { compileList } from './rules.js';

/**
 * What the talks in a sentence are about. Russia holds talks with many countries on many things;
 * "talks" next to "Russia" does not say which talks. Two kinds of mention point elsewhere:
 * - another conflict or counterpart (Gaza, Syria, Iran, China, a swap with the US): Russia's talks
 *   with them are on their own files, but Ukraine named beside them makes it the war's (a Chinese
 *   envoy in Kyiv, a US-brokered exchange of prisoners with Ukraine);
 * - another agenda (embassies, trade, minorities, a jailed dual national rather than prisoners of war):
 *   Ukraine too holds such talks with its neighbours, so only both sides of the war named together
 *   make the talks or the swap theirs, unless the war is named only to be set apart ("a track
 *   separate from efforts to end the war in Ukraine").
 * These lists are built in, not rules of `match`: they describe the war, not a user's feeds.
 */

const RUSSIA_SIDE = [
  'Russia*', 'Moscow', 'Kremlin', 'Putin*', 'Lavrov', 'Peskov', 'Ushakov', 'Medinsky', 'Dmitriev', 'Zakharova',
  'Росі*', 'Москв*', 'Кремл*', 'Путін*', 'Лавров*', 'Пєсков*', 'Ушаков*', 'Мединськ*', 'Дмитрієв*', 'Захаров*',
  'Росси*', 'Путин*', 'Песков*', 'Мединск*', 'Дмитриев*',
];

const UKRAINE_SIDE = [
  'Ukrain*', 'Kyiv', 'Kiev', 'Zelensk*', 'Umerov', 'Yermak', 'Sybiha', 'Budanov', 'Donbas*', 'Crimea*',
  'Україн*', 'Київ*', 'Києв*', 'Зеленськ*', 'Умєров*', 'Єрмак*', 'Сибіг*', 'Буданов*', 'Донбас*', 'Крим*',
  'Украин*', 'Киев*', 'Зеленск*', 'Умеров*', 'Ермак*', 'Донбасс*', 'Крым*',
];

// Sanctions on Russia are the war's own measures: talks on lifting them are the war's business even where Ukraine goes unnamed.
const WAR_SANCTIONS = [
  'sanction* on Russia*', 'sanction* against Russia*', 'anti-Russian sanctions', "Russia's sanctions relief",
  'санкці* проти Росі*', 'санкці* щодо Росі*', 'антиросійськ* санкці*', 'санкци* против России', 'санкци* в отношении России', 'антироссийск* санкци*',
];

// Other conflicts, and countries that are the subject when Russia talks to them. Not the parties'
// mediators (Turkey, the UAE, Qatar, Saudi Arabia): naming them says nothing of the subject.
const OTHER_COUNTERPARTS = [
  'Gaza', 'Hamas', 'Israel*', 'Palestin*', 'Hezbollah', 'Lebanon', 'Thai*', 'Thailand', 'Cambodia*', 'India', 'Indian',
  'Pakistan*', 'Kashmir', 'PKK', 'Kurd*', 'Syria*', 'Damascus', 'Tartus', 'Hmeimim', 'Iran*', 'Tehran', 'Armenia*',
  'Azerbaijan*', 'Karabakh', 'China', 'Chinese', 'Beijing', 'Cyprus', 'Cypriot*', 'Kosovo', 'Serbia*', 'Moldova*',
  'Transnistria*', 'Georgia', 'Georgian*', 'Venezuela*', 'Arctic', 'Japan*', 'Tokyo', 'Kuril*', 'North Korea*', 'Pyongyang',
  // Case-sensitive, unlike the plain entries: a capitalised "Газа" is Gaza, "газ" is gas.
  '/(?<!\\p{L})Газ(?:а|і|и|е|у|ою|ой)(?!\\p{L})/u', 'ХАМАС', 'Ізраїл*', 'Израил*', 'Палестин*', 'Таїланд*', 'Таиланд*', 'Камбодж*', 'Індія', 'Індії', 'Индия', 'Индии',
  'Пакистан*', 'РПК', 'курд*', 'Сирі*', 'Сири*', 'Дамаск*', 'Тартус*', 'Хмеймим*', 'Іран*', 'Иран*', 'Вірмен*', 'Армени*',
  'Азербайджан*', 'Карабах*', 'Кита*', 'Пекін*', 'Пекин*', 'Кіпр*', 'Кипр*', 'Косов*', 'Серби*', 'Сербі*', 'Молдов*',
  'Придністров*', 'Приднестров*', 'Грузі*', 'Грузи*', 'Венесуел*', 'Арктик*', 'Япон*', 'Токіо', 'Токио', 'Курил*', 'КНДР', 'Пхеньян*',
];

// A swap with the United States is a detainee swap, unless Ukraine is in it: prisoners of war are
// Ukraine's and Russia's. One that frees a jailed dual national stays so even where Ukraine is named
// for something else ("sentenced for donating to a Ukrainian charity").
const SWAPS_WITH_THE_US = [
  '/\\b(?:swap\\w*|exchang\\w*)\\b[^.]{0,120}(?:United States|U\\.S\\.|\\bUS\\b|American|CIA)|(?:United States|U\\.S\\.|\\bUS\\b|American|CIA)[^.]{0,120}\\b(?:swap\\w*|exchang\\w*)/u',
  '/(?:обмін\\p{L}*|обмен\\p{L}*)[^.]{0,120}(?:США|американ|ЦРУ)|(?:США|американ|ЦРУ)[^.]{0,120}(?:обмін\\p{L}*|обмен\\p{L}*)/iu',
];

// What talks can be about other than the war: diplomatic housekeeping, trade, minorities, nuclear files.
// Not tariffs, imports or bases: "tariffs on buyers of Russian oil", "a ban on Russian gas imports"
// and "no NATO bases" are the war's own.
// And a detainee (a dual national, a convict) rather than a prisoner of war.
const OTHER_AGENDAS = [
  'embass*', 'diplomatic missions', 'diplomatic property', 'direct flights', 'nuclear programme', 'nuclear program',
  'uranium', 'enrichment', 'trade war', 'trade truce', 'grain imports', 'imports of grain', 'agricultural imports', 'minority rights',
  'dual national', 'dual citizen', 'jailed', 'sentenced', 'convicted', 'cybercriminal', 'detainee swap',
  'посольств*', 'дипломатичн* місі*', 'дипломатичн* власн*', 'дипмісі*', 'дипломатическ* мисси*', 'дипломатическ* собственност*',
  'дипмисси*', 'дипсобственност*', 'ядерн* програм*', 'уран*', 'меншин*', 'меньшинств*', 'заключенн*', 'осужденн*',
  "в'язн*", 'в’язн*', "ув'язнен*", 'ув’язнен*', 'засуджен*', 'громадянин* США', 'гражданин* США', 'громадянк* США', 'гражданк* США',
  '/\\bdual\\s+(?:[\\p{L}.-]+\\s+){0,2}(?:citizen|national)s?\\b/iu',
];

// "a track both sides say is separate from efforts to end the war in Ukraine": the war named only to set it apart.
const SET_APART = [
  'separate from', 'unrelated to', 'not related to', 'not on the agenda', 'not linked to', 'was not discussed', 'was not raised',
  'not touch on', "didn't touch on", 'did not cover',
  'окрем* від', "не пов'язан*", 'не пов’язан*', 'не на порядку денному', 'не обговорювал*', 'не порушувал*', 'не торкал*', 'не стосувал*',
  'отдельн* от', 'не связан*', 'не на повестке', 'не обсуждал*', 'не затрагивал*', 'не касал*',
];

interface SubjectPatterns {
  russiaSide: RegExp[];
  ukraineSide: RegExp[];
  warSanctions: RegExp[];
  otherCounterparts: RegExp[];
  swapsWithTheUs: RegExp[];
  otherAgendas: RegExp[];
  setApart: RegExp[];
}

let compiled: SubjectPatterns | undefined;

// Compiled on first use: some 30 ms of regular expressions that a cycle with nothing new to read never needs.
function subjectPatterns(): SubjectPatterns {
  compiled ??= {
    russiaSide: compileList(RUSSIA_SIDE),
    ukraineSide: compileList(UKRAINE_SIDE),
    warSanctions: compileList(WAR_SANCTIONS),
    otherCounterparts: compileList(OTHER_COUNTERPARTS),
    swapsWithTheUs: compileList(SWAPS_WITH_THE_US),
    otherAgendas: compileList(OTHER_AGENDAS),
    setApart: compileList(SET_APART),
  };
  return compiled;
}

/** The text is about something else than the war (see above). */
export function aboutAnotherSubject(text: string): boolean {
  const { russiaSide, ukraineSide, warSanctions, otherCounterparts, swapsWithTheUs, otherAgendas, setApart } = subjectPatterns();
  const namesUkraine = names(ukraineSide, text) || names(warSanctions, text);
  const swapWithTheUs = names(swapsWithTheUs, text);
  if (!namesUkraine && (swapWithTheUs || names(otherCounterparts, text))) return true;
  const otherAgenda = names(otherAgendas, text);
  if (otherAgenda && (swapWithTheUs || names(setApart, text))) return true;
  return !(namesUkraine && names(russiaSide, text)) && otherAgenda;
}

/** The text names Russia's side and Ukraine's. */
export function namesBothSides(text: string): boolean {
  const { russiaSide, ukraineSide } = subjectPatterns();
  return names(russiaSide, text) && names(ukraineSide, text);
}

function names(mentions: readonly RegExp[], text: string): boolean {
  return mentions.some((mention) => mention.test(text));
}
