import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/relevance/defaults.js';
import { judgeRelevance } from '../../src/relevance/relevance.js';
import { compileEntry, compileRules } from '../../src/relevance/rules.js';

const rules = compileRules(DEFAULT_MATCH);
const judge = (title: string, body = '', positions = 0): boolean => judgeRelevance({ title, body }, () => positions, rules).relevant;

describe('relevance rules', () => {
  it('a phrase matches whole words, case-insensitively; `*` takes any ending, in any script', () => {
    expect(compileEntry('peace talks').test('New PEACE   TALKS in Istanbul')).toBe(true);
    expect(compileEntry('talks').test('talkshow')).toBe(false);
    const stem = compileEntry('переговор*');
    expect(['переговоры', 'переговорів', 'переговорах', 'Переговори'].every((word) => stem.test(`нові ${word} у Стамбулі`))).toBe(true);
    expect(compileEntry('Москв*').test('Мосты')).toBe(false);
  });

  it('a /regex/ entry is a pattern, with its flags', () => {
    expect(compileEntry('/\\b28-point plan\\b/i').test('the 28-Point Plan')).toBe(true);
    expect(() => compileEntry('/unclosed(/')).toThrow();
  });

  it('a /regex/g entry answers the same however often it is asked', () => {
    const rule = compileEntry('/ceasefire/gi');
    expect([1, 2, 3].map(() => rule.test('A ceasefire now'))).toEqual([true, true, true]);
  });

  it('keeps reports about the talks in English, Ukrainian and Russian', () => {
    expect(judge('Russia and Ukraine to resume peace talks in Istanbul')).toBe(true);
    expect(judge('Україна та Росія провели новий раунд переговорів')).toBe(true);
    expect(judge('Кремль: переговоры с Киевом зашли в тупик')).toBe(true);
  });

  it('a meeting of Putin and Zelensky is the talks, however it is worded', () => {
    expect(judge('Why analysts doubt a deal is close', 'Both analysts agreed that a summit between Vladimir Putin and Volodymyr Zelensky remained unlikely before the spring.')).toBe(true);
    expect(judge('Зеленський знову заявив, що готовий до зустрічі з Путіним')).toBe(true);
    expect(judge('Zelensky met Putin\'s critics in exile in Vilnius')).toBe(false);
  });

  it('leaves out what only looks like it', () => {
    expect(judge('Shakhtar Donetsk win the derby', 'The football match in Donetsk ended 2-1.')).toBe(false);
    expect(judge('Ukraine and Slovakia sign memorandum of understanding on gas transit')).toBe(false);
    expect(judge('Gaza ceasefire talks resume in Cairo')).toBe(false);
  });

  it('without a position, the talks and the war must meet in one sentence, not only share the item', () => {
    expect(judge('Serbia and Kosovo resume EU-mediated talks', 'The talks in Brussels lasted six hours. Belgrade has long relied on Russia for support.')).toBe(false);
    expect(judge('Молдова і Придністров’я відновили переговори', 'Сторони обговорили транзит. Раніше Кишинів звинуватив Росію у втручанні.')).toBe(false);
    expect(judge('Talks end without result', 'Negotiators from Russia and Ukraine met for two hours in Istanbul.')).toBe(true);
    expect(judge('Новый раунд', 'Делегации России и Украины проведут переговоры в Стамбуле.')).toBe(true);
    expect(judge('What to expect from Friday', 'Delegations from Ukraine, Russia and the United States are due to sit down together in Abu Dhabi.')).toBe(true);
  });

  it('a headline on the talks is enough where the report names both sides of the war, each in a sentence of its own', () => {
    expect(judge('«Переговоры ради переговоров»: чего эксперты ждут от нового раунда', 'Эксперты встретили новость без оптимизма. Кремль, вероятно, снова потребует уступок. Киев, скорее всего, их отвергнет.')).toBe(true);
    expect(judge('Sudan talks resume in Jeddah', 'The army and the RSF sent delegations. Russia vetoed a UN resolution last year.')).toBe(false);
    expect(judge('Serbia and Kosovo resume EU-mediated talks', 'The talks lasted six hours. Belgrade relies on Russia, and Pristina backs Ukraine.')).toBe(false);
  });

  it('an item that states a position is relevant without naming the talks; an exclusion still wins', () => {
    expect(judge('Kyiv refuses to hold elections under martial law', '', 1)).toBe(true);
    expect(judge('Football: Shakhtar coach rules out move', '', 1)).toBe(false);
  });

  it('talks about another subject are not these talks, unless the war is named with it', () => {
    expect(judge('Lavrov holds talks in Damascus', 'Russia and Syria discussed the future of the Tartus base.')).toBe(false);
    expect(judge('Putin briefs Chinese leader', 'Putin told Xi about the negotiations on a settlement in Ukraine.')).toBe(true);
    expect(judge('Russia, US hold consultations on embassies', 'The Russian delegation raised diplomatic property.')).toBe(false);
    expect(judge('Russia and Ukraine agree to free jailed civilians', 'Kyiv said the exchange was agreed at talks in Istanbul.')).toBe(true);
  });

  it('talks on lifting sanctions on Russia are the war\'s, though they name flights or the Arctic and not Ukraine', () => {
    expect(judge('Putin envoy pressed Witkoff during Washington visit', 'Kremlin envoy Kirill Dmitriev used his talks in Washington to press for easing sanctions on Russia and restoring direct flights.')).toBe(true);
    expect(judge('Дмитриев в Майами обсудил арктические проекты', 'На переговорах в Майами Кирилл Дмитриев добивался снятия санкций против России.')).toBe(true);
    expect(judge('Russia and Iran hold talks in Moscow', 'Iran sought Russian backing for sanctions relief in its nuclear talks.')).toBe(false);
  });

  it('the war named only to be set apart from talks on another agenda leaves them another subject', () => {
    expect(judge('US and Russian diplomats meet on embassies', 'The talks on embassy operations are separate from efforts to end the war in Ukraine, officials said.')).toBe(false);
    expect(judge('Russian and US diplomats hold talks on embassy operations', 'The talks focused on visas and staffing levels, and did not touch on Ukraine, the State Department said.')).toBe(false);
    expect(judge('Российские и американские дипломаты обсудили работу посольств', 'Переговоры не касались Украины, сообщили в Госдепартаменте.')).toBe(false);
    expect(judge('US and Russian diplomats meet on embassies', 'Russia said the embassy talks could help the negotiations on a settlement in Ukraine.')).toBe(true);
  });

  it('the headline sets the subject: a position or a truce in another conflict stays that conflict\'s', () => {
    expect(judge('Gaza ceasefire holds', 'Hamas freed three hostages. Russia called for the truce to hold.', 1)).toBe(false);
    expect(judge('Witkoff back from Gaza', 'He flies to Moscow next week for talks on Ukraine.')).toBe(true);
  });

  it('a settlement on the front line is a village, not a peace settlement', () => {
    expect(judge('Russia says it captured a settlement', 'Russian troops captured the settlement of Novopavlivka in Ukraine.')).toBe(false);
    expect(judge('Kremlin on church law', 'Russia said the church would be part of any settlement with Ukraine.')).toBe(true);
  });
});
