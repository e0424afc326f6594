import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Case } from './cases.js';
import { describeCases } from './describe-cases.js';

/**
 * Ukrainian and Russian coverage of the taxonomy's word lists: the verb forms, noun cases,
 * synonyms and word order that Ukrainian and Russian agencies use. Each case is one sentence
 * written for these tests and the exact positions it states.
 */
/** The same stance verb in its past (m/f/pl), present, future and perfective forms. */
const VERB_FORMS: Case[] = [
  ...[
    'требует перемирия',
    'требовала перемирия',
    'потребовал перемирия',
    'потребует перемирия',
    'настояла на перемирии',
    'настаивают на перемирии',
    'предложили перемирие',
    'согласилась на перемирие',
    'согласны на перемирие',
    'готова к перемирию',
    'приветствовала перемирие',
    'выступает за перемирие',
    'высказалась за перемирие',
    'ратует за перемирие',
    'не исключила перемирия',
    'не возражает против перемирия',
  ].map((verb) => ({ text: `Россия ${verb}.`, expected: ['russia process.ceasefire support'] })),
  ...[
    'отвергла перемирие',
    'отвергают перемирие',
    'отклонила перемирие',
    'отказывается от перемирия',
    'исключает перемирие',
    'выступила против перемирия',
    'высказалась против перемирия',
    'не согласится на перемирие',
    'не пойдет на перемирие',
    'назвала перемирие неприемлемым',
  ].map((verb) => ({ text: `Россия ${verb}.`, expected: ['russia process.ceasefire oppose'] })),
  ...[
    "вимагала перемир'я",
    "вимагатиме перемир'я",
    "зажадала перемир'я",
    "наполягла на перемир'ї",
    "запропонують перемир'я",
    "погодиться на перемир'я",
    "готова до перемир'я",
    "виступила за перемир'я",
    "висловилася за перемир'я",
    "має намір домагатися перемир'я",
    "не заперечує проти перемир'я",
    "заявила про готовність до перемир'я",
  ].map((verb) => ({ text: `Україна ${verb}.`, expected: ['ukraine process.ceasefire support'] })),
  ...[
    "відкинула перемир'я",
    "відхиляє перемир'я",
    "відмовилася від перемир'я",
    "виключає перемир'я",
    "виступає проти перемир'я",
    "висловилася проти перемир'я",
    "не погодиться на перемир'я",
    "назвала перемир'я неприйнятним",
  ].map((verb) => ({ text: `Україна ${verb}.`, expected: ['ukraine process.ceasefire oppose'] })),
  { text: 'Зеленский заявил, что Украина не откажется от стремления вступить в НАТО.', expected: ['ukraine security.nato-membership support'] },
  { text: '«Мы никогда не признаем аннексию Крыма», — сказал Сибига.', expected: ['ukraine territory.recognize-crimea oppose'] },
  { text: '«Ми ніколи не визнаємо окуповані території російськими», — наголосив Єрмак.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Росія наполягала на знятті санкцій з аграрного банку.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Європа продовжить постачання зброї Україні.', expected: ['europe military.halt-western-arms oppose'] },
  { text: 'Германия продолжит поставки вооружений Киеву.', expected: ['europe military.halt-western-arms oppose'] },
];

