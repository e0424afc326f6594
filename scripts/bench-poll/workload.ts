/**
 * The poll benchmark's workload: FEEDS RSS feeds of ITEMS items, each description about 500 bytes,
 * about one item in ten about the talks and stating a party's position, in English, Ukrainian or
 * Russian (one language per feed, as outlets are). Everything follows from the seed, so every
 * tool and every run reads the same bytes. Generation g of a feed lists items g … g + ITEMS - 1,
 * newest first: the next generation adds one item and drops the oldest, as a live feed does.
 */

import { seededRandom } from '../seeded-random.js';

export type Lang = 'en' | 'uk' | 'ru';

export interface WorkloadShape {
  feeds: number;
  items: number;
  seed: number;
}

export const DEFAULT_SHAPE: WorkloadShape = { feeds: 1_000, items: 50, seed: 20_250_602 };

const DESCRIPTION_BYTES = 500;
const RELEVANT_SHARE = 0.1;
/** When the workload's first item was published. */
export const WORKLOAD_EPOCH = Date.UTC(2025, 10, 1);


function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

type Party = 'russia' | 'ukraine' | 'united-states' | 'europe';

interface Phrases {
  /** Who speaks for a party: a title and a name, then the verb of saying and the complementizer. */
  speakers: Record<Party, readonly string[]>;
  /** What a party wants, refuses or offers: a whole clause, subject first. {n} is a figure. */
  positions: Record<Party, readonly string[]>;
  hedges: readonly string[];
  context: readonly string[];
  titles: readonly string[];
  /** Everyday news that has nothing to do with the talks. */
  other: readonly string[];
  otherTitles: readonly string[];
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    speakers: {
      russia: ['Kremlin spokesman Dmitry Peskov said', 'Russian Foreign Minister Sergei Lavrov told reporters', 'Presidential aide Yuri Ushakov said', 'Deputy Foreign Minister Sergei Ryabkov said'],
      ukraine: ['President Volodymyr Zelensky said', 'Foreign Minister Andrii Sybiha said', 'Ukraine\'s chief negotiator Rustem Umerov told reporters', 'Presidential adviser Mykhailo Podolyak said'],
      'united-states': ['US envoy Steve Witkoff said', 'Secretary of State Marco Rubio told reporters', 'A White House spokeswoman said'],
      europe: ['EU foreign policy chief Kaja Kallas said', 'European Commission President Ursula von der Leyen said', 'French President Emmanuel Macron said'],
    },
    positions: {
      russia: [
        'Moscow demands the full withdrawal of Ukrainian troops from the Donetsk region',
        'Russia insists that Ukraine must never join NATO',
        'Moscow demands that Ukraine cap its armed forces at {n} troops',
        'Russia rejects any deployment of European troops in Ukraine',
        'Moscow demands the lifting of Western sanctions as part of any settlement',
        'Russia is ready to exchange prisoners on an all-for-all basis',
        'Moscow opposes a ceasefire before a comprehensive peace treaty is signed',
        'Russia demands international recognition of Crimea as Russian territory',
      ],
      ukraine: [
        'Kyiv rejects any withdrawal of its troops from the Donetsk region',
        'Ukraine will never recognise Crimea as Russian',
        'Kyiv insists on security guarantees comparable to NATO\'s Article 5',
        'Ukraine supports an unconditional ceasefire along the current front line',
        'Kyiv refuses to hold elections under martial law',
        'Ukraine demands the return of all deported Ukrainian children',
        'Ukraine rejects any cap on its army below {n} troops',
        'Kyiv wants frozen Russian assets to pay for reconstruction',
      ],
      'united-states': [
        'the US plan caps the size of Ukraine\'s armed forces at {n} troops',
        'Washington supports a ceasefire along the current line of contact',
        'the United States opposes Ukraine\'s membership of NATO',
        'the US proposal offers Russia a phased easing of sanctions',
      ],
      europe: [
        'Europe supports Ukraine\'s path to EU membership',
        'the European Union rejects any easing of sanctions before a ceasefire',
        'Europe is ready to deploy a reassurance force to Ukraine after a ceasefire',
        'the EU insists that frozen Russian assets fund Ukraine\'s reconstruction',
      ],
    },
    hedges: ['', '', '', 'reportedly ', 'according to people familiar with the talks, '],
    context: [
      'The remarks came ahead of a new round of peace talks in Istanbul.',
      'Delegations from Russia and Ukraine met in Geneva on Sunday to discuss the draft peace plan.',
      'Negotiators are expected to meet again next week, officials said.',
      'The talks on ending the war have stalled over territory and security guarantees.',
      'Both sides accuse each other of dragging out the negotiations.',
    ],
    titles: ['Peace talks: {p} sets out terms', 'Ukraine talks resume as {p} hardens stance', 'UPDATE 1-{p} restates demands before Istanbul round', 'Explainer: what {p} wants from a peace deal', 'LIVE: Russia-Ukraine negotiations, day {d}'],
    other: [
      'Wheat futures rose for a third day as traders weighed weather risks across the Black Sea region.',
      'The central bank left its key rate unchanged and signalled caution about inflation.',
      'The city council approved a new budget for road repairs and public transport.',
      'Heavy snow disrupted flights at several airports, the operator said on Tuesday.',
      'The home side won 2-1 after a late penalty in a tense league match.',
      'A new exhibition of modern art opened at the national museum on Friday.',
      'Shares in the carmaker fell after it cut its full-year sales forecast.',
      'Scientists reported progress on a battery that charges in ten minutes.',
      'The ministry said tourism numbers recovered to pre-pandemic levels this summer.',
      'Rail operators announced timetable changes for the holiday season.',
    ],
    otherTitles: ['Markets: grain prices climb', 'Weather warning for the weekend', 'League round-up, matchday {d}', 'Budget approved for city transport', 'Tech: faster charging batteries', 'Culture: museum opens new wing'],
  },
  uk: {
    speakers: {
      russia: ['Речник Кремля Дмитро Пєсков заявив, що', 'Міністр закордонних справ РФ Сергій Лавров сказав журналістам, що', 'Помічник президента РФ Юрій Ушаков заявив, що'],
      ukraine: ['Президент Володимир Зеленський заявив, що', 'Міністр закордонних справ Андрій Сибіга наголосив, що', 'Голова делегації Рустем Умєров сказав, що'],
      'united-states': ['Спецпосланець США Стів Віткофф заявив, що', 'Держсекретар США Марко Рубіо сказав, що'],
      europe: ['Верховна представниця ЄС Кая Каллас заявила, що', 'Президентка Єврокомісії Урсула фон дер Ляєн заявила, що'],
    },
    positions: {
      russia: [
        'Москва вимагає виведення українських військ з Донецької області',
        'Росія наполягає, щоб Україна ніколи не вступала до НАТО',
        'Москва вимагає обмежити чисельність ЗСУ {n} військовослужбовцями',
        'Росія відкидає розміщення європейських військ в Україні',
        'Москва вимагає скасування західних санкцій',
      ],
      ukraine: [
        'Київ відкидає виведення військ з Донецької області',
        'Україна ніколи не визнає Крим російським',
        'Київ вимагає гарантій безпеки, подібних до статті 5 НАТО',
        'Україна підтримує повне припинення вогню на нинішній лінії фронту',
        'Київ відмовляється проводити вибори під час воєнного стану',
        'Україна вимагає повернення всіх депортованих українських дітей',
      ],
      'united-states': ['план США обмежує чисельність ЗСУ {n} військовослужбовцями', 'Вашингтон підтримує припинення вогню на нинішній лінії зіткнення'],
      europe: ['Європа підтримує вступ України до ЄС', 'ЄС відкидає пом\'якшення санкцій до припинення вогню'],
    },
    hedges: ['', '', '', 'нібито ', 'за даними джерел, '],
    context: [
      'Заява пролунала напередодні нового раунду мирних переговорів у Стамбулі.',
      'Делегації України та Росії зустрілися в Женеві, щоб обговорити проєкт мирного плану.',
      'Переговори про завершення війни загальмували через питання території та гарантій безпеки.',
      'Наступна зустріч переговорників очікується наступного тижня.',
    ],
    titles: ['Мирні переговори: {p} висуває умови', 'Переговори відновлюються, {p} посилює позицію', 'Що {p} хоче від мирної угоди', 'Наживо: переговори, день {d}'],
    other: [
      'Ціни на пшеницю зросли третій день поспіль через погодні ризики.',
      'Національний банк залишив облікову ставку без змін.',
      'Міська рада ухвалила бюджет на ремонт доріг і громадський транспорт.',
      'Сильний снігопад спричинив затримки рейсів у кількох аеропортах.',
      'Господарі перемогли з рахунком 2:1 завдяки пенальті наприкінці матчу.',
      'У національному музеї відкрилася нова виставка сучасного мистецтва.',
      'Залізниця оголосила зміни до розкладу на святковий період.',
      'Науковці повідомили про батарею, що заряджається за десять хвилин.',
    ],
    otherTitles: ['Ринки: зерно дорожчає', 'Погода: попередження на вихідні', 'Огляд туру, тур {d}', 'Культура: нова виставка'],
  },
  ru: {
    speakers: {
      russia: ['Пресс-секретарь Кремля Дмитрий Песков заявил, что', 'Глава МИД России Сергей Лавров сказал журналистам, что', 'Помощник президента Юрий Ушаков заявил, что'],
      ukraine: ['Президент Украины Владимир Зеленский заявил, что', 'Глава МИД Украины Андрей Сибига сказал, что', 'Глава украинской делегации Рустем Умеров заявил, что'],
      'united-states': ['Спецпосланник США Стив Уиткофф заявил, что', 'Госсекретарь США Марко Рубио сказал, что'],
      europe: ['Глава дипломатии ЕС Кая Каллас заявила, что', 'Председатель Еврокомиссии Урсула фон дер Ляйен заявила, что'],
    },
    positions: {
      russia: [
        'Москва требует вывода украинских войск из Донецкой области',
        'Россия настаивает, чтобы Украина никогда не вступала в НАТО',
        'Москва требует ограничить численность ВСУ {n} военнослужащими',
        'Россия отвергает размещение европейских войск на Украине',
        'Москва требует отмены западных санкций',
      ],
      ukraine: [
        'Киев отвергает вывод войск из Донецкой области',
        'Украина никогда не признает Крым российским',
        'Киев требует гарантий безопасности по образцу статьи 5 НАТО',
        'Украина поддерживает полное прекращение огня по текущей линии фронта',
        'Киев отказывается проводить выборы во время военного положения',
      ],
      'united-states': ['план США ограничивает численность ВСУ {n} военнослужащими', 'Вашингтон поддерживает прекращение огня по линии соприкосновения'],
      europe: ['Европа поддерживает вступление Украины в ЕС', 'ЕС отвергает ослабление санкций до прекращения огня'],
    },
    hedges: ['', '', '', 'якобы ', 'по данным источников, '],
    context: [
      'Заявление прозвучало накануне нового раунда мирных переговоров в Стамбуле.',
      'Делегации России и Украины встретились в Женеве, чтобы обсудить проект мирного плана.',
      'Переговоры о завершении войны зашли в тупик из-за вопросов территории и гарантий безопасности.',
      'Следующая встреча переговорщиков ожидается на следующей неделе.',
    ],
    titles: ['Мирные переговоры: {p} выдвигает условия', 'Переговоры возобновляются, {p} ужесточает позицию', 'Чего {p} хочет от мирного соглашения', 'Онлайн: переговоры, день {d}'],
    other: [
      'Цены на пшеницу выросли третий день подряд из-за погодных рисков.',
      'Центральный банк сохранил ключевую ставку без изменений.',
      'Городской совет утвердил бюджет на ремонт дорог и общественный транспорт.',
      'Сильный снегопад вызвал задержки рейсов в нескольких аэропортах.',
      'Хозяева победили со счетом 2:1 благодаря пенальти в конце матча.',
      'В национальном музее открылась новая выставка современного искусства.',
      'Железная дорога объявила об изменениях в расписании на праздники.',
      'Ученые сообщили о батарее, которая заряжается за десять минут.',
    ],
    otherTitles: ['Рынки: зерно дорожает', 'Погода: предупреждение на выходные', 'Обзор тура, тур {d}', 'Культура: новая выставка'],
  },
};

