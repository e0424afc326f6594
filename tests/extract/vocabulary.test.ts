import type { Case } from './cases.js';
import { describeCases } from './describe-cases.js';

/**
 * The issue vocabulary by family: each family is a set of ways wire copy names one proposition
 * (or its opposite), in English, Ukrainian and Russian. The stance words are the lexicon's; these
 * sentences check that the issue is read whatever verb, noun or case form names it, and that the
 * look-alikes of other stories (hostages in Gaza, political prisoners, a swap carried out) are not.
 */
const SANCTIONS_RELIEF: Case[] = [
  { text: 'Moscow wants Washington to ease restrictions on Russian banks and fertiliser exports, Dmitriev said.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Russia demanded the reconnection of Rosselkhozbank to SWIFT.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'The EU will not loosen sanctions on Russia before a ceasefire, Kallas said.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Kallas said sanctions on Russia would remain in force until Moscow ends its aggression.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Trump proposed suspending sanctions on Aeroflot as a goodwill gesture.', expected: ['united-states economy.sanctions-relief support'] },
  { text: 'Зеленський виступив проти відміни санкцій проти Росії.', expected: ['ukraine economy.sanctions-relief oppose'] },
  { text: 'Москва требует снятия рестрикций против российских банков.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Дмитриев заявил, что Россия добивается отмены ограничений на российский экспорт удобрений.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Евросоюз отказался от послабления санкций против России.', expected: ['europe economy.sanctions-relief oppose'] },
  // Restrictions on the church are the church's issue, not sanctions.
  { text: 'Moscow demands Kyiv lift restrictions on the Moscow-linked church.', expected: ['russia society.church support'] },
];

const PRISONERS: Case[] = [
  { text: 'Kyiv demanded the return of Ukrainian prisoners.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Erdogan offered to help free prisoners held by both sides.', expected: ['turkey humanitarian.prisoner-exchange support'] },
  { text: 'Ukraine proposed the repatriation of POWs under Red Cross supervision.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Moscow rejected a proposal to free captured Ukrainian soldiers.', expected: ['russia humanitarian.prisoner-exchange oppose'] },
  { text: 'Zelensky called for a prisoner release before Easter.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Україна вимагає звільнити всіх полонених.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Київ наполягає на поверненні з полону всіх захисників.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Песков заявил, что Россия готова освободить военнопленных.', expected: ['russia humanitarian.prisoner-exchange support'] },
  { text: 'Москва предложила вернуть всех пленных.', expected: ['russia humanitarian.prisoner-exchange support'] },
  // A swap carried out, other wars' prisoners and political prisoners are not this issue.
  { text: 'Ukraine returned 390 prisoners of war on Friday.', expected: [] },
  { text: 'Trump called for the release of Palestinian prisoners and hostages held in Gaza.', expected: [] },
  { text: 'Zelensky demanded the release of political prisoners held in Belarus.', expected: [] },
];

const ARMY_CAP: Case[] = [
  { text: "Merz said Ukraine's army must have no limits on its size.", expected: ['europe military.army-cap oppose'] },
  { text: "European leaders rejected any restrictions on its size, saying Ukraine's army must stay strong.", expected: ['europe military.army-cap oppose'] },
  { text: 'Зеленський наголосив, що армія України має бути без обмежень чисельності.', expected: ['ukraine military.army-cap oppose'] },
];

const ANNEXED_REGIONS: Case[] = [
  { text: 'Lavrov said Moscow would insist on recognition of the four regions it annexed in 2022.', expected: ['russia territory.recognize-annexed-oblasts support'] },
  { text: 'Ukraine will never recognise Russian sovereignty over the annexed regions, Sybiha said.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Россия требует признания новых регионов.', expected: ['russia territory.recognize-annexed-oblasts support'] },
  { text: 'Україна ніколи не визнає російський суверенітет над чотирма областями.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
];

const OTHER_FAMILIES: Case[] = [
  { text: "Russia's memorandum demands a ban on glorifying Nazism.", expected: ['russia society.denazification support'] },
  { text: 'Москва требует запретить пропаганду нацизма.', expected: ['russia society.denazification support'] },
  { text: 'Ukraine is seeking the repatriation of the fallen, Umerov said.', expected: ['ukraine humanitarian.bodies-exchange support'] },
  { text: 'Україна домагається повернення загиблих.', expected: ['ukraine humanitarian.bodies-exchange support'] },
  { text: 'Москва готова к возвращению павших.', expected: ['russia humanitarian.bodies-exchange support'] },
  { text: 'Russia agreed to hand over 20 children to their families in Ukraine.', expected: ['russia humanitarian.children-return support'] },
  { text: 'Росія погодилася передати дітей їхнім родинам.', expected: ['russia humanitarian.children-return support'] },
  { text: 'Россия согласилась передать украинских детей их семьям.', expected: ['russia humanitarian.children-return support'] },
  { text: "Moscow opposes the alliance's expansion to Ukraine.", expected: ['russia security.nato-membership oppose'] },
  { text: 'Zelensky ruled out trading territory for peace.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Київ відкинув торгівлю територіями.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Киев отверг торговлю территориями.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Путин заявил, что договоренности должны быть юридически выверенными.', expected: ['russia process.treaty-legal-binding support'] },
];

const LAND_AND_TROOPS: Case[] = [
  { text: 'Zelensky said Kyiv would never trade its land for a ceasefire.', expected: ['ukraine territory.ukrainian-withdrawal oppose', 'ukraine process.ceasefire oppose'] },
  { text: 'Україна не віддасть жодного сантиметра своєї землі.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'The Kremlin insists on the withdrawal of Ukrainian troops.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Ukraine's incursion into Russia is not the withdrawal of the taxonomy.
  { text: 'The Kremlin insists on the withdrawal of Ukrainian troops from the Kursk region.', expected: [] },
  { text: 'Москва требует признать Крым и Донбасс субъектами Российской Федерации.', expected: ['russia territory.recognize-crimea support', 'russia territory.recognize-annexed-oblasts support'] },
  { text: 'Sybiha said Ukraine would never recognise any occupied region as Russian.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Macron said France was ready to put troops on the ground in Ukraine after a peace deal.', expected: ['europe security.foreign-troops support'] },
  // Refusing to send its own troops is still not opposition to foreign troops.
  { text: 'Hegseth said the US would not deploy its own troops to Ukraine.', expected: [] },
  { text: 'Witkoff said Washington backs the security guarantees, though he stopped short of committing American troops.', expected: ['united-states security.guarantees support'] },
  { text: 'Лідери ЄС пообіцяли очолити багатонаціональні сили в Україні.', expected: ['europe security.foreign-troops support'] },
  { text: 'Лавров отверг присутствие войск стран НАТО на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Moscow demanded that Ukrainian units not be moved along the front during the truce.', expected: ['russia military.no-redeployment support'] },
  { text: 'The Kremlin demanded an end to Western intelligence for Kyiv.', expected: ['russia military.halt-intelligence-sharing support'] },
  { text: 'The Kremlin has long demanded that Ukraine abandon the four regions it claims.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Згідно з проєктом США, українські війська виходять з Донецької області.', expected: ['united-states territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  { text: 'Washington lifted its pause on intelligence sharing and security assistance to Kyiv.', expected: ['united-states military.halt-intelligence-sharing oppose', 'united-states military.halt-western-arms oppose'] },
  { text: 'Washington resumed intelligence sharing with Kyiv.', expected: ['united-states military.halt-intelligence-sharing oppose'] },
  { text: 'Російська сторона ставила питання про обмеження чисельності української армії.', expected: ['russia military.army-cap support'] },
  { text: 'Российская сторона ставила вопрос об ограничении численности украинской армии.', expected: ['russia military.army-cap support'] },
  // Lifting a pause in intelligence sharing ends the halt; stressing the importance of a swap asks for it; «не разрешается» forbids.
  { text: 'Вашингтон обязался немедленно снять паузу в обмене разведданными с Киевом.', expected: ['united-states military.halt-intelligence-sharing oppose'] },
  { text: "Вашингтон зобов'язався зняти паузу в обміні розвідданими з Києвом.", expected: ['united-states military.halt-intelligence-sharing oppose'] },
  { text: 'Москва подчеркнула важность обмена военнопленными.', expected: ['russia humanitarian.prisoner-exchange support'] },
  { text: 'Київ наголосив на важливості обміну полоненими.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Согласно плану США, размещать войска НАТО на украинской территории не разрешается.', expected: ['united-states security.foreign-troops oppose'] },
  // Renouncing force at sea or on land is a truce.
  { text: 'The United States and Ukraine agreed to eliminate the use of force in the Black Sea.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Сполучені Штати домовилися з Україною про відмову від застосування сили в Чорному морі.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Россия согласилась на отказ от применения силы в Черном море.', expected: ['russia process.ceasefire support'] },
  { text: 'Russia demanded that Ukraine abandon Donetsk and Luhansk.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Putin said Russia would agree to a ceasefire if Ukraine withdrew from Donetsk.', expected: ['russia process.ceasefire support', 'russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
];

const ALLIANCES_AND_GUARANTEES: Case[] = [
  { text: 'Russia insists that Ukraine stay out of military alliances.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Trump rejected barring Ukraine from the alliance.', expected: ['united-states security.nato-membership support'] },
  { text: 'Kyiv demanded that it become a member of NATO.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Путин заявил, что безопасность Украины должна быть обеспечена.', expected: ['russia security.guarantees support'] },
  { text: 'Kallas ruled out easing pressure on Moscow before a ceasefire.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Россия требует, чтобы санкции против нее сняли.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Kremlin agreed to refrain from strikes on energy facilities.', expected: ['russia process.ceasefire support'] },
  { text: 'Зеленський закликав спрямувати російські кошти на відбудову України.', expected: ['ukraine economy.frozen-assets-reconstruction support'] },
];

const STANCE_FORMS: Case[] = [
  // A fronted proposition refused: "не допустит", "не примет", "не устраивает".
  { text: 'Присутствие войск стран НАТО на Украине Москва не допустит, заявил Рябков.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Розміщення іноземних військ в Україні Кремль не прийме, заявив Пєсков.', expected: ['russia security.foreign-troops oppose'] },
  // Said to be an obligatory part, to be fixed in a treaty, to remain in force, to take effect.
  { text: 'Лавров назвал нейтральный статус Украины обязательной частью будущего соглашения.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Путин заявил, что признание Крыма российским должно быть закреплено в международных договорах.', expected: ['russia territory.recognize-crimea support', 'russia process.treaty-legal-binding support'] },
  { text: 'Захарова заявила, что требование денацификации Украины остаётся в силе.', expected: ['russia society.denazification support'] },
  { text: 'Песков заявил, что вступление Украины в ЕС Москва считает суверенным правом Киева.', expected: ['russia security.eu-membership support'] },
  // Resuming what a halt would stop, lifting a pause, joining, threatening a response.
  { text: 'Вашингтон відновить безпекову допомогу Україні.', expected: ['united-states military.halt-western-arms oppose'] },
  { text: 'Білий дім оголосив паузу в обміні розвідданими з Києвом.', expected: ['united-states military.halt-intelligence-sharing support'] },
  { text: 'Трамп заявив, що США долучаться до гарантій безпеки для України.', expected: ['united-states security.guarantees support'] },
  { text: 'В Кремле пригрозили ответом на изъятие российских активов.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  // Asking for it: "попросила о", "попросив про".
  { text: 'Украинская сторона попросила о прямой встрече глав государств.', expected: ['ukraine process.leaders-meeting support'] },
  { text: 'Зеленський попросив про зустріч з Путіним.', expected: ['ukraine process.leaders-meeting support'] },
  // Imperfective and future halting, halting strikes, a threat of consequences.
  { text: 'Вашингтон не припинятиме обмін розвідданими з Києвом, заявили в Держдепі.', expected: ['united-states military.halt-intelligence-sharing oppose'] },
  { text: 'Москва требует, чтобы Запад прекращал поставки оружия Киеву.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Зеленський заявив, що Україна підтримає пропозицію щодо припинення ударів по енергетиці.', expected: ['ukraine process.ceasefire support'] },
  { text: 'Песков заявил, что Россия готова прекратить удары по энергетической инфраструктуре.', expected: ['russia process.ceasefire support'] },
  { text: 'Захарова заявила, что изъятие российских активов будет иметь болезненные последствия.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  // A guarantor of the settlement, and a single child deported, in each language.
  { text: 'Türkiye is ready to take on the role of a guarantor in any peace settlement, Turkish Foreign Minister Hakan Fidan said.', expected: ['turkey security.guarantees support'] },
  { text: 'Фідан: Туреччина готова стати гарантом мирної угоди.', expected: ['turkey security.guarantees support'] },
  { text: 'Фидан: Турция готова стать одним из гарантов мирного соглашения.', expected: ['turkey security.guarantees support'] },
  { text: 'On humanitarian matters the Europeans want the return of every Ukrainian child deported to Russia.', expected: ['europe humanitarian.children-return support'] },
  // Troops "considered a legitimate target" in the passive are refused, the issue before the words.
  { text: 'Zakharova said any Western contingent on Ukrainian territory would be considered a legitimate target.', expected: ['russia security.foreign-troops oppose'] },
  // Relief put off until the aggression ends is refused, as it is until the war ends.
  { text: 'The European Union said it would consider lifting sanctions only after the unprovoked Russian aggression ends.', expected: ['europe economy.sanctions-relief oppose'] },
  // A text that "obliges" a party to do something demands it, in each language.
  { text: 'The Russian memorandum would oblige Kyiv to begin demobilisation.', expected: ['russia military.demobilization support'] },
  { text: 'Российский меморандум обязывает Киев начать демобилизацию.', expected: ['russia military.demobilization support'] },
  { text: "Російський меморандум зобов'язує Київ провести демобілізацію.", expected: ['russia military.demobilization support'] },
  // Restrictions lifted from a named bank are sanctions relief.
  { text: 'The Kremlin said the Black Sea deal would take effect only after the lifting of restrictions on Rosselkhozbank.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Кремль: черноморские договоренности вступят в силу после снятия ограничений с Россельхозбанка', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Кремль: чорноморські домовленості наберуть чинності після зняття обмежень з Россільгоспбанку', expected: ['russia economy.sanctions-relief support'] },
  // Seizing Western assets in Russia is the threatened answer, not the use of Russia's assets.
  { text: 'Zakharova said Moscow would respond by seizing Western assets in Russia.', expected: [] },
  { text: 'Захарова пообещала в ответ изъять западные активы в России.', expected: [] },
  // Agreeing in every aspect, a step towards it, a part of it, tying it to a condition.
  { text: 'Умєров повідомив, що вдалося домовитися з російською стороною про розблокування обмінів полоненими.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: "Білий дім назвав це першим кроком до ширшого перемир'я.", expected: ['united-states process.ceasefire support'] },
  { text: 'Зеленський назвав розміщення військ партнерів важливим кроком.', expected: ['ukraine security.foreign-troops support'] },
  { text: 'Макрон и Стармер называют эти силы частью гарантий безопасности для Киева.', expected: ['europe security.guarantees support'] },
  { text: 'Вашингтон увязывает с этим сроком и предоставление Киеву гарантий безопасности.', expected: ['united-states security.guarantees support'] },
  // Firmly against, "не устроит".
  { text: 'Рябков заявил, что Россия решительно против размещения иностранных контингентов на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Київ рішуче проти заморожування конфлікту по лінії фронту.', expected: ['ukraine territory.freeze-line oppose'] },
  { text: 'Заморозка конфликта по линии фронта Москву не устроит, заявил Песков.', expected: ['russia territory.freeze-line oppose'] },
  // Foreign military aid is arms, not foreign troops.
  { text: 'Кремль вимагає припинення іноземної військової допомоги Україні.', expected: ['russia military.halt-western-arms support'] },
];

/** Frozen assets named as a country's reserves or put in a scheme, and bodies as remains. */
const ASSETS_AND_REMAINS: Case[] = [
  { text: 'The European Commission unveiled a scheme to use frozen Russian assets for Ukraine\'s reconstruction.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  { text: 'Європейська комісія представила юридичну схему «репараційного кредиту» для України за рахунок заморожених активів Центробанку РФ.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  { text: 'Moscow has repeatedly called any use of its reserves theft.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Kyiv said it was ready to receive the remains once identification procedures were agreed.', expected: ['ukraine humanitarian.bodies-exchange support'] },
];

/** The front stopped where it runs. */
const FRONT_LINE: Case[] = [
  { text: 'Москва готова зупинити лінію фронту в Запорізькій та Херсонській областях там, де вона проходить нині.', expected: ['russia territory.freeze-line support'] },
  { text: 'Москва готова остановить линию фронта в Запорожской и Херсонской областях.', expected: ['russia territory.freeze-line support'] },
];

/** The language, the church and "Nazi" laws named by what is to be done with them; the EU as "the Union". */
const HUMANITARIAN_BLOCK: Case[] = [
  { text: 'The EU\'s foreign policy chief Kaja Kallas said on Monday that sanctions would stay. She added that Ukraine\'s path to membership of the Union was "irreversible".', expected: ['europe security.eu-membership support'] },
  { text: 'Lavrov said any settlement must repeal laws that glorify Nazism and grant an amnesty to political prisoners.', expected: ['russia society.denazification support', 'russia justice.amnesty support'] },
  { text: 'He said Moscow would insist on the repeal of Ukrainian laws restricting the Ukrainian Orthodox Church.', expected: ['russia society.church support'] },
  { text: 'Sybiha wrote that Ukrainian "is and will remain the only state language" of Ukraine.', expected: ['ukraine society.russian-official-language oppose'] },
  { text: 'Сибіга наголосив, що українська є і буде єдиною державною мовою в Україні.', expected: ['ukraine society.russian-official-language oppose'] },
  { text: 'The Ukrainian headquarters said it would keep pressing for all of the fallen to be brought home.', expected: ['ukraine humanitarian.bodies-exchange support'] },
];

/** Parties named by their people, their seats of power and their case forms. */
const PARTY_FORMS: Case[] = [
  { text: 'Київ оприлюднив рамкову угоду, погоджену з Білим домом. Документ передбачає повне припинення вогню.', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  { text: 'Киев обнародовал рамочное соглашение, согласованное с Белым домом. Документ предусматривает полное прекращение огня.', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
];

describeCases('sanctions relief: easing, lifting, restrictions on Russian business', SANCTIONS_RELIEF);
describeCases('parties: people, seats of power and case forms', PARTY_FORMS);
describeCases('assets as reserves, bodies as remains', ASSETS_AND_REMAINS);
describeCases('the front stopped where it runs', FRONT_LINE);
describeCases('language, church and "Nazi" laws by what is done with them', HUMANITARIAN_BLOCK);
describeCases('prisoners: release, return, freeing of prisoners of war', PRISONERS);
describeCases('army cap: limits on its size, and none', ARMY_CAP);
describeCases('annexed regions named without their names', ANNEXED_REGIONS);
describeCases('other families', OTHER_FAMILIES);
describeCases('land, recognition and troops: trading land, Ukrainian troops, forces on the ground', LAND_AND_TROOPS);
describeCases('alliances, guarantees, sanctions and truces named in other words', ALLIANCES_AND_GUARANTEES);
describeCases('stance forms: fronted refusals, obligatory parts, resuming and lifting', STANCE_FORMS);