/** Quotes before their speaker, speakers after their verb, places for governments. */
const WORD_ORDER: Case[] = [
  { text: '«Вступление Киева в НАТО для нас неприемлемо», — отметил Лавров.', expected: ['russia security.nato-membership oppose'] },
  { text: '«Никаких иностранных миротворцев на Украине не будет», — подчеркнула Захарова.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Заявила об этом Захарова: Москва категорически отвергает присутствие миротворцев на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Как заявил Ушаков, Москва настаивает на внеблоковом статусе Украины.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Вывод ВСУ из Донбасса остается обязательным условием, указал Ушаков.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Размещение войск НАТО на Украине исключено, уточнил Песков.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Вступление Украины в НАТО является для России красной линией, напомнил Рябков.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Вступ України до НАТО залишається для Москви червоною лінією, заявив Пєсков.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Розміщення іноземних військ в Україні неприйнятне, зауважив Пєсков.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Вихід ЗСУ з Донбасу неможливий, розповів Зеленський журналістам.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: '«Ми не вийдемо з Донеччини», — наголосив Зеленський.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Жодних територіальних поступок не буде, запевнив Єрмак.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Никаких территориальных уступок не будет, заявил Умеров.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'В Киеве отказались выводить войска из Донбасса.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'У Києві відкинули вимогу вивести війська з Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Офіс президента відкинув вимогу про вихід ЗСУ з Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Зеленський: вибори проводитися не будуть.', expected: ['ukraine process.elections oppose'] },
  { text: 'Україна готова до обміну всіх на всіх, запевнив Умєров.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
];

/** The words Ukrainian and Russian agencies name each issue with, in their cases. */
const VOCABULARY: Case[] = [
  // Territory.
  { text: 'Україна не віддасть Донбас.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Киев не согласится на уход ВСУ из Запорожской области.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['zaporizhzhia'] } },
  { text: 'Київ не погодиться на відмову від Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Москва хочет, чтобы Киев отдал оставшуюся часть Донбасса.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Кремль настаивает на уходе украинских войск с территории Донбасса.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Трамп предложил остановить войну на текущей линии фронта.', expected: ['united-states territory.freeze-line support'] },
  { text: 'Трамп запропонував зупинити війну на нинішній лінії фронту.', expected: ['united-states territory.freeze-line support'] },
  { text: 'Україна виступає проти заморожування конфлікту по лінії зіткнення.', expected: ['ukraine territory.freeze-line oppose'] },
  { text: 'Україна не погодиться на заморожування війни.', expected: ['ukraine territory.freeze-line oppose'] },
  { text: 'Москва предлагает заморозить линию фронта в Запорожской и Херсонской областях.', expected: ['russia territory.freeze-line support'] },
  // Security.
  { text: 'Москва выступает за внеблоковый статус Украины.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Україна не погодиться на позаблоковий статус, заявив Сибіга.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Россия требует юридических гарантий нерасширения НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Кремль настаивает на отказе Киева от планов вступления в НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Кремль вимагає не приймати Україну до НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Вашингтон заявил, что Украина не станет членом альянса.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'Мерц і Макрон виступили за розгортання європейських сил в Україні.', expected: ['europe security.foreign-troops support'] },
  { text: 'Британія та Франція планують розгорнути війська в Україні.', expected: ['europe security.foreign-troops support'] },
  { text: 'Лондон і Париж продовжують планувати місію «сил заспокоєння».', expected: ['europe security.foreign-troops support'] },
  { text: 'Москва категорически против появления британских и французских военных на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Лавров выступил за коллективные гарантии.', expected: ['russia security.guarantees support'] },
  { text: 'Москва согласилась с предоставлением таких гарантий.', expected: ['russia security.guarantees support'] },
  { text: 'Брюссель залишається відданим членству України в Євросоюзі.', expected: ['europe security.eu-membership support'] },
  { text: 'Евросоюз привержен членству Украины в ЕС.', expected: ['europe security.eu-membership support'] },
  // Military.
  { text: 'Москва потребовала прекращения поставок оружия Киеву.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Россия требует прекратить накачку Украины оружием.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Росія вимагала заборонити перегрупування українських військ на час перемир\'я.', expected: ['russia military.no-redeployment support'] },
  // Humanitarian and justice.
  { text: 'Москва по-прежнему открыта для обменов военнопленными.', expected: ['russia humanitarian.prisoner-exchange support'] },
  { text: 'Україна відкрита для перемовин щодо обміну полоненими.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Анкара й надалі сприятиме обмінам полоненими.', expected: ['turkey humanitarian.prisoner-exchange support'] },
  { text: 'Турция будет способствовать обмену пленными.', expected: ['turkey humanitarian.prisoner-exchange support'] },
  { text: 'Киев выступает за обмен пленными «всех на всех».', expected: ['ukraine humanitarian.prisoner-exchange support'], detail: { qualifiers: ['all-for-all'] } },
  { text: 'Україна запропонувала обмін усіх на усіх.', expected: ['ukraine humanitarian.prisoner-exchange support'], detail: { qualifiers: ['all-for-all'] } },
  { text: 'Россия готова передать Украине 1000 военнопленных.', expected: ['russia humanitarian.prisoner-exchange support'], detail: { numbers: [1000] } },
  { text: 'Зеленский потребовал возвращения всех депортированных детей.', expected: ['ukraine humanitarian.children-return support'] },
  // A promise in the future perfective («вернет», «поверне»); a name past a preposition and its adjective («для сердобольных европейцев») is nobody's subject.
  {
    text: 'Мединский назвал происходящее «шоу для сердобольных европейцев», но пообещал, что Москва вернет тех детей, чьих родственников удастся найти.',
    expected: ['russia humanitarian.children-return support'],
  },
  { text: 'Мединський пообіцяв, що Москва поверне дітей, чиїх родичів вдасться знайти.', expected: ['russia humanitarian.children-return support'] },
  // Demands a relative clause says a party puts forward are that party's, and head the list after the dash.
  {
    text: 'Среди требований, которые Россия выдвигает на переговорах, — сокращение Вооруженных сил Украины до 85 тысяч человек, прекращение мобилизации и демобилизация, а также прекращение обмена разведданными с западными странами, заявил начальник украинской военной разведки Кирилл Буданов.',
    expected: ['russia military.army-cap support', 'russia military.demobilization support', 'russia military.halt-intelligence-sharing support'],
  },
  { text: 'Буданов заявив, що серед вимог, які Росія неофіційно висуває на переговорах, — обмеження чисельності Збройних сил України до 85 тисяч військових.', expected: ['russia military.army-cap support'] },
  // Aid "in the field of security" resumed is no halt of Western arms; membership of the European Union in full words.
  { text: 'Вашингтон, в свою очередь, немедленно возобновит помощь Украине в сфере безопасности.', expected: ['united-states military.halt-western-arms oppose'] },
  { text: 'Держсекретар Марко Рубіо повідомив, що Вашингтон відновлює допомогу у сфері безпеки.', expected: ['united-states military.halt-western-arms oppose'] },
  { text: 'Фон дер Ляєн заявила, що підтримує членство України в Європейському Союзі.', expected: ['europe security.eu-membership support'] },
  // Units moved along the front («перебрасывали подразделения», «перекидала підрозділи») are a redeployment.
  { text: 'Российская сторона также настаивает, чтобы на время любого перемирия ВСУ не перебрасывали подразделения на другие участки фронта.', expected: ['russia military.no-redeployment support'] },
  { text: "Крім того, росіяни вимагають, щоб Україна на час перемир'я не перекидала підрозділи вздовж фронту.", expected: ['russia military.no-redeployment support'] },
  // «наголосила на X» asks for X; «не розглядається», «не рассматривается» refuse what comes before.
  { text: 'Українська сторона наголосила на обміні полоненими, звільненні утримуваних цивільних і поверненні примусово вивезених дітей.', expected: ['ukraine humanitarian.prisoner-exchange support', 'ukraine humanitarian.civilian-release support', 'ukraine humanitarian.children-return support'] },
  { text: 'У ЄС дали зрозуміти, що зняття санкцій із російських банків не розглядається, доки війна триває.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'В ЕС дали понять, что снятие санкций с российских банков не рассматривается, пока идет война.', expected: ['europe economy.sanctions-relief oppose'] },
  // A question asked with «ли» states no stance.
  {
    text: 'Путин заявил, что поддерживает идею перемирия. Он перечислил и конкретные вопросы: кто будет контролировать режим тишины и не воспользуется ли Украина этими тридцатью днями, чтобы провести принудительную мобилизацию.',
    expected: ['russia process.ceasefire support'],
  },
  // «зректися претензій» renounces the claims.
  { text: 'Російська сторона вимагає, щоб Київ зрікся будь-яких претензій щодо відшкодування.', expected: ['russia justice.renounce-compensation support'] },
  // «вибором» is a choice, «вибори» elections.
  { text: 'Зеленський сказав, що Україна може опинитися перед дуже складним вибором.', expected: [] },
  // A bare title closing the sentence («…, перечислила дипломат») is the person named before; an infinitive after «и» is its own item.
  {
    text: 'Захарова заявила, что Киев должен признать новые реалии. Помимо этого, Киев должен законодательно запретить героизацию нацизма и отказаться от любых претензий на возмещение ущерба, перечислила дипломат.',
    expected: ['russia society.denazification support', 'russia justice.renounce-compensation support'],
  },
  // «назвали важным X» asks for X; a refusal supposed in a condition answers nothing.
  { text: 'Зеленский назвал важным возвращение украинских детей.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Зеленський назвав важливим повернення українських дітей.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Украина назвала важным возвращение детей. Если Россия откажется, добавил он, «мы будем знать, что является препятствием к миру».', expected: ['ukraine humanitarian.children-return support'] },
  // A fronted object's verb past its subject and an adverb («Россия по-прежнему не возражает»).
  { text: 'Против вступления Украины в Евросоюз Россия по-прежнему не возражает.', expected: ['russia security.eu-membership support'] },
  // «численность Вооруженных сил Украины»: the whole phrase is the issue, and the genitive name after it is no subject.
  { text: 'Американский мирный план из 28 пунктов опубликовал Axios. Численность Вооруженных сил Украины план ограничивает 600 тысячами человек.', expected: ['united-states military.army-cap support'] },
  { text: 'Американський мирний план із 28 пунктів оприлюднив Axios. Чисельність Збройних сил України план обмежує 600 тисячами.', expected: ['united-states military.army-cap support'] },
  // A gapped clause after a comma alone («…, західні країни — постачання зброї») leaves out the verb right before it.
  { text: 'Ушаков уточнив: перемир’я можливе, якщо Київ припинить мобілізацію, західні країни — постачання зброї.', expected: ['russia process.ceasefire support', 'russia military.demobilization support', 'russia military.halt-western-arms support'] },
  // "— this is not up for discussion" stands by the clause before it; "— this is a weakening" judges it.
  { text: 'Україна не відмовиться від вимоги відшкодування збитків: «Агресор має заплатити — це не обговорюється».', expected: ['ukraine justice.renounce-compensation oppose'] },
  { text: '«Будь-яке послаблення санкцій зараз — це послаблення наших позицій», — заявив Зеленський.', expected: ['ukraine economy.sanctions-relief oppose'] },
  // A meeting of the leaders in the prepositional case («о встрече лидеров»).
  { text: 'Украинская сторона настаивает на скорейшей встрече лидеров.', expected: ['ukraine process.leaders-meeting support'] },
  // Protection "like Article 5" in the dative («подобную статье 5», «пятой статье») is a security guarantee.
  { text: 'Уиткофф рассказал, что США готовы предоставить Украине защиту, «подобную статье 5» устава НАТО.', expected: ['united-states security.guarantees support'] },
  { text: 'Россия согласилась с тем, что США могут предоставить Украине защиту, аналогичную пятой статье Устава НАТО.', expected: ['russia security.guarantees support'] },
  // Partners who "will stop" supplying weapons (future perfective «припинять») halt them.
  { text: "Ушаков заявив, що перемир'я можливе лише за умови, що західні країни припинять постачання Україні зброї.", expected: ['russia process.ceasefire support', 'russia military.halt-western-arms support'] },
  // «На X не пойдем»: "to go for" what the fronted «на» names, negated, refuses it.
  { text: 'На сокращение армии Украина не пойдет никогда.', expected: ['ukraine military.army-cap oppose'] },
  { text: 'На скорочення армії Україна не піде.', expected: ['ukraine military.army-cap oppose'] },
  { text: 'На заморозку по линии фронта Киев готов пойти.', expected: ['ukraine territory.freeze-line support'] },
  // «потрібне», «нужна»: what is needed is asked for; a delegation opening the clause as a place speaks.
  { text: 'В українській делегації наголошують, що потрібне повне й безумовне перемир\'я щонайменше на 30 днів.', expected: ['ukraine process.ceasefire support'] },
  { text: 'В украинской делегации заявили, что нужна полная и безоговорочная остановка огня.', expected: ['ukraine process.ceasefire support'] },
  // Fighting that "will stop" once a condition is met is a ceasefire offered on that condition.
  { text: 'Ушаков заявил, что боевые действия прекратятся после ухода ВСУ из Донбасса.', expected: ['russia process.ceasefire support'] },
  { text: 'Ушаков заявив, що бойові дії припиняться після виходу ЗСУ з Донбасу.', expected: ['russia process.ceasefire support'] },
  // A verb after a word that judges the issue before it («воровством») has no issue of its own.
  { text: 'Песков назвал любые попытки изъять российские активы «воровством» и пообещал, что они не останутся без ответа.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Украина требует освободить удерживаемых в России гражданских.', expected: ['ukraine humanitarian.civilian-release support'] },
  { text: 'Москва предложила освободить всех удерживаемых гражданских лиц.', expected: ['russia humanitarian.civilian-release support'] },
  { text: 'Украина требует от России выплаты репараций.', expected: ['ukraine justice.renounce-compensation oppose'] },
  // Economy.
  { text: 'Кремль выступает против изъятия активов Банка России.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Україна наполягає на вилученні російських активів.', expected: ['ukraine economy.frozen-assets-reconstruction support'] },
  { text: 'Москва назвала кражей использование замороженных активов.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Кремль зажадав зняття санкцій.', expected: ['russia economy.sanctions-relief support'] },
  // Society.
  { text: 'Россия требует прекратить преследование канонической Украинской православной церкви.', expected: ['russia society.church support'] },
  { text: 'Росія вимагає припинити утиски УПЦ.', expected: ['russia society.church support'] },
  { text: 'Росія вимагає скасувати мовний закон.', expected: ['russia society.russian-official-language support'] },
];

/** Sentences that share the words but state no position. */
/** Negative concord: "не ... жодних", "не ... ни", "не ... никаких" are one negation, not two. */
const NEGATIVE_CONCORD: Case[] = [
  // A negated verb that judges negates its judgement.
  { text: 'Трамп дал понять, что больше не считает перемирие обязательным шагом.', expected: ['united-states process.ceasefire oppose'] },
  { text: 'Европейцы предлагают не накладывать никаких ограничений на численность украинской армии.', expected: ['europe military.army-cap oppose'] },
  // A variant of a text, named by its owner, is that owner's text.
  {
    text: 'Европейцы представили собственный вариант. В нем предлагается не накладывать никаких ограничений на численность украинской армии.',
    expected: ['europe military.army-cap oppose'],
  },
  { text: 'Україна не погодиться на жодні обмеження чисельності армії.', expected: ['ukraine military.army-cap oppose'] },
  { text: 'Каллас заявила, що Євросоюз не підтримає жодних обмежень для Збройних сил України.', expected: ['europe military.army-cap oppose'] },
  { text: 'Россия не согласится ни на какие ограничения численности армии Украины.', expected: ['russia military.army-cap oppose'] },
  { text: 'Кремль не допустит никаких иностранных войск на Украине, заявил Песков.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Київ не визнає жодних окупованих територій російськими.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  // A concord word with no negation before it is the negation.
  { text: 'Никаких иностранных войск на Украине не будет, заявил Песков.', expected: ['russia security.foreign-troops oppose'] },
];

const NOT_POSITIONS: Case[] = [
  // A decision not taken, or put off, is no refusal.
  { text: 'Лідери Євросоюзу так і не ухвалили остаточного рішення щодо репараційного кредиту за рахунок заморожених російських активів.', expected: [] },
  { text: 'Евросоюз отложил решение по репарационному кредиту за счет замороженных российских активов.', expected: [] },
  // A think tank's fellow forecasting what the Kremlin will insist on states no position.
  { text: 'Старший науковий співробітник одного з вашингтонських аналітичних центрів вважає, що Кремль наполягатиме на обмеженні чисельності ЗСУ.', expected: [] },
  { text: 'ЗСУ вийшли з Покровська, повідомив Генштаб.', expected: [] },
  { text: '«Шахтер» вышел в финал Кубка Украины, обыграв «Динамо».', expected: [] },
  { text: 'Путин выступил с ежегодным посланием Федеральному собранию.', expected: [] },
  { text: 'Росія продовжує обстрілювати Харків попри заяви про перемир\'я.', expected: [] },
  { text: 'В МИД заявили, что Киев использует паузы в боевых действиях для перегруппировки сил.', expected: [] },
  { text: 'Россия готовится к выборам в Госдуму.', expected: [] },
  // "Віддана" given away is not "відданий" committed.
  { text: 'Окупована територія віддана Росії.', expected: [] },
  // Collecting the dead from the field is not an exchange of bodies; the truce for it is still a truce.
  { text: 'Украина отвергла предложение России о прекращении огня на отдельных участках фронта для сбора тел погибших.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire oppose'] },
  { text: "Україна запропонувала дводенне перемир'я для збору тіл загиблих.", expected: ['ukraine process.ceasefire support'] },
  { text: 'Стороны договорились о локальном прекращении огня для поиска тел погибших.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
  // Limits on Russia's army are not a cap on Ukraine's.
  { text: 'Обмежувати слід армію Росії, — сказала Каллас.', expected: [] },
  { text: 'Такие гарантии обсуждаются между США и Европой.', expected: [] },
  { text: 'Експерти вважають, що Росія наполягатиме на нейтральному статусі України.', expected: [] },
  // After the end of hostilities is when, not a demand for a ceasefire.
  { text: 'Водночас Британія та Франція планують місію, яка має з\'явитися в Україні після припинення бойових дій.', expected: [] },
];

/**
 * Word orders English does not have: a judgement before what it judges, an object before its
 * verb and a subject after it, a place after an impersonal verb, a headline without a verb.
 */
const FREE_ORDER: Case[] = [
  // A predicative before its subject: "неприемлемо X".
  { text: 'Для России неприемлемо присутствие войск НАТО на Украине, подчеркнула Захарова.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Для Києва неприйнятна відмова від Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Неприемлемо для Москвы размещение иностранных войск на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: '«Для нас неприемлемо присутствие войск НАТО на Украине», — сказал Песков.', expected: ['russia security.foreign-troops oppose'] },
  { text: '«Для нас неприйнятна відмова від Донбасу», — заявив Зеленський.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // A fronted object and a subject after the verb.
  { text: 'Против размещения миротворцев выступает и Кремль.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Проти розміщення миротворців виступає і Кремль.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Против вступления Украины в Евросоюз Кремль не возражает, добавил Песков.', expected: ['russia security.eu-membership support'] },
  { text: 'За обмен пленными выступили Киев и Москва.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Против снятия санкций выступают и в Брюсселе.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Проти зняття санкцій виступають у Брюсселі.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'За проведение выборов в Украине высказались в Вашингтоне.', expected: ['united-states process.elections support'] },
  { text: 'Требование Москвы о выводе войск из Донбасса отвергли в Киеве.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  // A place after the verb speaks for its government ("отвергли в Кремле").
  { text: 'Предложение о перемирии отвергли в Кремле.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Перемирие отвергли в Кремле.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Отвергли в Кремле и предложение о перемирии.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Перемирие поддержали и в Вашингтоне.', expected: ['united-states process.ceasefire support'] },
  { text: 'О перемирии договорились Россия и Украина.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Вступ до НАТО Україна не відкидає.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Вимогу Москви про вихід з Донбасу відкинули у Києві.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  // A negation already spent on the verb does not negate the stance noun after it.
  { text: 'Россия не откажется от требования вывести войска из Донбасса.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Росія не відмовиться від вимоги вивести війська з Донбасу.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Україна не відмовиться від вимоги повернути всіх дітей.', expected: ['ukraine humanitarian.children-return support'] },
  // A perfective future is a commitment ("will hand over"), with no auxiliary to mark it.
  { text: 'Россия передаст Украине тела 6000 погибших военнослужащих, сообщил Мединский.', expected: ['russia humanitarian.bodies-exchange support'] },
  { text: 'Британия и Франция развернут миротворцев на Украине.', expected: ['europe security.foreign-troops support'] },
  // A fronted prepositional condition without a comma ends at its noun.
  { text: 'Зеленський: під час воєнного стану вибори проводитися не будуть.', expected: ['ukraine process.elections oppose'] },
  // A copula-less headline: "X против Y".
  { text: 'Россия против перемирия.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Ушаков: Москва против перемирия.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Київ проти заморозки конфлікту.', expected: ['ukraine territory.freeze-line oppose'] },
  { text: '«Мы против перемирия», — сказал Песков журналистам.', expected: ['russia process.ceasefire oppose'] },
  // The speaker after a quote, across a dash of any kind.
  { text: '«Перемирие невозможно без решения первопричин», - сказал Песков.', expected: ['russia process.ceasefire oppose'] },
  { text: '«Мы не согласимся на заморозку конфликта», – сказал Песков.', expected: ['russia territory.freeze-line oppose'] },
  { text: '«Вступ України до НАТО неприйнятний», — заявив речник Кремля Дмитро Пєсков.', expected: ['russia security.nato-membership oppose'] },
  // Who is cited is not one more subject after the comma.
  { text: 'За словами Зеленського, Росія відкинула перемир\'я.', expected: ['russia process.ceasefire oppose'] },
  { text: 'По словам Рубио, Россия отвергла перемирие.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Москва, Киев и Вашингтон поддержали перемирие.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  // A fronted "with this initiative" points back to what the sentence before rejected, and the verb's subject follows it.
  {
    text: 'Москва отвергла идею заморозки конфликта. Ранее с такой инициативой выступили Трамп и лидеры ЕС.',
    expected: ['russia territory.freeze-line oppose', 'united-states territory.freeze-line support', 'europe territory.freeze-line support'],
  },
  {
    text: 'Україна відкинула пропозицію про заморожування конфлікту. З цією ініціативою раніше виступили США.',
    expected: ['ukraine territory.freeze-line oppose', 'united-states territory.freeze-line support'],
  },
  { text: 'Киев поддержал идею перемирия.', expected: ['ukraine process.ceasefire support'] },
  // A judgement right after the verb that frames it, before what it judges.
  { text: 'Москва считает «абсолютно неприемлемым» размещение на Украине иностранных контингентов.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Київ вважає неприйнятним виведення військ з Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // A part of the text named before («окремим пунктом», «в числе заключительных пунктов») speaks for its author.
  { text: 'Російська делегація передала українській стороні меморандум. Окремим пунктом іде заборона героїзації нацизму.', expected: ['russia society.denazification support'] },
  { text: 'Российская делегация передала украинской стороне меморандум. В числе заключительных пунктов — поэтапная отмена санкций против России.', expected: ['russia economy.sanctions-relief support'] },
  // Who agrees a text («согласовали рамку») writes it; «у новій редакції» cites it.
  {
    text: 'Делегації США та України узгодили оновлену рамку миру. У новій редакції граничну чисельність української армії в мирний час збільшено до 800 тисяч.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
  },
  { text: 'Вывод украинских войск из Донбасса по-прежнему остается для Москвы непременным условием договоренности.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // A title before the party in the genitive names a person; «по его словам» set off by commas cites them.
  { text: 'Министр обороны США выступил в Брюсселе. Членство Украины в НАТО, по его словам, не может быть реалистичным итогом переговоров.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'Членство Украины в НАТО, по его словам, не может быть реалистичным итогом переговоров.', expected: [] },
  { text: 'Глава МЗС України виступив у Брюсселі. Вимоги щодо «денацифікації», за його словами, абсурдні.', expected: ['ukraine society.denazification oppose'] },
  // Recognising Russian control over regions recognises them as Russian; nobody withdraws.
  {
    text: 'Американський документ пропонує де-факто визнати російський контроль над Луганською областю.',
    expected: ['united-states territory.recognize-annexed-oblasts support'],
    detail: { regions: ['luhansk'] },
  },
  // "The only state language", with the language named first.
  { text: 'Сибига выступил в Киеве. «Украинский язык остается единственным государственным», — сказал министр.', expected: ['ukraine society.russian-official-language oppose'] },
  // A condition's own negated verb before the issue; the marker's «условии» is no stance of its own.
  {
    text: 'Россия поддерживает идею прекращения огня, но только при условии, что Украина не воспользуется паузой для переброски войск, заявил Песков.',
    expected: ['russia process.ceasefire support', 'russia military.no-redeployment support'],
  },
  // A judgement opening its clause after «что» and a modal; a clause with its verb left out after a dash.
  {
    text: 'Песков заявил, что должна быть исключена передислокация украинских подразделений, а поставки западного оружия киевскому режиму — прекращены.',
    expected: ['russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  { text: 'Признание Крыма российским является императивом для любого урегулирования, заявил Лавров.', expected: ['russia territory.recognize-crimea support'] },
  // A passive fronted before the sanctions it lifts; renouncing force at sea is a truce.
  {
    text: 'Кремль уточнил, что договоренности вступят в силу только после того, как с «Россельхозбанка» будут сняты санкции.',
    expected: ['russia economy.sanctions-relief support'],
  },
  { text: 'Россия и США договорились обеспечить безопасное судоходство в Черном море и исключить применение силы.', expected: ['russia process.ceasefire support', 'united-states process.ceasefire support'] },
  // A bare «инициативу» points back to what was proposed.
  { text: 'Еврокомиссия предложила направить замороженные российские активы на восстановление Украины. В Москве инициативу назвали воровством.', expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'] },
  // A text between a fronted object and its verb is the verb's subject.
  {
    text: 'Команда Віткоффа напрацювала проєкт мирного плану. Чисельність Збройних сил України документ обмежує 600 тисячами військовослужбовців.',
    expected: ['united-states military.army-cap support'],
    detail: { numbers: [600000] },
  },
  // Whoever acts «вместе с» the subject holds it too, unless only an aside says so.
  {
    text: 'Макрон, Мерц и Стармер вместе с Владимиром Зеленским призвали Россию согласиться на безусловное прекращение огня.',
    expected: ['europe process.ceasefire support', 'ukraine process.ceasefire support'],
  },
  { text: 'Европейские лидеры, собравшиеся в Вашингтоне вместе с украинским президентом, настаивали на прекращении огня.', expected: ['europe process.ceasefire support'] },
  // "One of the priorities", "part of the peace process" judge the issue before them.
  { text: 'Госдепартамент США назвал возвращение украинских детей одним из приоритетов переговоров.', expected: ['united-states humanitarian.children-return support'] },
  { text: 'Рубио подтвердил, что американская сторона видит выборы частью мирного процесса.', expected: ['united-states process.elections support'] },
  // «на це» points back to an issue its sentence named before with no holder.
  {
    text: "Зеленський наголосив, що будь-яке пом'якшення санкцій проти Росії зараз стало б «послабленням позицій» і Україна на це не погоджується.",
    expected: ['ukraine economy.sanctions-relief oppose'],
  },
  // «як сказано в плані» cites the text; the text's word is no stance of its own.
  {
    text: 'Команда Віткоффа напрацювала проєкт мирного плану. Україна, як сказано в плані, має закріпити в Конституції відмову від вступу до НАТО.',
    expected: ['united-states security.nato-membership oppose'],
  },
  // Stopping where one stands freezes the front: the reflexive «зупинитися» stops no issue.
  { text: 'Зеленський сказав: «Ми готові зупинитися там, де стоїмо, – на нинішній лінії зіткнення».', expected: ['ukraine territory.freeze-line support'] },
  // A law the issue describes in a participle clause set off by commas, repealed.
  { text: 'Лавров сказал, что законы, героизирующие пособников нацистов, должны быть отменены.', expected: ['russia society.denazification support'] },
  // The object of an infinitive fronted past the verb it hangs on.
  { text: 'Лінію фронту Вашингтон пропонує заморозити там, де вона проходить зараз.', expected: ['united-states territory.freeze-line support'] },
  // A participle with its agent before the issue: the agent proposed it, and the verb's subject agrees.
  { text: 'Украина согласилась на предложенное Вашингтоном 30-дневное прекращение огня.', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  {
    text: 'Москва готова рассмотреть перемирие только при условии, что на это время будут прекращены поставки западного оружия Украине.',
    expected: ['russia process.ceasefire support', 'russia military.halt-western-arms support'],
  },
  // Suspending («приостановить», «призупинити») halts.
  { text: 'Вашингтон решил приостановить военную помощь Украине.', expected: ['united-states military.halt-western-arms support'] },
  { text: 'США вирішили призупинити військову допомогу Україні.', expected: ['united-states military.halt-western-arms support'] },
  // «Делегації України та США … Сторони погодилися»: the sides are the two parties whose delegations were named.
  {
    text: 'Делегації України та США за підсумками переговорів у Женеві оприлюднили спільну заяву. Сторони погодилися, що гарантії безпеки для Києва мають бути «міцними і надійними».',
    expected: ['ukraine security.guarantees support', 'united-states security.guarantees support'],
  },
  // A meeting «лідерів», «лидеров» at these talks is Putin's and Zelensky's.
  { text: 'Ердоган підтвердив, що Анкара готова прийняти зустріч лідерів у Стамбулі.', expected: ['turkey process.leaders-meeting support'] },
  // An ordinal opening a sentence («Второй, …») is the next option of the text named before; «перестают» stops.
  {
    text: 'Российская делегация передала Украине меморандум с двумя вариантами. Первый вариант, согласно документу, предусматривает полный вывод ВСУ из Донбасса. Второй, «пакетный», выглядит иначе: Украина прекращает мобилизацию, а западные страны перестают поставлять ей оружие.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia military.demobilization support', 'russia military.halt-western-arms support'],
    detail: { regions: ['donetsk', 'luhansk'] },
  },
  // «Эти требования» stand for all the demands of whoever made the last ones, over several sentences.
  {
    text: 'Лавров заявил, что Москва добивается придания русскому языку статуса государственного. Кроме того, Россия требует отменить запрет Украинской православной церкви. В Киеве эти требования отвергают.',
    expected: ['russia society.russian-official-language support', 'russia society.church support', 'ukraine society.russian-official-language oppose', 'ukraine society.church oppose'],
  },
  // Agreeing with a party: both hold it.
  { text: 'Вашингтон заключил с Киевом договоренность о прекращении боевых действий на море.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Росія домовилася з Україною про обмін полоненими.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // Raising a question at talks asks for it.
  { text: 'Українська делегація порушила в Джидді питання повернення депортованих дітей.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Российская сторона подняла вопрос о снятии санкций.', expected: ['russia economy.sanctions-relief support'] },
  // "This proposal" points back to what the same sentence proposed before it.
  { text: 'Українська сторона запропонувала припинення вогню на 30 днів, але Москва цю пропозицію не прийняла.', expected: ['ukraine process.ceasefire support', 'russia process.ceasefire oppose'] },
];

/** The same words in orders that state nothing, or only what they state. */
const FREE_ORDER_NOT: Case[] = [
  // Immobilising the assets states no stance on using them.
  { text: 'ЄС безстроково заблокував російські активи.', expected: [] },
  // A local truce on sections of the front freezes nothing.
  { text: 'Москва предложила объявить перемирие на два-три дня на отдельных участках линии соприкосновения.', expected: ['russia process.ceasefire support'] },
  { text: 'Война России против Украины продолжается.', expected: [] },
  { text: 'Санкции ЕС против России продлены.', expected: [] },
  { text: 'Он против перемирия.', expected: [] },
  { text: 'Неприемлемо.', expected: [] },
  { text: 'Для них неприемлемо перемирие.', expected: [] },
  { text: 'Перемирие поддержали 30 стран.', expected: [] },
  { text: 'Вопрос о перемирии обсудили в Кремле.', expected: [] },
  { text: 'Перемирие нарушили российские войска.', expected: [] },
  // A verb after a comma governs the issue after it, not the fronted one.
  { text: 'Перемирие Москва отвергла, предложив взамен обмен пленными.', expected: ['russia process.ceasefire oppose', 'russia humanitarian.prisoner-exchange support'] },
  // A party followed by an infinitive is the verb's object, not its subject.
  { text: 'Призвал Киев согласиться на перемирие Трамп.', expected: [] },
  // "Without guarantees" keeps its noun: the judgement after it is the main clause's, and the condition is demanded.
  { text: 'Без гарантий безопасности мир невозможен, заявил Зеленский.', expected: ['ukraine security.guarantees support'] },
];

/**
 * Phrasings the engine does not read yet (see the notes at each). They are kept as expected
 * failures so that the engine change shows here.
 */
const ENGINE_GAPS: Case[] = [
  // A pair's participants as the joint subject of "ready to": the stance word stands between them and the anchor.
  { text: 'Президенты России и Украины готовы встретиться.', expected: ['russia process.leaders-meeting support', 'ukraine process.leaders-meeting support'] },
  // An issue named by the verb itself ("продлил санкции" keeps them, it does not lift them).
  { text: 'Евросоюз продлил санкции против России.', expected: ['europe economy.sanctions-relief oppose'] },
];

describeCases('Ukrainian and Russian verb forms', VERB_FORMS);
describeCases('Ukrainian and Russian word order', WORD_ORDER);
describeCases('Ukrainian and Russian issue vocabulary', VOCABULARY);
describeCases('Ukrainian and Russian negative concord', NEGATIVE_CONCORD);
describeCases('Ukrainian and Russian: not positions', NOT_POSITIONS);
describeCases('Ukrainian and Russian free word order', FREE_ORDER);
describeCases('Ukrainian and Russian free word order: not positions', FREE_ORDER_NOT);
describeCases(
  'Ukrainian and Russian: engine gaps',
  ENGINE_GAPS,
  ENGINE_GAPS.map((entry) => entry.text),
);

describe('Ukrainian and Russian word lists', () => {
  const file = JSON.parse(readFileSync(new URL('../../data/taxonomy.json', import.meta.url), 'utf8')) as unknown;

  /** Every "uk" and "ru" array of the taxonomy file, with where it is. */
  function slavicLists(node: unknown, path: string, out: [string, string[]][]): [string, string[]][] {
    if (Array.isArray(node)) node.forEach((child, index) => slavicLists(child, `${path}[${index}]`, out));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'uk' || key === 'ru') && Array.isArray(value)) out.push([`${path}.${key}`, value as string[]]);
        else slavicLists(value, `${path}.${key}`, out);
      }
    }
    return out;
  }

  it('spell Cyrillic words in Cyrillic only (a Latin "i" or "o" inside one never matches)', () => {
    const mixed: string[] = [];
    for (const [path, list] of slavicLists(file, '', [])) {
      for (const pattern of list) {
        for (const word of pattern.split(/[\s|{},]+/)) {
          if (/\p{Script=Cyrillic}/u.test(word) && /[A-Za-z]/.test(word)) mixed.push(`${path}: ${pattern}`);
        }
      }
    }
    expect(mixed).toEqual([]);
  });
});