const PARTY_NAMES: Record<Lang, Record<Party, string>> = {
  en: { russia: 'Russia', ukraine: 'Ukraine', 'united-states': 'Washington', europe: 'Europe' },
  uk: { russia: 'Росія', ukraine: 'Україна', 'united-states': 'Вашингтон', europe: 'Європа' },
  ru: { russia: 'Россия', ukraine: 'Украина', 'united-states': 'Вашингтон', europe: 'Европа' },
};
const PARTIES: readonly Party[] = ['russia', 'russia', 'ukraine', 'ukraine', 'united-states', 'europe'];
const ARMY_CAPS = [600_000, 700_000, 800_000, 850_000];

export interface BenchItem {
  guid: string;
  link: string;
  title: string;
  description: string;
  published: Date;
  relevant: boolean;
}

export function feedLang(feed: number): Lang {
  const roll = feed % 10;
  return roll < 6 ? 'en' : roll < 8 ? 'uk' : 'ru';
}

/** Item `index` of feed `feed`: the same text whichever generation lists it. */
export function benchItem(shape: WorkloadShape, feed: number, index: number): BenchItem {
  const next = seededRandom(shape.seed ^ Math.imul(feed + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const lang = feedLang(feed);
  const phrases = PHRASES[lang];
  const relevant = next() < RELEVANT_SHARE;
  const sentences: string[] = [];
  let title: string;
  const figure = (): string => {
    const cap = pick(next, ARMY_CAPS);
    return lang === 'en' ? cap.toLocaleString('en-US') : String(cap);
  };
  if (relevant) {
    const party = pick(next, PARTIES);
    const position = pick(next, phrases.positions[party]).replace('{n}', figure());
    const speaker = pick(next, phrases.speakers[party]);
    sentences.push(`${speaker} ${pick(next, phrases.hedges)}${position}.`, pick(next, phrases.context));
    title = pick(next, phrases.titles).replace('{p}', PARTY_NAMES[lang][party]).replace('{d}', String(1 + (index % 30)));
  } else {
    title = pick(next, phrases.otherTitles).replace('{d}', String(1 + (index % 30)));
  }
  // Pad with everyday sentences to the size of a real summary; bytes, since Cyrillic takes two per letter.
  while (Buffer.byteLength(sentences.join(' ')) < DESCRIPTION_BYTES - 60) sentences.push(pick(next, phrases.other));
  const host = `outlet${feed}.example.org`;
  return {
    guid: `https://${host}/news/${index}`,
    link: `https://${host}/news/${index}?utm_source=rss`,
    title,
    description: sentences.join(' '),
    // One item every 40 minutes per feed, feeds staggered by a minute, so dates differ and order.
    published: new Date(WORKLOAD_EPOCH + index * 40 * 60_000 + feed * 60_000),
    relevant,
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Feed `feed` at `generation`: an RSS 2.0 document, newest item first. */
export function feedDocument(shape: WorkloadShape, feed: number, generation: number): string {
  const lang = feedLang(feed);
  const items: string[] = [];
  for (let index = generation + shape.items - 1; index >= generation; index--) {
    const item = benchItem(shape, feed, index);
    items.push(
      `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="true">${item.guid}</guid>` +
        `<pubDate>${item.published.toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
    );
  }
  const newest = benchItem(shape, feed, generation + shape.items - 1).published;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Outlet ${feed}</title>` +
    `<link>https://outlet${feed}.example.org/</link><description>News from outlet ${feed}</description><language>${lang}</language>` +
    `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>\n${items.join('\n')}\n</channel></rss>\n`
  );
}
