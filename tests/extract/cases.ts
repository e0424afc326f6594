/**
 * Development examples for the extraction engine, written for it: one item (a headline or a
 * sentence or two) and the exact positions it states, as "party issue stance".
 */
export interface Case {
  text: string;
  expected: string[];
  /** Optional checks of detail and hedge, on the position named by the first expected entry. */
  detail?: Record<string, unknown>;
  hedge?: string;
}

export const ATTRIBUTION: Case[] = [
  // A party reporting that another refuses something wants it; not a refusal owned by the other ("Kyiv's renunciation").
  {
    text: "Ukraine's human rights commissioner Dmytro Lubinets said Russia still refuses to discuss the release of civilians.",
    expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'],
  },
  { text: 'Лубинец заявил, что Россия по-прежнему отказывается обсуждать освобождение гражданских.', expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'] },
  { text: "Peskov said Kyiv's renunciation of NATO membership must be enshrined in any deal.", expected: ['russia security.nato-membership oppose'] },
  // A name after a verb of saying is the speaker only before the end, not past "that" or a stance word, nor before an English modal.
  {
    text: "Russia's delegation, led by Igor Kostyukov, repeated the demand that Ukraine pull its forces out of the Donetsk region, and ruled out a ceasefire.",
    expected: ['russia territory.ukrainian-withdrawal support', 'russia process.ceasefire oppose'],
    detail: { regions: ['donetsk'] },
  },
  { text: 'Kyiv rejects blanket amnesty, says Russia must pay for war damage', expected: ['ukraine justice.amnesty oppose'] },
  // "But he asked …, and said …": a verb of saying joined to the first verb has the person opening the sentence.
  {
    text: 'Putin said Russia supported the idea of a 30-day ceasefire proposed by the United States. But he asked who would monitor a truce along the front, and said Ukraine must not use the pause to mobilize new soldiers.',
    expected: ['russia process.ceasefire support', 'united-states process.ceasefire support', 'russia military.demobilization support'],
    detail: { durations: ['30 days'] },
  },
  // "X, who met Y, (has repeatedly) said he …": "he" is the speaker, not the name that ends the relative clause.
  { text: 'Zelensky, who met Erdogan, said he is ready to meet Putin.', expected: ['ukraine process.leaders-meeting support'] },
  { text: 'Zelensky, who met Erdogan on the sidelines of the UN General Assembly, has repeatedly said he is ready to meet Putin in any format.', expected: ['ukraine process.leaders-meeting support'] },
  // "a phone call on Sunday" calls on no one: the person told is no subject of a stance.
  { text: 'Erdogan told Russian President Vladimir Putin in a phone call on Sunday that Türkiye supported a comprehensive ceasefire.', expected: ['turkey process.ceasefire support'] },
  // "with" opening a clause before a participle: its name is the participle's subject ...
  { text: 'The talks ended after two hours, with Russia insisting that Ukraine withdraw from Donbas.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'With Kyiv pressing for a 30-day ceasefire, the talks ran late.', expected: ['ukraine process.ceasefire support'] },
  // ... not the object of "with" inside a phrase ("his summit with Putin"), whose speaker is the subject.
  { text: 'Trump emerged from his summit with Putin saying a ceasefire was not needed.', expected: ['united-states process.ceasefire oppose'] },
  // One side of a joint name is not its restatement: the speaker after the comma is someone else.
  {
    text: 'A meeting between Putin and Zelensky is possible only at the final stage, to sign agreements worked out by the delegations, Peskov told reporters.',
    expected: ['russia process.leaders-meeting support'],
  },
  // Someone outside the taxonomy acting as the subject holds the stance, not the speaker who reports it.
  { text: "Hungary again blocks Ukraine's EU accession talks, Kremlin says", expected: [] },
  // Officials placed in a capital speak for its government; a qualifier before them makes them someone else's.
  { text: 'Officials in Moscow said they would never accept a ceasefire before the talks.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Джерела в Москві заявили, що Росія ніколи не погодиться на перемир\'я.', expected: ['russia process.ceasefire oppose'] },
  { text: 'A Western diplomat in Ankara said another large prisoner swap was likely.', expected: [] },
  // A summit "with President Donald Trump" is no Putin–Zelensky meeting: Putin, before it, stays the subject; Trump, after "with" and his titles, is no one's subject.
  { text: 'Vladimir Putin used his summit with President Donald Trump to demand that Ukraine hand over the rest of the Donbas region.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // A spokesman for a person speaks for that person's side (an envoy "for Ukraine" is posted there).
  { text: 'A spokesman for Starmer said the coalition was pressing ahead with planning for a multinational force that would deploy to Ukraine.', expected: ['europe security.foreign-troops support'] },
  // "as" before a party whose verb has an object of its own tells what happens meanwhile; "…, as Russia has demanded." compares.
  { text: 'Trump drops call for a ceasefire as Putin presses for territory', expected: ['united-states process.ceasefire oppose'] },
  { text: 'Putin met Xi in Beijing as Trump dropped his call for a ceasefire', expected: ['united-states process.ceasefire support retracted'] },
  { text: 'Kyiv has said it will not withdraw its troops from the part of the Donetsk region it still holds, as Russia has demanded.', expected: ['ukraine territory.ukrainian-withdrawal oppose', 'russia territory.ukrainian-withdrawal support'] },
  // "with President Vladimir V. Putin": past the titles, the given name and a middle initial, the name is the preposition's.
  { text: 'President Trump said after his summit with President Vladimir V. Putin in Anchorage that the best way to end the war was to go directly to a peace agreement rather than a mere ceasefire.', expected: ['united-states process.ceasefire oppose'] },
  // An aside between a verb and its object ("abandoned, at least for now, his demand") leaves the object the verb's.
  { text: 'President Trump emerged from the summit having abandoned, at least for now, his demand for an immediate cease-fire in Ukraine.', expected: ['united-states process.ceasefire support retracted'] },
  // The place a report is filed from, in capitals before a dash, names no one who acts.
  {
    text: 'WASHINGTON — President Vladimir V. Putin of Russia told President Trump at their summit in Alaska that he would end the war if Ukraine handed over the rest of the Donetsk and Luhansk regions.',
    expected: ['russia territory.ukrainian-withdrawal support'],
  },
  { text: 'BRUSSELS, Feb 12 (Reuters) - Ukraine\'s membership of NATO is not a realistic outcome of a negotiated settlement, U.S. Defense Secretary Pete Hegseth said.', expected: ['united-states security.nato-membership oppose'] },
  // A leader set off by a comma before a summit named in an aside is the subject of the sentence, not a participant of the summit.
  { text: 'Putin, according to two people briefed on the summit, told Trump that he wanted Ukraine to withdraw from Donetsk.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // A party right before a gerund is the subject of the judged phrase, not the judge: the speaker judges.
  { text: 'Ukraine joining NATO is "not a realistic outcome" of any settlement, US Defence Secretary Pete Hegseth has told allies.', expected: ['united-states security.nato-membership oppose'] },
  // A leader who meets someone else ("met Trump") names no Putin–Zelensky meeting, and stays the subject;
  // "he" after the verb of saying, past the relative clause, is that subject.
  { text: 'Zelensky, who met Trump on Friday, said he was ready for elections.', expected: ['ukraine process.elections support'] },
  { text: 'Zelensky, who will meet Trump at the White House on Monday, ruled out a withdrawal from Donbas.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // After one object, ", and" opens a clause with a subject of its own.
  {
    text: 'Ukraine said it was ready to accept a U.S. proposal for a 30-day ceasefire with Russia, and the Trump administration said it would lift its pause on intelligence sharing.',
    expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support', 'united-states military.halt-intelligence-sharing oppose'],
  },
  // A swap's list of prisoners may run long before the word "prisoners".
  { text: 'The two delegations agreed on a swap of all severely wounded and seriously ill prisoners.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // "discussed the importance of" asks for what it names, and for a list after "in particular".
  {
    text: 'Ukraine and the United States also discussed the importance of humanitarian relief, in particular the exchange of prisoners of war and the return of deported Ukrainian children.',
    expected: ['ukraine humanitarian.prisoner-exchange support', 'united-states humanitarian.prisoner-exchange support', 'ukraine humanitarian.children-return support', 'united-states humanitarian.children-return support'],
  },
  // A short aside set off by commas ("for his part") parts no speaker from the verb.
  { text: 'Presidential aide Yury Ushakov, for his part, said a meeting between Putin and Vladimir Zelensky should be thoroughly prepared.', expected: ['russia process.leaders-meeting support'] },
  // … nor one after a name and its title, or a longer one naming where it was said.
  { text: 'European leaders, in a joint statement Saturday, said Ukraine must have ironclad security guarantees.', expected: ['europe security.guarantees support'] },
  // An adjective before a noun and a modal's verb ("the Ukrainian conflict must include") owns nothing.
  { text: 'Any settlement of the Ukrainian conflict must include the international legal recognition of Crimea as part of Russia, Lavrov said.', expected: ['russia territory.recognize-crimea support'] },
  // … nor does it with an auxiliary before the verb.
  { text: 'Vladimir Putin, for his part, has argued that elections in Ukraine must come before Moscow signs any peace agreement.', expected: ['russia process.elections support'] },
  // A headline's "says no X": the verb of saying after a comma has the headline's subject, and "no X" is its course.
  { text: 'Ukraine must withdraw from Donbas, said Kremlin aide Yuri Ushakov', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Rada extends martial law, says no elections until the war is over', expected: ['ukraine process.elections oppose'] },
  { text: 'Kremlin says no ceasefire before Kyiv withdraws', expected: ['russia process.ceasefire oppose'] },
  // "Ukraine, he said, would have to …": an aside of saying after the subject; the demand is the speaker's.
  { text: 'Lavrov said Russia would insist on its demands. Ukraine, he said, would have to remain a non-aligned state that does not join military blocs.', expected: ['russia security.nato-membership oppose'] },
  // "countered" reports its subject's words: "we" in the quote is Zelensky, not the Kremlin aide before.
  {
    text: 'Kremlin aide Yuri Ushakov said Russia still wanted Ukrainian forces to leave the Donetsk region. Zelensky has countered that the fairest arrangement would be "we stand where we stand," freezing the war along the current line of contact.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.freeze-line support'],
  },
  // A relative clause speaks for the person an appositive renames, not for the sentence's subject.
  {
    text: "The two Americans had met separately with Kirill Dmitriev, the Kremlin's envoy for economic affairs, who told Russian reporters that lifting sanctions had to be part of any settlement.",
    expected: ['russia economy.sanctions-relief support'],
  },
  // A judgement in the past tense after "that" ("remained a condition") is the speaker's.
  { text: "Lavrov said that Ukraine's withdrawal from Donbas remained a condition for peace.", expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Moscow demanded that Kyiv withdraw its forces from the Donetsk region.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  { text: "Russia's key demands include Ukraine's neutrality and a cap on the size of its army.", expected: ['russia security.nato-membership oppose', 'russia military.army-cap support'] },
  { text: 'Kremlin spokesman Dmitry Peskov said Russia would never accept the deployment of European troops in Ukraine.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Any deployment of Western troops to Ukraine is unacceptable, said Kremlin spokesman Dmitry Peskov.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Russia demanded that Ukraine withdraw from Zaporizhzhia and Kherson.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['zaporizhzhia', 'kherson'] } },
  { text: 'Both sides agreed to exchange 1,000 prisoners of war each, Turkish Foreign Minister Hakan Fidan said.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [1000] } },
  { text: 'The two delegations agreed on a swap of the bodies of 6,000 fallen soldiers.', expected: ['russia humanitarian.bodies-exchange support', 'ukraine humanitarian.bodies-exchange support'], detail: { numbers: [6000] } },
  { text: 'Kyiv rejected Moscow\'s call for demobilisation.', expected: ['ukraine military.demobilization oppose', 'russia military.demobilization support'] },
  { text: 'Ukraine rejects Kremlin call to lift restrictions on Moscow-linked church', expected: ['ukraine society.church oppose', 'russia society.church support'] },
  { text: 'Ukraine rejected calls from Moscow for demobilisation.', expected: ['ukraine military.demobilization oppose', 'russia military.demobilization support'] },
  { text: 'The Kremlin demands Ukraine withdraw from the Donetsk region.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Zelensky said Ukraine would never recognise occupied territories as Russian.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Ukrainian President Volodymyr Zelensky ruled out any territorial concessions.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'US Secretary of State Marco Rubio said Washington backed a 30-day ceasefire.', expected: ['united-states process.ceasefire support'], detail: { durations: ['30 days'] } },
  { text: 'European leaders pledged to keep up military aid to Kyiv.', expected: ['europe military.halt-western-arms oppose'] },
  { text: 'Ankara has no objection to a treaty backed by the UN Security Council, Erdogan said.', expected: ['turkey process.treaty-legal-binding support'] },
  { text: 'Kyiv refuses to hold elections under martial law.', expected: ['ukraine process.elections oppose'], detail: { conditions: ['under martial law'] } },
  { text: 'Putin has insisted that Ukraine must drop its bid to join NATO.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Lavrov told reporters that Moscow would not agree to a ceasefire without guarantees that Western arms deliveries would stop.', expected: ['russia process.ceasefire oppose', 'russia military.halt-western-arms support'] },
  { text: 'The Ukrainian side proposed an all-for-all exchange of prisoners, Umerov told reporters.', expected: ['ukraine humanitarian.prisoner-exchange support'], detail: { qualifiers: ['all-for-all'] } },
  { text: 'Witkoff said Putin was ready to meet Zelensky in Istanbul.', expected: ['russia process.leaders-meeting support'] },
  { text: 'Zelensky has repeatedly said he is ready to meet Putin face to face.', expected: ['ukraine process.leaders-meeting support'] },
  { text: 'Trump called on Russia and Ukraine to agree to an immediate ceasefire.', expected: ['united-states process.ceasefire support'] },
  { text: 'French President Emmanuel Macron said Europe was prepared to send a reassurance force to Ukraine after a ceasefire.', expected: ['europe security.foreign-troops support'] },
  { text: 'The Kremlin dismissed the European proposal for a peacekeeping force as unacceptable.', expected: ['russia security.foreign-troops oppose', 'europe security.foreign-troops support'] },
  { text: 'Russia and Ukraine agreed to exchange 1,200 prisoners, Medinsky said after the talks.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [1200] } },
  // "it" right after "Ukraine said" is Ukraine, whatever was held before in the sentence.
  {
    text: 'Russia offered a two- to three-day ceasefire to allow the bodies of dead soldiers to be collected, but Ukraine said it still wanted a full and unconditional truce of at least 30 days.',
    expected: ['russia process.ceasefire support', 'russia humanitarian.bodies-exchange support', 'ukraine process.ceasefire support'],
  },
  // ", and that …" after a condition is a second thing said, not more of the condition.
  {
    text: 'Umerov said Kyiv had proposed that Presidents Volodymyr Zelensky and Vladimir Putin meet before the end of August, and that Ukraine was still insisting on a full, immediate ceasefire.',
    expected: ['ukraine process.leaders-meeting support', 'ukraine process.ceasefire support'],
  },
  // A relative pronoun after a party named as an object is the subject of its own clause.
  { text: 'Zelensky held talks with the Americans, who proposed an immediate ceasefire.', expected: ['united-states process.ceasefire support'] },
  { text: 'Зеленський провів переговори з американцями, які запропонували негайне припинення вогню.', expected: ['united-states process.ceasefire support'] },
  // Two envoys of one party are no sides of the talks: "the sides" stay Russia and Ukraine.
  { text: 'Talks in Abu Dhabi ended on Saturday. U.S. envoys Steve Witkoff and Jared Kushner proposed that Ukraine withdraw from Donetsk. The sides agreed to exchange 314 prisoners.', expected: ['united-states territory.ukrainian-withdrawal support', 'russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // "The two delegations" are the two parties whose delegations the item named last.
  {
    text: 'U.S. and Ukrainian delegations met in Jeddah on Tuesday. The two delegations also stressed the importance of the release of civilian detainees.',
    expected: ['united-states humanitarian.civilian-release support', 'ukraine humanitarian.civilian-release support'],
  },
  // Two names joined by a hyphen both own the text they modify.
  { text: 'The US-Ukrainian framework provides for security guarantees.', expected: ['united-states security.guarantees support', 'ukraine security.guarantees support'] },
  { text: 'The U.S.-Ukrainian framework provides for security guarantees.', expected: ['united-states security.guarantees support', 'ukraine security.guarantees support'] },
  // A text that "commits" a party to something, with the party between, supports it for the text's authors.
  {
    text: 'The Paris declaration, signed by Britain, France and Ukraine, commits the coalition to a multinational force.',
    expected: ['europe security.foreign-troops support', 'ukraine security.foreign-troops support'],
  },
  // An ordinal opening a sentence is the text's next option, past an aside that names it (', described as a "package proposal",').
  {
    text: 'The Russian memorandum sets out two variants for a ceasefire. The second, described as a "package proposal", would oblige Kyiv to stop redeploying its forces and begin demobilisation.',
    expected: ['russia process.ceasefire support', 'russia military.no-redeployment support', 'russia military.demobilization support'],
  },
  // "Nor" opening the sentence before its inverted subject negates the first stance word.
  { text: 'Nor would Ukraine ever agree to a blanket amnesty that let Russian war criminals go free, he added.', expected: ['ukraine justice.amnesty oppose'] },
  // … not where no auxiliary follows it.
  { text: 'Neither side commented, but Russia later agreed to a ceasefire.', expected: ['russia process.ceasefire support'] },
  // … or the party acting in the first sentence and the one it held talks with.
  {
    text: 'Ukraine said it was ready to accept a 30-day ceasefire with Russia after talks between US and Ukrainian delegations in Jeddah. The two delegations also discussed humanitarian relief efforts, stressing in the statement the importance of releasing civilian detainees.',
    expected: ['ukraine process.ceasefire support', 'united-states humanitarian.civilian-release support', 'ukraine humanitarian.civilian-release support'],
  },
  {
    text: 'Ukraine said it was ready to accept a 30-day ceasefire after eight hours of talks with American officials in Jeddah. The two delegations also stressed the importance of the release of civilian detainees.',
    expected: ['ukraine process.ceasefire support', 'united-states humanitarian.civilian-release support', 'ukraine humanitarian.civilian-release support'],
  },
  {
    text: 'Україна заявила про готовність до 30-денного перемир\'я після переговорів з американською делегацією в Джидді. Обидві делегації також наголосили на важливості звільнення цивільних.',
    expected: ['ukraine process.ceasefire support', 'united-states humanitarian.civilian-release support', 'ukraine humanitarian.civilian-release support'],
  },
  // A party's allies are someone else.
  { text: "Kyiv's allies agreed to deploy troops after a ceasefire.", expected: [] },
  { text: 'Союзники Києва погодилися розмістити війська після припинення вогню.', expected: [] },
  // Who hands over a list of what they want asks for it.
  { text: 'Kyiv also handed the Russians a list of 339 Ukrainian children it says were deported.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Українська сторона також передала росіянам список дітей, вивезених до Росії, і попросила про їхнє повернення.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'The Ukrainian delegation gave Moscow a list of 339 children it says were deported to Russia.', expected: ['ukraine humanitarian.children-return support'] },
  // ... which a text that "lists" something does not.
  { text: 'Russia presented a report that lists deported children it says were evacuated from combat zones.', expected: [] },
  // Children returned, named after the word for them.
  { text: 'Kyiv demands that children deported to Russia be returned to their families, the ombudsman said.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Київ вимагає, щоб усіх дітей було повернуто в Україну.', expected: ['ukraine humanitarian.children-return support'] },
  // "of" belongs to the noun right before it: the leaders are ready, and Ukraine welcomes their readiness.
  { text: 'Ukraine welcomes the readiness of European leaders to deploy a contingent on its territory.', expected: ['ukraine security.foreign-troops support', 'europe security.foreign-troops support'] },
  { text: "Ukraine welcomes Europe's readiness to deploy a contingent on its territory.", expected: ['ukraine security.foreign-troops support', 'europe security.foreign-troops support'] },
  // Talks that ended somewhere with an agreement ended in no refusal.
  {
    text: 'The second round of talks between the United States, Russia and Ukraine ended in Abu Dhabi on Thursday with an agreement to swap prisoners.',
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  // Ending talks with an agreement is no refusal; whoever brokered the talks did not agree.
  {
    text: 'Ukrainian and Russian negotiators ended two days of US-brokered talks in Abu Dhabi with an agreement to exchange 314 prisoners of war.',
    expected: ['ukraine humanitarian.prisoner-exchange support', 'russia humanitarian.prisoner-exchange support'],
    detail: { numbers: [314] },
  },
  { text: 'Budanov said Kyiv was seeking the return of thousands of children deported to Russia.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Moscow wants the West to lift sanctions on Russian banks as part of any deal, Dmitriev said.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'EU foreign policy chief Kaja Kallas said sanctions on Russia must stay in place until a just peace is reached.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Sybiha said Ukraine was open to a freeze along the current line of contact as a starting point for talks.', expected: ['ukraine territory.freeze-line support'] },
  { text: 'Peskov said Moscow would not accept a freeze of the conflict along the front line.', expected: ['russia territory.freeze-line oppose'] },
  // A speaker's titles between the name and the verb do not hide the speaker.
  { text: 'There will be no amnesty for traitors, Zelenskyy\'s chief of staff said.', expected: ['ukraine justice.amnesty oppose'] },
  { text: '"There will be no ceasefire before a settlement," Russia\'s foreign ministry spokeswoman said.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Ukraine will never hold elections under martial law, Ukraine\'s parliament speaker said.', expected: ['ukraine process.elections oppose'] },
  // An adjective owns a stance noun, not the verb of the noun it qualifies.
  { text: 'Ukrainian law bans elections while martial law is in effect.', expected: [] },
  { text: 'The Russian peace proposal calls for neutrality.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Russian demands include neutrality.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Ukrainian MPs reject Russian language status', expected: ['ukraine society.russian-official-language oppose'] },
  // Who is spoken to is not who speaks.
  { text: 'Hegseth told European ministers that NATO membership for Ukraine was not realistic.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'Rubio assured Kyiv that Washington would keep supplying weapons.', expected: ['united-states military.halt-western-arms oppose'] },
  { text: 'Russia demands that Ukraine abandon its NATO bid and hold elections.', expected: ['russia security.nato-membership oppose', 'russia process.elections support'] },
  { text: 'Moscow wants Kyiv to give up its NATO ambitions, recognise Crimea as Russian and hold new elections.', expected: ['russia security.nato-membership oppose', 'russia territory.recognize-crimea support', 'russia process.elections support'] },
  { text: "Russia's demands include a ban on NATO membership, a cap on the army, and elections in Ukraine.", expected: ['russia security.nato-membership oppose', 'russia military.army-cap support', 'russia process.elections support'] },
  { text: 'Ukraine rejected a ceasefire and a freeze of the front line.', expected: ['ukraine process.ceasefire oppose', 'ukraine territory.freeze-line oppose'] },
  { text: 'Putin said Russia would halt its offensive in the south, freezing the front lines in the Kherson and Zaporizhzhia regions.', expected: ['russia territory.freeze-line support'] },
  { text: 'In a joint statement, the leaders of France, Germany, Britain, Italy, Poland, Finland and the European Commission said Ukraine must have ironclad security guarantees.', expected: ['europe security.guarantees support'] },
  { text: 'A senior official said Ukraine must withdraw from the Donetsk region.', expected: [] },
  // Names inside an aside set off by commas belong to the aside's own verb; a source cited is no subject.
  {
    text: 'European officials, meeting the US and Ukrainian delegations in London on Wednesday, proposed that territorial questions be discussed only after a full ceasefire.',
    expected: ['europe process.ceasefire support'],
  },
  {
    text: 'According to European officials briefed on a call between Mr. Trump and European leaders, Mr. Putin told the American president that he would halt the offensive in the southern Zaporizhzhia and Kherson regions along the current front line if Ukraine withdrew from Donetsk.',
    expected: ['russia territory.freeze-line support', 'russia territory.ukrainian-withdrawal support'],
    detail: { regions: ['zaporizhzhia', 'kherson'] },
  },
  // "After the meeting" dates what is said; it is no meeting of the leaders, and its name still speaks.
  {
    text: 'Путин потребовал от Украины вывести войска из Донбасса. Зеленский после встречи заявил, что Украина не будет отдавать свою землю. Он также сообщил, что готов провести выборы.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose', 'ukraine process.elections support'],
  },
  { text: 'Zelensky said after the talks that Ukraine has no right to give away its land.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // Whom a verb of saying addresses is not who speaks, past the person's titles ("told President Donald Trump").
  {
    text: 'Russian President Vladimir Putin told President Donald Trump at their summit in Alaska that he would halt his offensive if Kyiv handed over the rest of the Donetsk region.',
    expected: ['russia territory.ukrainian-withdrawal support'],
  },
  // Whom a verb of saying addresses is not who speaks, even after a comma.
  {
    text: 'Mr. Trump, for his part, told the Europeans that the United States was prepared to take part in security guarantees for Ukraine, two of the officials said.',
    expected: ['united-states security.guarantees support'],
  },
  { text: '«Мы хотим мира, а не перемирия», — подчеркнул представитель Кремля.', expected: ['russia process.ceasefire oppose'] },
  // After a quote, "he said" is the last person named, whatever parties the quote names; the
  // subject of a condition is not the subject of the clause it is attached to.
  {
    text: 'Putin set out his terms in Moscow. "As soon as Kyiv withdraws its troops from Donbas, our side will immediately order a ceasefire," he said.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia process.ceasefire support'],
  },
  {
    text: 'Lavrov said the recognition of Crimea as part of Russia was imperative. Ukraine\'s Foreign Ministry spokesman Heorhiy Tykhyi said the demands showed Russia was not interested in peace. "Ukraine will never recognize Crimea as Russian," he said.',
    expected: ['russia territory.recognize-crimea support', 'ukraine territory.recognize-crimea oppose'],
  },
  // ", he said," set off by commas is no subject of the clause around it.
  {
    text: 'Lavrov rejected the plan. Kyiv, he said, would never agree to limits on its army or to leaving its own land.',
    expected: ['ukraine military.army-cap oppose', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // Punctuation ends a prepositional phrase: the name after the quote is no object of "for this".
  {
    text: '"A comprehensive ceasefire must be established as soon as possible, and we will do everything in our power for this," Erdogan told reporters.',
    expected: ['turkey process.ceasefire support'],
  },
  // A relative clause between the speaker and the verb of saying.
  {
    text: "In Istanbul, Russia's military intelligence chief, who led Moscow's team, reiterated that Ukrainian forces must leave Donetsk and Luhansk.",
    expected: ['russia territory.ukrainian-withdrawal support'],
    detail: { regions: ['donetsk', 'luhansk'] },
  },
  {
    text: 'German Chancellor Friedrich Merz, who hosted the talks, said a ceasefire over Christmas could be a first step.',
    expected: ['europe process.ceasefire support'],
  },
  {
    text: 'European leaders, several of whom will accompany Mr Zelensky to the White House, said in a joint statement that Ukraine must have ironclad security guarantees.',
    expected: ['europe security.guarantees support'],
  },
  // Counting on doing something, or hoping to, is wanting it.
  { text: 'Trump hopes to organise a meeting between Putin and Zelensky.', expected: ['united-states process.leaders-meeting support'] },
  { text: 'Трамп рассчитывает как можно скорее организовать встречу Путина и Зеленского.', expected: ['united-states process.leaders-meeting support'] },
  { text: 'Трамп розраховує організувати зустріч Путіна і Зеленського.', expected: ['united-states process.leaders-meeting support'] },
  // "time to" asks something of the party it names, as "must" does: the speaker's position.
  { text: 'Trump said it was time for Ukraine to hold elections.', expected: ['united-states process.elections support'] },
  { text: 'Трамп сказал, что Украине «пора провести выборы».', expected: ['united-states process.elections support'] },
  { text: 'Трамп наполіг, що Києву «час провести вибори».', expected: ['united-states process.elections support'] },
  // An agent after the issue acts in the issue ("civilians detained by Russia"); the verb before it stays the subject's.
  { text: 'Kyiv insists that all civilians detained by Russia must be returned home.', expected: ['ukraine humanitarian.civilian-release support'] },
  // "The two governments" are the pair the item named first in a sentence; a party after a comma, with no "and" closing a list, is someone else.
  { text: 'The United States and Ukraine met in Geneva. In a joint statement released by the White House, the two governments said robust security guarantees for Ukraine were essential.', expected: ['united-states security.guarantees support', 'ukraine security.guarantees support'] },
  { text: 'Russia, Ukraine agree to swap 1,000 prisoners each', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [1000] } },
  // "They" opening a quote is people, not the text named before; after a sentence with two holders it is the one that is not the speaker's.
  {
    text: 'Ukraine published its framework. Zelensky stressed that Russia, by contrast, still wants Ukraine to pull out of the Donetsk region, which Kyiv refuses to do. "They want us to leave Donbas. We are offering a different formula," he said.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'],
    detail: { regions: ['donetsk'] },
  },
  // The dot of "Mr." does not end the relative clause that holds it; the aside's own subject is not the main clause's.
  { text: 'Putin offered to freeze the front. Zelensky, who spoke with Mr. Trump by phone as the American president flew home, rejected the idea.', expected: ['russia territory.freeze-line support', 'ukraine territory.freeze-line oppose'] },
  // An aside of saying may end in a word or two ("he said later,"); what the speakers suppose they do themselves is no demand.
  { text: 'Ukraine, he said later, would not leave Donbas: "If we withdraw from Donbas today, it will be a springboard for a new offensive tomorrow."', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: '"We will agree to a ceasefire if we receive security guarantees," Zelensky said.', expected: ['ukraine process.ceasefire support', 'ukraine security.guarantees support'] },
  // A party inside what was said is not the subject of a second verb of saying joined by "and".
  {
    text: 'Dmitry Peskov, its spokesman, said the flow of Western weapons showed that Europe and Washington were not interested in peace, and repeated that an end to arms deliveries to Ukraine must be part of any settlement.',
    expected: ['russia military.halt-western-arms support'],
  },
  // "…, who said": the name the relative hangs on speaks, though it is the object of the verb before.
  { text: 'He was responding to President Donald Trump, who said in an interview that Ukraine should hold elections.', expected: ['united-states process.elections support'] },
  // "Both countries" are two names of one party named first in the same sentence; «військові хаби» are troops.
  { text: 'Премьер-министр Великобритании Кир Стармер и президент Франции Эмманюэль Макрон подписали декларацию: обе страны планируют создать на украинской территории «военные хабы».', expected: ['europe security.foreign-troops support'] },
  { text: "Велика Британія та Франція після укладення перемир'я створять в Україні «військові хаби» для підтримки ЗСУ, заявив Стармер.", expected: ['europe security.foreign-troops support'] },
  // A verb of saying joined to the subject's first verb by "and" or "but" is the subject's, past a party in that verb's object.
  { text: "European leaders welcomed Trump's efforts but stressed that Ukraine must receive security guarantees.", expected: ['europe security.guarantees support'] },
  { text: 'Європейські лідери привітали зусилля Трампа, але наголосили, що Україна має отримати гарантії безпеки.', expected: ['europe security.guarantees support'] },
  { text: 'Европейские лидеры встретились в Париже и подчеркнули, что Украина должна получить гарантии безопасности.', expected: ['europe security.guarantees support'] },
  // A party and a title a word or two after it name a person for "he".
  {
    text: "The Kremlin's position echoed remarks made last week by Pete Hegseth, the US defence secretary. Any security guarantee, he said, must be backed by European troops.",
    expected: ['united-states security.guarantees support', 'united-states security.foreign-troops support'],
  },
  // What is a country's sovereign right, the speaker does not oppose.
  {
    text: 'Joining the European Union is the sovereign right of any country, and Moscow does not intend to dictate to Kiev on this matter, Kremlin Spokesman Dmitry Peskov told reporters.',
    expected: ['russia security.eu-membership support'],
  },
  // A speaker saying where Ukraine's future lies states a course.
  { text: 'Commission President Ursula von der Leyen said Ukraine\'s future "lies in the EU."', expected: ['europe security.eu-membership support'] },
  { text: "Merz stressed that Ukraine's future lay in the European Union.", expected: ['europe security.eu-membership support'] },
  // In one party's quote, "they" is the other side held last.
  {
    text: 'Moscow is still demanding that Kyiv pull its forces out of Donetsk. Zelensky said Ukraine would not withdraw. "They want us to leave our own land without a fight," he said.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // "he" is a person acting before it, not a country named between; a text that is a verb's object
  // says nothing; ruling out sending one's own troops is no stance on foreign troops in Ukraine.
  {
    text: 'Trump said Washington would help Europe provide security guarantees, though he ruled out sending U.S. troops to Ukraine.',
    expected: ['united-states security.guarantees support'],
  },
  { text: "Putin rejected Trump's proposal but said he was ready to meet Zelensky.", expected: ['russia process.leaders-meeting support'] },
  // What a state outside the taxonomy says of a party's course is no one's position.
  { text: 'The US plan provides for an immediate ceasefire in Ukraine. Hungarian Prime Minister Viktor Orban said Ukraine would never join the EU.', expected: ['united-states process.ceasefire support'] },
  { text: 'Американський план передбачає негайне припинення вогню. Прем\'єр Угорщини Віктор Орбан повторив, що Україна не стане членом ЄС.', expected: ['united-states process.ceasefire support'] },
  // "He" is the last person named, speaker or not.
  {
    text: 'Mr. Trump told the Europeans that the United States was prepared to take part in security guarantees for Ukraine. Mr. Zelensky, who is due at the White House on Monday, rejected any withdrawal from Donetsk. "We will not leave the Donbas," he said in Kyiv.',
    expected: ['united-states security.guarantees support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // A title without a name as the subject of a stance verb is the last named speaker too; one with
  // a name of its own is someone else.
  {
    text: 'Глава МЗС Сергій Лавров заявив, що Росія вимагає виведення українських військ із Донбасу. Міністр також назвав «неприйнятними» європейські пропозиції щодо використання заморожених російських активів.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia economy.frozen-assets-reconstruction oppose', 'europe economy.frozen-assets-reconstruction support'],
  },
  {
    text: "EU leaders backed Ukraine's bid to join the European Union. Hungary's Prime Minister Viktor Orbán continues to block the move, arguing that fast-tracking Kyiv's bid would drag the bloc into the war.",
    expected: ['europe security.eu-membership support'],
  },
  // A title without a name speaks for the last named speaker, even one cited only ("according to Peskov").
  {
    text: 'According to Peskov, the talks in Istanbul were useful. The spokesman added that any foreign troops in Ukraine would be unacceptable.',
    expected: ['russia security.foreign-troops oppose'],
  },
  // A title without a name speaks for the last named speaker, whatever parties what is said names.
  {
    text: 'Россия согласна с предложением США о прекращении огня на 30 дней, заявил Владимир Путин. При этом, по словам президента, перемирие должно вести к миру, а на время его действия Киев должен прекратить принудительную мобилизацию.',
    expected: ['russia process.ceasefire support', 'united-states process.ceasefire support', 'russia military.demobilization support'],
  },
  { text: 'Moscow insists that any foreign troops in Ukraine would be unacceptable.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Kyiv insists that a freeze along the current line is unacceptable.', expected: ['ukraine territory.freeze-line oppose'] },
  { text: 'Trump relayed the Russian proposal in a call. "We will not leave Donbas. It is our land," Zelensky told reporters.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Володимир Путін передав пропозицію через Трампа. «Ми не вийдемо з Донбасу. Це наша земля», — заявив Зеленський.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Ukraine and Russia will hold a new round of direct talks in Istanbul on Wednesday, President Volodymyr Zelensky announced.', expected: [] },
];

export const DOCUMENTS: Case[] = [
  // "Trump's 28-point Ukraine plan" is about Ukraine and by Trump: its terms are Washington's.
  {
    text: "Trump's Ukraine plan was published on Friday. Ukraine's armed forces would be capped at 600,000 personnel.",
    expected: ['united-states military.army-cap support'],
  },
  // In a text's summary, a party's body in the passive ("Ukraine's armed forces would be capped") and what a party
  // is required to pledge ("would have to enshrine … that it will not join NATO") are the text's terms.
  {
    text: "The US draft was published on Friday. Ukraine's armed forces would be capped at 600,000 personnel. Kyiv would have to enshrine in its Constitution that it will not join NATO.",
    expected: ['united-states military.army-cap support', 'united-states security.nato-membership oppose'],
  },
  // "per the draft" cites it, as "according to" does: the list under it goes on with its terms.
  {
    text: "The US draft plan was handed to Kyiv. What's inside, per the draft:\n- Ukraine's armed forces would be limited to 600,000 personnel.\n- Ukraine would hold elections within 100 days of the agreement's signing.",
    expected: ['united-states military.army-cap support', 'united-states process.elections support'],
  },
  // "as de facto Russian": the recognition's words may have a qualifier inside them.
  { text: 'The US plan treats Crimea, Luhansk and Donetsk as "de facto Russian, including by the United States".', expected: ['united-states territory.recognize-crimea support', 'united-states territory.recognize-annexed-oblasts support'] },
  // The text a sentence's own text reworks is set against it: "the draft" next is the new one.
  {
    text: 'U.S. and Ukrainian officials said they had drafted an updated peace framework, reworking a 28-point American plan. The updated draft raises the ceiling on Ukraine\'s peacetime army to 800,000 troops.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
  },
  // A text after a preposition ("counterproposal to the US peace plan") is not the verb's subject: the text before it is.
  { text: 'The European counterproposal to the US peace plan would allow Ukraine a peacetime army of up to 800,000.', expected: ['europe military.army-cap support'] },
  // A paper is a text: "it" and "the document" after it are its author's, not those of the text it answers.
  {
    text: 'Russia has sent Washington a written reply to the framework drawn up by Ukraine and the United States. The Russian paper insists that Ukrainian forces leave Donetsk. It calls for the legal recognition of Crimea as Russian territory.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia territory.recognize-crimea support'],
  },
  // The agent of a text named by two words ("peace plan drafted by Washington") is its author for the sentences after.
  { text: 'A peace plan drafted by Washington was published. The plan calls for elections.', expected: ['united-states process.elections support'] },
  // A list under a sentence that cites a text goes on with its terms, in any tense.
  {
    text: 'The US plan was handed to Kyiv. What is in it, according to the text:\n- Kherson and Zaporizhzhia "will be frozen along the line of contact."\n- Ukraine "will hold elections in 100 days."',
    expected: ['united-states territory.freeze-line support', 'united-states process.elections support'],
  },
  // After a text is named, a sentence that names no speaker and no person goes on stating its terms, in the present tense too; one that names a speaker does not.
  {
    text: "Zelensky presented the draft framework. Under the document, Ukraine is to receive security guarantees. The size of Ukraine's armed forces in peacetime is kept at 800,000 personnel. A full ceasefire takes effect once all parties agree.",
    expected: ['ukraine security.guarantees support', 'ukraine military.army-cap support', 'ukraine process.ceasefire support'],
  },
  {
    text: 'Під час зустрічі Росія передала свій меморандум. У Херсонській та Запорізькій областях фронт заморожується по лінії зіткнення.',
    expected: ['russia territory.freeze-line support'],
  },
  {
    text: 'Russia handed over its memorandum. "There can be no amnesty for those who tortured our people," a senior official in Kyiv said.',
    expected: ['ukraine justice.amnesty oppose'],
  },
  // "the US plan envisages elections" are no US elections.
  { text: 'The US plan envisages elections within 100 days.', expected: ['united-states process.elections support'] },
  { text: 'Russian officials want elections in Ukraine.', expected: ['russia process.elections support'] },
  // Russia's own mobilisation is not Ukraine's.
  { text: "Russia wants Ukraine's mobilisation halted.", expected: ['russia military.demobilization support'] },
  { text: 'Russia announced a new mobilisation wave.', expected: [] },
  // A text that speaks past the participle phrase naming it and a relative clause set off by commas.
  {
    text: 'The Russian memorandum handed over in Istanbul, which Kyiv has yet to answer formally, says a full ceasefire would require Ukraine to halt mobilisation.',
    expected: ['russia process.ceasefire support', 'russia military.demobilization support'],
  },
  // A clause set off by commas between a text and its verb of saying opens the text's summary all the same.
  {
    text: 'The US blueprint for ending the war was published on Friday. The draft, drawn up by special envoy Steve Witkoff in consultation with Kremlin envoy Kirill Dmitriev, says the lines would be frozen along the line of contact. Ukraine would also have to enshrine in its constitution that it will never join Nato.',
    expected: ['united-states territory.freeze-line support', 'united-states security.nato-membership oppose'],
  },
  // A handover makes the author of the text shortly after it, not of one cited at the sentence's end; "a copy of the draft" is the sentence's own text.
  {
    text: 'WASHINGTON/KYIV, Nov 20 (Reuters) - A U.S. peace framework drafted by special envoy Steve Witkoff and presented to Kyiv this week would require Ukraine to cap its armed forces at 600,000 troops, according to a copy of the 28-point draft seen by Reuters. Under the draft, Ukraine would hold elections within 100 days.',
    expected: ['united-states military.army-cap support', 'united-states process.elections support'],
  },
  // A colon right after a text introduces its terms, whatever the clause's subject.
  { text: 'Moscow published its memorandum: Kyiv would withdraw its troops from the Donbas and hold elections.', expected: ['russia territory.ukrainian-withdrawal support', 'russia process.elections support'] },
  // "It" for the text, with a verb of saying joined by "and"; a colon after the text as subject introduces its terms.
  {
    text: "The US draft was published on Friday. It also caps Ukraine's armed forces at 600,000 and says Ukraine will enshrine in its constitution that it will not join NATO.",
    expected: ['united-states military.army-cap support', 'united-states security.nato-membership oppose'],
  },
  { text: 'The US draft was published on Friday. The draft also sets a political calendar: Ukraine would hold elections 100 days after the agreement is signed.', expected: ['united-states process.elections support'] },
  // A figure set against another text's ("rather than", «вместо») is held by both texts' authors.
  {
    text: 'The European counterproposal would cap Ukraine\'s army at 800,000 — rather than the 600,000 the American draft envisages — and start talks from the line of contact.',
    expected: ['europe military.army-cap support', 'united-states military.army-cap support', 'europe territory.freeze-line support'],
  },
  {
    text: 'Европейцы предлагают ограничить численность украинской армии 800 тысячами человек — вместо 600 тысяч в американском проекте.',
    expected: ['europe military.army-cap support', 'united-states military.army-cap support'],
  },
  // The text compared with does not end the summary of the text before.
  {
    text: 'The European counter-proposal, according to a copy seen by reporters, would start territorial talks from the current front line. Ukraine\'s peacetime forces would be capped at 800,000, rather than the 600,000 in the US version.',
    expected: ['europe territory.freeze-line support', 'europe military.army-cap support', 'united-states military.army-cap support'],
  },
  // A party's own demand listed in a text or an agenda stays that party's; an owned issue noun there is the text's terms only.
  { text: "Several issues were discussed, including Russia's demand that Kyiv withdraw from the Donetsk region.", expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  { text: "The memorandum envisages Ukraine's renunciation of NATO.", expected: [] },
  // A name in the genitive right after an issue's words («статус України») is whose the issue is, not who acts.
  { text: 'Російська делегація передала меморандум. Ще один пункт – «нейтральний статус» України, тобто відмова від вступу до НАТО.', expected: ['russia security.nato-membership oppose'] },
  // Only after the war or martial law ends is a refusal for now, not a condition.
  { text: 'The Verkhovna Rada adopted a resolution stating that presidential elections can be held only after the end of the full-scale war and the lifting of martial law.', expected: ['ukraine process.elections oppose'] },
  { text: 'Зеленський заявив, що вибори можливі лише після завершення війни.', expected: ['ukraine process.elections oppose'] },
  { text: 'Верховная Рада подтвердила, что президентские выборы могут пройти только после прекращения войны.', expected: ['ukraine process.elections oppose'] },
  { text: 'The Rada said elections will be organised only after hostilities end.', expected: ['ukraine process.elections oppose'] },
  // Possible only on a condition is a conditional acceptance, in every gender («можливе лише»).
  { text: "Рубіо казав, що пом'якшення американських санкцій можливе лише як частина угоди.", expected: ['united-states economy.sanctions-relief support'] },
  // A clause joined after «, а» with a judgement of its own is not the object of the verb before it, nor is that verb's subject its holder.
  { text: 'Путин также подчеркнул, что Украина должна сохранить внеблоковый и нейтральный статус, а ее членство в НАТО «исключено при любых обстоятельствах».', expected: ['russia security.nato-membership oppose'] },
  // Object, subject, verb: the subject right between a fronted issue and its judgement holds it.
  { text: 'Обмеження чисельності армії Київ не прийме ні в якій формі, підтвердили в Міністерстві оборони.', expected: ['ukraine military.army-cap oppose'] },
  { text: 'Предложение о перемирии Киев не примет.', expected: ['ukraine process.ceasefire oppose'] },
  // An infinitive listed after another («відмовитися від X, а також припинити Y») is its sibling, not its object.
  { text: 'Росія передала меморандум. Згідно з меморандумом, Україна мала б відмовитися від будь-якого переміщення своїх військ, а також припинити мобілізацію й розпочати демобілізацію.', expected: ['russia military.no-redeployment support', 'russia military.demobilization support'] },
  // «Ще один пункт», «еще один пункт» are one more part of the text named before.
  { text: 'Россия передала меморандум. Еще один пункт — нейтральный статус Украины.', expected: ['russia security.nato-membership oppose'] },
  // Every party listed after "agreed with" agreed.
  { text: 'The US separately agreed with Ukraine and with Russia to eliminate the use of force.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support', 'russia process.ceasefire support'] },
  { text: 'США окремо домовилися з Україною і з Росією про відмову від застосування сили.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support', 'russia process.ceasefire support'] },
  // "Russia cannot have a veto" is what the speaker denies Russia, as "must not" would be.
  { text: "Macron said Russia cannot have a veto on Ukraine's NATO membership.", expected: ['europe security.nato-membership support'] },
  // A judgement after "arguing that" judges what that clause names, not the issue before it.
  { text: 'Zelensky has repeatedly said that Ukraine will not leave the Donbas, arguing that the region would only serve Russia as a springboard for a new offensive.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  // A summary of a text goes on in the present tense of receiving («получает», «отримує»).
  { text: 'США передали Киеву план. Согласно плану, армия Украины ограничивается 600 тысячами. Украина получает гарантии безопасности от США.', expected: ['united-states military.army-cap support', 'united-states security.guarantees support'], detail: { numbers: [600000] } },
  { text: 'США передали Києву план. Згідно з планом, армія обмежується 600 тисячами. Україна отримує гарантії безпеки від США.', expected: ['united-states military.army-cap support', 'united-states security.guarantees support'], detail: { numbers: [600000] } },
  // A readout («релиз», «изложение») speaks for the side that published it.
  { text: 'According to the Kremlin readout, Putin demanded an end to Western military aid to Kyiv.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Согласно релизу Кремля, российский президент поддержал идею о прекращении ударов по энергетике.', expected: ['russia process.ceasefire support'] },
  // After a citation of a bare "text", a text named with its author as the subject is the one cited.
  { text: 'The US handed Kyiv its plan. According to the text seen by reporters, the European version caps the army at 800,000.', expected: ['europe military.army-cap support'], detail: { numbers: [800000] } },
  // A stance word between dashes governs nothing after them.
  {
    text: 'Європейці передали американцям контрпропозиції. Згідно з текстом, європейський варіант передбачає обмеження армії в 800 тисяч — проти 600 тисяч в американському плані, — а також те, що Україна зберігає право на вступ до НАТО.',
    expected: ['europe military.army-cap support', 'europe security.nato-membership support'],
  },
  // «За проєктом», «по плану», «як випливає з документа» cite the text, whatever the verb.
  { text: 'США передали Києву проєкт угоди. Усі учасники конфлікту, за проєктом, отримують повну амністію.', expected: ['united-states justice.amnesty support'] },
  { text: 'США передали Киеву проект. По проекту, все участники конфликта получают полную амнистию.', expected: ['united-states justice.amnesty support'] },
  // A judgement with no one to make it, in a sentence that cites a text, is the text's author's.
  { text: 'The plan was drafted by the US. NATO membership for Ukraine, the document says, is ruled out.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'США передали Киеву свой план. Членство Украины в НАТО, говорится в документе, исключается.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'Лавров заявил, что признание российскими Донецкой и Луганской областей остается «императивом» для любого урегулирования.', expected: ['russia territory.recognize-annexed-oblasts support'], detail: { regions: ['donetsk', 'luhansk'] } },
  {
    text: 'The Russian memorandum, published by TASS, sets out Moscow\'s conditions. According to the document, Kyiv must hold elections within 100 days of the end of martial law. It also demands a ban on the glorification of Nazism.',
    expected: ['russia process.elections support', 'russia society.denazification support'],
    detail: { durations: ['100 days'] },
  },
  {
    text: 'The memorandum demands that Ukraine abandon its claims to Crimea. The document also calls for Russian to become an official language.',
    expected: [],
  },
  {
    text: 'Russia handed over its memorandum in Istanbul. The memorandum demands that Ukraine abandon its claims to Crimea and lift restrictions on the Ukrainian Orthodox Church.',
    expected: ['russia territory.recognize-crimea support', 'russia society.church support'],
  },
  {
    text: 'The 28-point US plan envisages capping Ukraine\'s army at 600,000 troops. The draft also provides for the lifting of sanctions on Russia in stages.',
    expected: ['united-states military.army-cap support', 'united-states economy.sanctions-relief support'],
    detail: { numbers: [600000] },
  },
  {
    text: 'Ukraine sent Russia a counterproposal. According to the document, Kyiv insists on security guarantees and the release of all civilians.',
    expected: ['ukraine security.guarantees support', 'ukraine humanitarian.civilian-release support'],
  },
  {
    text: 'Kyiv and its European allies drafted a counter-proposal which would cap Ukraine\'s peacetime army at 800,000.',
    expected: ['ukraine military.army-cap support', 'europe military.army-cap support'],
    detail: { numbers: [800000] },
  },
  // A document one is about to present is one's own.
  {
    text: "US envoys will travel to Moscow to present a revised peace framework. The updated document envisages Ukraine's accession to the European Union.",
    expected: ['united-states security.eu-membership support'],
  },
  { text: 'Kyiv is presenting its own plan. The document calls for a full ceasefire.', expected: ['ukraine process.ceasefire support'] },
  // Ukrainian and Russian name who wrote a text by a participle and the instrumental, no preposition;
  // parties listed after "від" are where the guarantees come from, not who writes them.
  {
    text: 'Зеленський оприлюднив проєкт угоди, напрацьований українськими та американськими переговорниками. Документ передбачає, що Україна отримає від США, НАТО та європейських партнерів гарантії безпеки.',
    expected: ['ukraine security.guarantees support', 'united-states security.guarantees support'],
  },
  // "It" opening a sentence that sets out terms is the text named last, not the last party to hold a position.
  {
    text: 'The US handed Kyiv a 28-point peace plan. Zelensky rejected the cap on the army. It also provides for elections in Ukraine within 100 days.',
    expected: ['ukraine military.army-cap oppose', 'united-states process.elections support'],
  },
  // Unveiling, setting out or tabling a text makes it one's own.
  {
    text: 'Zelenskyy unveils 20-point peace plan. The framework provides for security guarantees from the US and European countries and keeps the armed forces at 800,000 in peacetime.',
    expected: ['ukraine security.guarantees support', 'ukraine military.army-cap support'],
  },
  { text: 'Зеленский обнародовал мирный план. Документ предусматривает гарантии безопасности для Украины.', expected: ['ukraine security.guarantees support'] },
  // A text "was presented" by someone unnamed: the name before the passive is not its author.
  {
    text: 'The Trump administration has drafted a 28-point plan to end the war. The plan tracks closely with positions Moscow has held since the start of the war, and was presented to Ukrainian officials as a near-final text. Under the draft, Crimea would be recognized as de facto Russian.',
    expected: ['united-states territory.recognize-crimea support'],
  },
  // A text as the subject of a verb that sets out terms opens a summary that goes on in the future tense.
  {
    text: 'Зеленський оприлюднив проєкт угоди, напрацьований українськими та американськими переговорниками. Документ передбачає, що Україна отримає гарантії безпеки. Чисельність Збройних сил у мирний час становитиме 800 тисяч. Україна стане членом ЄС у чітко визначений термін.',
    expected: [
      'ukraine security.guarantees support',
      'united-states security.guarantees support',
      'ukraine military.army-cap support',
      'united-states military.army-cap support',
      'ukraine security.eu-membership support',
      'united-states security.eu-membership support',
    ],
  },
  {
    text: 'The US handed Kyiv a revised peace plan. The document provides for security guarantees for Ukraine. Ukraine would keep an army of 800,000 in peacetime.',
    expected: ['united-states military.army-cap support', 'united-states security.guarantees support'],
    detail: { numbers: [800000] },
  },
  {
    text: 'Зеленский обнародовал проект соглашения, подготовленный Украиной и США. Документ предусматривает, что Украина станет членом ЕС.',
    expected: ['ukraine security.eu-membership support', 'united-states security.eu-membership support'],
  },
  { text: 'The Trump administration has drafted a 28-point plan to end the war. The plan also calls for elections in Ukraine within 100 days of its signing and the lifting of sanctions on Russia in stages.', expected: ['united-states process.elections support', 'united-states economy.sanctions-relief support'], detail: { durations: ['100 days'] } },
  { text: 'Российская сторона передала меморандум, в котором Москва требует вывода ВСУ из Донецкой области, на переговорах в Стамбуле.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  { text: 'Сполучені Штати підготували мирний план із 28 пунктів. Документ також фіксує, що Україна закріпить у Конституції відмову від вступу до НАТО.', expected: ['united-states security.nato-membership oppose'] },
  { text: 'The US drafted a 28-point peace plan. Згідно з планом, Україна закріпить у Конституції відмову від вступу до НАТО.', expected: ['united-states security.nato-membership oppose'] },
];

/** Relative clauses after an issue: their subject holds their verb's stance on it. */
export const RELATIVES: Case[] = [
  // A relative clause after a name and its title ("European officials, who met …") is an aside: the officials act after it.
  { text: 'European officials, who met the Ukrainian delegation on Friday, pressed for the frozen Russian assets to be used to rebuild the country.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  // A relative clause without "that" may end in a phrase of its own ("… Kyiv has demanded for a postwar settlement"); set off by a comma, the party opens a clause of its own.
  { text: 'Leaders signed a declaration, a step toward the security guarantees Kyiv has demanded for a postwar settlement.', expected: ['ukraine security.guarantees support'] },
  { text: 'Ukraine hands Russia list of 339 children, Moscow again refuses to discuss civilians', expected: ['ukraine humanitarian.children-return support'] },
  // A noun set off after a demand renames what is asked, the words under the demand included; the name after it is no owner.
  {
    text: "Russia's own peace terms require Ukraine to drop all claims for compensation for war damage — a demand Kyiv rejects outright.",
    expected: ['russia justice.renounce-compensation support', 'ukraine justice.renounce-compensation oppose'],
  },
  // Ukrainian and Russian may put a relative clause's subject after its verb, a short phrase with a preposition before it.
  { text: 'Москва отвергает прекращение огня, которого добивается Киев.', expected: ['russia process.ceasefire oppose', 'ukraine process.ceasefire support'] },
  {
    text: 'Москва не погодиться на безумовне припинення вогню, якого від неї вимагають Україна та її партнери.',
    expected: ['russia process.ceasefire oppose', 'ukraine process.ceasefire support'],
  },
  // English leaves out "that": an issue followed straight by a subject and a verb ending the clause.
  {
    text: 'Putin agreed to halt attacks on energy infrastructure for 30 days, but stopped short of the full ceasefire Donald Trump had sought.',
    expected: ['russia process.ceasefire support', 'united-states process.ceasefire support'],
  },
  // A short phrase of the issue's own may stand before "that"; "and that" is a second thing said.
  { text: 'The sides discussed extending a pause in strikes on energy infrastructure that President Donald Trump had personally asked Vladimir Putin for.', expected: ['united-states process.ceasefire support'] },
  { text: 'He said Ukraine had asked for a direct meeting between the two presidents and that Russia had taken note of the request.', expected: ['ukraine process.leaders-meeting support'] },
  // The judgement with its own agent is that party's; the subject's own course stands beside it.
  { text: 'Ukraine will not hold elections under martial law, as Russia demands.', expected: ['ukraine process.elections oppose', 'russia process.elections support'] },
  {
    text: 'Kyiv has said it will not withdraw its troops from the part of the Donetsk region it still holds, as Russia has demanded.',
    expected: ['ukraine territory.ukrainian-withdrawal oppose', 'russia territory.ukrainian-withdrawal support'],
  },
  {
    text: 'Putin stopped short of endorsing the full 30-day ceasefire that Washington and Kyiv had proposed.',
    expected: ['russia process.ceasefire oppose', 'united-states process.ceasefire support', 'ukraine process.ceasefire support'],
  },
  { text: 'Kyiv rejected the ceasefire that Moscow offered.', expected: ['ukraine process.ceasefire oppose', 'russia process.ceasefire support'] },
  { text: 'Russia demanded a ceasefire that Ukraine must respect.', expected: ['russia process.ceasefire support'] },
  { text: 'The sanctions relief that Washington offered was rejected by Brussels.', expected: ['united-states economy.sanctions-relief support', 'europe economy.sanctions-relief oppose'] },
  { text: 'Zelensky said the ceasefire proposal that Putin rejected remains on the table.', expected: ['russia process.ceasefire oppose', 'ukraine process.ceasefire support'] },
  // "that" after a verb opens what is demanded, not a relative clause.
  { text: 'Moscow insisted that Ukraine renounce NATO membership.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Moscow wants Kyiv to cede the rest of Donetsk, a demand Ukraine has repeatedly rejected.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  // The renaming noun reaches back over the rest of the clause demanded with "that", unbroken; not over another comma.
  {
    text: 'Moscow reiterated its demand that Ukrainian forces leave the Donetsk region as part of any settlement, a demand Kyiv has repeatedly rejected.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  {
    text: 'The US plan proposed putting $100 billion of the frozen assets into reconstruction, with Washington receiving half of the profits — a provision European officials have criticised.',
    expected: ['united-states economy.frozen-assets-reconstruction support'],
  },
  { text: 'The Russian memorandum calls for an all-for-all exchange of prisoners, provisions that Kyiv welcomed.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: "The framework caps Ukraine's army at 800,000 — a figure Kyiv and Washington have both accepted.", expected: ['ukraine military.army-cap support', 'united-states military.army-cap support'] },
  { text: 'Zelensky said Russia was still demanding that Ukraine withdraw from the rest of the Donetsk region — a demand, he said, that no Ukrainian leader could accept.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk'] } },
  { text: 'Ukraine rejected a cap on its army, a long-standing Russian demand.', expected: ['ukraine military.army-cap oppose', 'russia military.army-cap support'] },
  { text: 'The US floated a zone from which Ukrainian troops would pull back, an idea Kyiv could not accept.', expected: ['united-states territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Ukraine would accept neither a cap on the size of its armed forces nor a renunciation of its NATO aspirations — both long-standing Russian demands — Foreign Minister Andrii Sybiha said on Wednesday.', expected: ['ukraine military.army-cap oppose', 'russia military.army-cap support', 'ukraine security.nato-membership support', 'russia security.nato-membership oppose'] },
  // After a preposition and its noun («по итогам которой», "at the end of which") the relative opens a clause of its own.
  { text: 'Она прокомментировала встречу в Париже, по итогам которой Франция и Великобритания подтвердили готовность направить на Украину войска.', expected: ['europe security.foreign-troops support'] },
  { text: 'Вона прокоментувала зустріч у Парижі, за підсумками якої Франція і Британія підтвердили готовність направити в Україну війська.', expected: ['europe security.foreign-troops support'] },
  // A clause set off by commas between an issue's words does not part them.
  { text: 'Moscow handed Kyiv a memorandum. It says the sanctions, which were imposed in 2014, must be lifted.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Москва передала Киеву меморандум. Согласно меморандуму, санкции, введённые против России, должны быть сняты.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Москва передала Києву меморандум. Згідно з ним, санкції, запроваджені проти Росії, мають бути скасовані.', expected: ['russia economy.sanctions-relief support'] },
];

/** Who receives a document is not its author. */
export const RECIPIENTS: Case[] = [
  { text: 'Russia hands Ukraine memorandum demanding four regions, neutral status', expected: ['russia security.nato-membership oppose'] },
  { text: 'Russia handed Ukraine a memorandum demanding neutral status.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Kyiv sent Moscow its proposals, including an all-for-all prisoner exchange.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: "Russia presented Ukraine's delegation with a draft calling for neutrality.", expected: ['russia security.nato-membership oppose'] },
];

/** What a document's parts ask of a party is the document's: "Under the second (option), Kyiv would ...". */
export const OPTIONS: Case[] = [
  // An option named by a word and a dash or colon cites the document named before.
  {
    text: 'Російський меморандум пропонує два варіанти. Перший — повне виведення ЗСУ з Донецької та Луганської областей. Другий — заборона передислокації українських військ, зупинення західних поставок озброєнь.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
    detail: { regions: ['donetsk', 'luhansk'] },
  },
  {
    text: "Russia's memorandum sets out two options. First: a full withdrawal of Ukrainian troops from the Donetsk and Luhansk regions. Second: a ban on redeploying Ukrainian troops and a halt to Western arms deliveries.",
    expected: ['russia territory.ukrainian-withdrawal support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  {
    text: 'The Russian memorandum sets out two options. Under the first, Ukraine would have to withdraw from Donetsk. Under the second, Kyiv would halt mobilization, stop the redeployment of its forces and end foreign arms deliveries.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia military.demobilization support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  { text: 'Under the US plan, Ukraine would cap its army at 600,000 and drop its NATO bid.', expected: ['united-states military.army-cap support', 'united-states security.nato-membership oppose'] },
  { text: 'Russia presented its memorandum. Under the document, Ukraine would abandon its NATO bid.', expected: ['russia security.nato-membership oppose'] },
  // A sentence opening with a circumstance, not a part of the document, is read as usual.
  { text: 'Russia presented its memorandum. Under pressure, Zelensky said Ukraine would not abandon its NATO bid.', expected: ['ukraine security.nato-membership support'] },
];

export const NEGATION: Case[] = [
  // Seeing no obstacle to something, or having no problem with it, accepts it; having problems with it does not.
  { text: 'Kremlin sees no problem with Ukraine joining the EU, Peskov says', expected: ['russia security.eu-membership support'] },
  { text: 'Кремль не видит препятствий для вступления Украины в Европейский союз, заявил Песков.', expected: ['russia security.eu-membership support'] },
  { text: 'У Кремлі не бачать перешкод для вступу України до ЄС.', expected: ['russia security.eu-membership support'] },
  { text: 'Moscow has problems with Ukraine joining NATO, Lavrov said.', expected: ['russia security.nato-membership oppose'] },
  // What would make an issue impossible or meaningless ("if"), the holder rules out; "unless" or "without" it, the holder asks for it.
  { text: 'Lavrov said a truce would be meaningless if Ukraine were allowed to move troops.', expected: ['russia process.ceasefire oppose', 'russia military.no-redeployment support'] },
  { text: 'Lavrov said a truce would be impossible if Ukraine continued mobilisation.', expected: ['russia process.ceasefire oppose', 'russia military.demobilization support'] },
  // Laws restricting the language or the church are the opposite of what they restrict: repealing them supports it.
  {
    text: '"The laws that prohibit the Russian language and persecute the church must be repealed, and Russian must have the status of an official language," Lavrov told his annual press conference.',
    expected: ['russia society.church support', 'russia society.russian-official-language support'],
  },
  // A citation set off by commas inside the law's wording is left out as a clause is; "church law" names such a law.
  { text: "Among Moscow's conditions, Lavrov named the repeal of Ukrainian laws that, in his words, persecute the canonical Ukrainian Orthodox Church.", expected: ['russia society.church support'] },
  { text: 'Kyiv will not reverse church law, Sybiha says', expected: ['ukraine society.church oppose'] },
  // Signing or passing such a law is a stance taken on the church, as adopting a package is on sanctions.
  { text: 'President Zelensky on Saturday signed the law allowing a ban on religious organisations tied to the Russian Orthodox Church.', expected: ['ukraine society.church oppose'] },
  // A law that allows banning religious organisations names such a law, with the church named after the ban or not at all; repealing it lifts the restrictions.
  { text: "Ukraine's parliament passed a law in August 2024 allowing courts to ban religious organisations affiliated with the Russian Orthodox Church.", expected: ['ukraine society.church oppose'] },
  { text: 'The law adopted last year that allows religious organisations affiliated with the Russian Orthodox Church to be banned is not a subject of negotiations, Kyiv said.', expected: ['ukraine society.church oppose'] },
  { text: 'Kyiv said the 2024 law allowing a ban on religious organisations linked to Russia was not a subject for negotiations.', expected: ['ukraine society.church oppose'] },
  { text: 'Moscow wants Kyiv to repeal the law allowing a ban on religious organisations linked to Russia.', expected: ['russia society.church support'] },
  // The President's Office in reports on the talks is Kyiv's.
  { text: 'Crimea will never be recognised as Russian, the presidential office said in a document circulated to European partners.', expected: ['ukraine territory.recognize-crimea oppose'] },
  // A stance noun its owner's possessive opens is the owner's, past a contrast before it; a region "included" after a comma is an aside, no stance word.
  { text: "The Kremlin has said it does not object to Ukraine joining the EU, in contrast to its flat rejection of Ukrainian membership in NATO.", expected: ['russia security.eu-membership support', 'russia security.nato-membership oppose'] },
  { text: 'Sybiha replied that Ukraine would never recognise the four annexed regions, Donetsk included, as Russian.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'], detail: { regions: ['donetsk'] } },
  // A negation before an issue that a stance noun follows ("a ceasefire agreement") negates the issue.
  { text: 'Trump said the best way to end the war was to go directly to a peace agreement rather than a ceasefire agreement.', expected: ['united-states process.ceasefire oppose'] },
  // An inclusion that says how ("including as peacekeepers", «в том числе под видом») is no demand of its own.
  { text: 'He also said Moscow would not accept troops from NATO countries in Ukraine "under any flag", including as peacekeepers.', expected: ['russia security.foreign-troops oppose'] },
  {
    text: 'Размещение на украинской территории европейских контингентов для России абсолютно неприемлемо в любом формате, в том числе под видом миротворцев, заявил Лавров.',
    expected: ['russia security.foreign-troops oppose'],
  },
  // A negation before verbs joined by "or" negates each; "nobody" negates its verb.
  { text: 'Sybiha said Kyiv will not make Russian an official language or lift restrictions on the Moscow-linked church.', expected: ['ukraine society.russian-official-language oppose', 'ukraine society.church oppose'] },
  { text: 'Zelensky spoke in Dublin. "Nobody will give up our land in Donbas," he said.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Putin stressed that Kyiv must not use the 30 days to carry out forced mobilisation or move reinforcements to the front.', expected: ['russia military.demobilization support', 'russia military.no-redeployment support'] },
  {
    text: 'Putin said Russia agreed in principle with a ceasefire, but that Kyiv must not use the pause to mobilise more soldiers, move troops to the front, or rearm with Western weapons.',
    expected: ['russia process.ceasefire support', 'russia military.demobilization support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  // "is among its requirements", "would have to be part of any settlement" ask for the issue.
  { text: 'The Kremlin has made clear that the lifting of western sanctions is among its requirements for a settlement.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Peskov said that the lifting of illegal sanctions would have to be part of any long-term settlement with Ukraine.', expected: ['russia economy.sanctions-relief support'] },
  // A person named in apposition, set off by commas, before the verb of saying speaks.
  {
    text: "Russia's foreign minister, Sergei Lavrov, has repeatedly said that any settlement must give Russian the status of an official language and repeal what he calls laws glorifying Nazism.",
    expected: ['russia society.russian-official-language support', 'russia society.denazification support'],
  },
  // "…, saying …" has the sentence's subject, unless another party acts between or the name opens a quote.
  { text: "Zelenskyy urged leaders to move quickly, saying the assets should ultimately pay for Ukraine's reconstruction.", expected: ['ukraine economy.frozen-assets-reconstruction support'] },
  { text: 'Moscow reacted furiously. Kremlin spokesman Dmitry Peskov said any use of the assets would amount to theft.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  {
    text: 'Ukraine had called for a 30-day ceasefire, which the Kremlin rejected, saying such a truce would only allow Kyiv to rearm.',
    expected: ['ukraine process.ceasefire support', 'russia process.ceasefire oppose'],
  },
  // "called it …": the pronoun after a verb that judges is its object, not the next verb's subject.
  { text: 'Peskov spoke on Monday. Zelensky called it a concrete step and welcomed plans to station foreign troops in Ukraine.', expected: ['ukraine security.foreign-troops support'] },
  // "halt X and begin Y": each verb of the list says its own.
  {
    text: 'Under the second option, Kyiv would have to stop redeploying its troops, halt mobilization and begin demobilizing, Russia said.',
    expected: ['russia military.no-redeployment support', 'russia military.demobilization support'],
  },
  // A list under a negated verb shares the negation, its items after bare commas too once "or" closes it.
  {
    text: 'Putin told reporters Moscow needed assurances that Ukraine would not use the pause to mobilize more troops, redeploy forces or receive new weapons.',
    expected: ['russia military.demobilization support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  // The truce used as the means to another issue is no stance on it; the negation is the other issue's.
  { text: 'Russia insists that Ukraine must not use the truce to mobilise.', expected: ['russia military.demobilization support'] },
  { text: 'The EU agreed to use frozen Russian assets to finance Ukraine\'s reconstruction.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  { text: "Ukraine's negotiators answered with a refusal: Kyiv will not withdraw its troops from Donetsk and proposes to freeze the front.", expected: ['ukraine territory.ukrainian-withdrawal oppose', 'ukraine territory.freeze-line support'] },
  // "stop X and the Y": the verb that opens the first issue's wording ends the nouns listed after it too ...
  {
    text: 'Putin also raised the need to stop forced mobilization in Ukraine and the rearming of its army, the Kremlin said.',
    expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'],
  },
  // ... not a verb of its own, nor an alternative, nor the noun of a possessive.
  { text: 'The US plan would force Ukraine to give up Donetsk and cap its army.', expected: ['united-states territory.ukrainian-withdrawal support', 'united-states military.army-cap support'] },
  { text: 'Sybiha said Ukraine would never accept limits on its army or recognise occupied land as Russian.', expected: ['ukraine military.army-cap oppose', 'ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: "Lavrov said Kiev's renunciation of NATO membership and the denazification of Ukraine remain non-negotiable.", expected: ['russia security.nato-membership oppose', 'russia society.denazification support'] },
  // "called Putin" names whom Trump phoned, not who began what follows.
  {
    text: 'Trump said he had called Vladimir Putin and begun the arrangements for a meeting between the Russian leader and Volodymyr Zelensky.',
    expected: ['united-states process.leaders-meeting support'],
  },
  // Stopping one thing and restoring another: each verb says its own.
  {
    text: 'Putin said Ukraine must stop "persecuting" the church and restore the rights of Russian speakers, "including the official status of their language".',
    expected: ['russia society.church support', 'russia society.russian-official-language support'],
  },
  // Ending the war is the aim of all talks, not a stance word over what follows.
  { text: 'Trump now says the best way to end the war is to go directly to a peace agreement rather than a ceasefire.', expected: ['united-states process.ceasefire oppose'] },
  // An infinitive after the issue, or after its recipient, with no object of its own undoes it.
  { text: 'Moscow also wants deliveries of western weapons to Kyiv to stop for the duration of any ceasefire, Ushakov said.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Moscow wants a ceasefire to end the war.', expected: ['russia process.ceasefire support'] },
  { text: 'Peskov said Kiev must withdraw troops from Donbass for hostilities to end.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk', 'luhansk'] } },
  // A stance noun that is the subject of a judgement is what the judgement judges; a party inside it is not the judge.
  { text: 'Zelensky said a halt to military aid for Kyiv was out of the question.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'The Kremlin said that a guarantee that Ukraine will never join NATO is an essential condition for any peace deal.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Президент Зеленський наголосив, що припинення військової допомоги для Києва виключене.', expected: ['ukraine military.halt-western-arms oppose'] },
  // What a party calls an obstacle to peace, it opposes.
  { text: 'Russian Foreign Ministry spokeswoman Maria Zakharova called Western arms deliveries to Kyiv an obstacle to peace.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Захарова назвала отправку западного оружия Киеву препятствием для мира.', expected: ['russia military.halt-western-arms support'] },
  // "a ban on X and limits on Y": after "and", a stance noun of its own opens the next demand.
  {
    text: "Russia's demands include a ban on Ukraine joining NATO and limits on the size of its army.",
    expected: ['russia security.nato-membership oppose', 'russia military.army-cap support'],
  },
  // What a party calls a root cause of the war to be eliminated, it opposes.
  { text: "Russia insists that a settlement eliminate the root causes of the conflict such as NATO's expansion.", expected: ['russia security.nato-membership oppose'] },
  // A truce that would only let the other side rearm or regroup is refused.
  { text: 'Foreign Minister Sergey Lavrov said an immediate ceasefire would only give Ukraine time to rearm.', expected: ['russia process.ceasefire oppose'] },
  // Land given away is ceded; leaving it "would only hand Russia a springboard" refuses it.
  {
    text: "President Zelensky has refused. Ukraine's Constitution does not allow territory to be given away, he has said, and leaving the Donbas would only hand Russia a springboard for its next attack.",
    expected: ['ukraine territory.ukrainian-withdrawal oppose'],
  },
  // Past a comma, another issue is what a judgement after it judges.
  {
    text: 'Kyiv has repeatedly said it will not cede any of its territory, arguing that a frozen conflict would only allow Russia to regroup.',
    expected: ['ukraine territory.ukrainian-withdrawal oppose', 'ukraine territory.freeze-line oppose'],
  },
  // Having no right to do something refuses it; agreeing to none of what was put forward refuses it all.
  { text: '"We have no legal or moral right to give away our land," Volodymyr Zelensky said on Wednesday.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Russia wants Ukraine to renounce all claims for compensation. "Kyiv will agree to none of this," Budanov said.', expected: ['russia justice.renounce-compensation support', 'ukraine justice.renounce-compensation oppose'] },
  // Barring a party from doing something, or banning it, is the opposite of that thing.
  {
    text: 'The Kremlin said that any 30-day ceasefire would have to bar Kyiv from moving troops, mobilising new soldiers and receiving Western weapons.',
    expected: ['russia process.ceasefire support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support', 'russia military.demobilization support'],
  },
  { text: 'Russia would demand that Ukrainian troops stay where they are, with a ban on moving units along the front, Budanov said.', expected: ['russia military.no-redeployment support'] },
  // A negation in the gap of the issue's own words negates it.
  { text: 'Kallas said sanctions against Moscow will not be eased while it continues the war.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Каллас заявила, що санкції проти Москви не буде послаблено, доки та продовжує війну.', expected: ['europe economy.sanctions-relief oppose'] },
  // Under a stance word, a clause whose own verb is negated says the issue, and the list it opens, will not happen.
  { text: 'Moscow wants guarantees that Ukraine will not use the pause to mobilise troops.', expected: ['russia military.demobilization support'] },
  { text: 'Москва хочет быть уверена, что Украина не использует паузу для принудительной мобилизации.', expected: ['russia military.demobilization support'] },
  {
    text: 'Росія хоче гарантій, що протягом 30 днів Україна не використовуватиме перерву для примусової мобілізації та перекидання військ.',
    expected: ['russia military.demobilization support', 'russia military.no-redeployment support'],
  },
  // A halt reaches a second thing under way joined to the first by "and".
  { text: 'Россия на переговорах потребовала прекращения западных поставок вооружений и предоставления Киеву разведданных.', expected: ['russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'] },
  { text: 'Putin said the key condition was the complete cessation of foreign military aid to Kyiv.', expected: ['russia military.halt-western-arms support'] },
  // One negation, taken by the verb, does not negate the stance word of its object as well.
  { text: 'Ukraine would not accept a ban on military assistance from its partners.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Zelensky said Ukraine would not accept any limits on military assistance from its partners.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Украина не согласится на ограничение военной помощи, заявил Зеленский.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Ukraine will never cede Donbas, Zelensky said.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Russia does not rule out a meeting between Putin and Zelensky, Peskov said.', expected: ['russia process.leaders-meeting support'] },
  { text: 'Kyiv will not accept any limits on the size of its armed forces.', expected: ['ukraine military.army-cap oppose'] },
  { text: 'Moscow no longer insists on Ukraine\'s withdrawal from Zaporizhzhia, Witkoff said.', expected: ['russia territory.ukrainian-withdrawal support retracted'] },
  { text: 'The Kremlin said it had no objection to Ukraine joining the European Union.', expected: ['russia security.eu-membership support'] },
  { text: 'Russia refused to agree to an unconditional ceasefire.', expected: ['russia process.ceasefire oppose'], detail: { qualifiers: ['unconditional'] } },
  { text: 'Zelensky said Ukraine would not give up its NATO ambitions.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Putin rejected Trump\'s proposal for a ceasefire but said he was open to a prisoner exchange.', expected: ['russia process.ceasefire oppose', 'united-states process.ceasefire support', 'russia humanitarian.prisoner-exchange support'] },
  { text: 'Russia is not against Ukraine joining the EU, Putin said.', expected: ['russia security.eu-membership support'] },
  { text: 'Путин заявил, что Россия не против вступления Украины в ЕС.', expected: ['russia security.eu-membership support'] },
  { text: 'Пєсков: питання виборів в Україні не обговорюється.', expected: ['russia process.elections oppose'] },
  { text: 'Росія не вимагає від України виводу військ з Херсона, заявив Ушаков.', expected: [] },
  { text: 'Україна не відмовиться від вступу до НАТО, заявив Зеленський.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Ukraine is not ready to give up Crimea, Zelensky said.', expected: ['ukraine territory.recognize-crimea oppose'] },
  // Contrast markers negate what follows them, under the verb they depend on.
  { text: 'The Kremlin said it favours a lasting settlement rather than a temporary truce.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Lavrov said Moscow backs a full peace treaty, not a ceasefire.', expected: ['russia process.treaty-legal-binding support', 'russia process.ceasefire oppose'] },
  { text: 'Russia wants the fighting to end with a binding treaty.', expected: ['russia process.treaty-legal-binding support'] },
  { text: 'Ukraine applied for EU membership, which Moscow considers a provocation.', expected: ['russia security.eu-membership oppose'] },
  // What a preference is set against is negated; "prefers to" sets nothing against.
  { text: 'Medinsky said Moscow prefers a long-term peace treaty with legally binding obligations to a temporary ceasefire.', expected: ['russia process.treaty-legal-binding support', 'russia process.ceasefire oppose'] },
  { text: 'Kyiv prefers a full ceasefire to a freeze of the front line.', expected: ['ukraine process.ceasefire support', 'ukraine territory.freeze-line oppose'] },
  { text: 'Washington favours security guarantees over NATO membership for Ukraine.', expected: ['united-states security.guarantees support', 'united-states security.nato-membership oppose'] },
  { text: 'Russia prefers to agree a ceasefire first.', expected: ['russia process.ceasefire support'] },
  // A negation ends at a comma or "and": what follows is a clause or verb of its own.
  { text: "Trump says Ukraine will not join NATO, Crimea 'will stay with Russia'", expected: ['united-states security.nato-membership oppose', 'united-states territory.recognize-crimea support'] },
  { text: 'Trump said Ukraine would not be joining NATO and that Crimea "will stay with Russia".', expected: ['united-states security.nato-membership oppose', 'united-states territory.recognize-crimea support'] },
  { text: "Sybiha said Kyiv did not recognise anyone's right to veto its choice of alliances and would continue on its path to NATO.", expected: ['ukraine security.nato-membership support'] },
  // The commas of a list of regions do not end the negation.
  { text: 'Stefanchuk: Rada will never vote to recognize Crimea, Donbas as Russian', expected: ['ukraine territory.recognize-crimea oppose', 'ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Moscow will not freeze the conflict along the front line and will not accept a ceasefire, Peskov said.', expected: ['russia territory.freeze-line oppose', 'russia process.ceasefire oppose'] },
  // A relative clause after the speaker's verb describes the speaker, not the issue.
  {
    text: 'Ukraine will not withdraw its troops from the Donbas, President Volodymyr Zelenskiy said on Friday, as he prepared to discuss a peace plan with Washington.',
    expected: ['ukraine territory.ukrainian-withdrawal oppose'],
  },
  { text: 'European leaders say Ukraine must not be pressured to give up Donbas.', expected: ['europe territory.ukrainian-withdrawal oppose'] },
  { text: "Von der Leyen said there could be no limits on the size of Ukraine's military in any settlement.", expected: ['europe military.army-cap oppose'] },
  { text: 'Russia demands that Kyiv refrain from redeploying troops.', expected: ['russia military.no-redeployment support'] },
  { text: 'Россия требует, чтобы Киев воздержался от переброски войск.', expected: ['russia military.no-redeployment support'] },
  { text: 'Lavrov said Russia would not sign any agreement that did not restore the rights of Russian speakers in Ukraine.', expected: ['russia society.russian-official-language support'] },
  { text: 'Kyiv will not agree to any settlement that does not provide for the return of deported children.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'There can be no peace deal that does not include security guarantees for Ukraine, Macron said.', expected: ['europe security.guarantees support'] },
  { text: 'Зеленський заявив, що Україна не підпише жодної угоди, яка не передбачає гарантій безпеки.', expected: ['ukraine security.guarantees support'] },
  { text: 'Лавров заявил, что Россия не подпишет никакого соглашения, которое не предусматривает отмену санкций.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Ukraine would accept neither a cap on the size of its armed forces nor a renunciation of its NATO aspirations.', expected: ['ukraine military.army-cap oppose', 'ukraine security.nato-membership support'] },
  { text: 'Zelensky said Kyiv could not accept a withdrawal from Donbas.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk', 'luhansk'] } },
];

/** Passives and agents: "proposed by X" names X, and a second judgement after it names its own holder. */
export const PASSIVES: Case[] = [
  { text: 'The ceasefire proposed by the United States was accepted by Russia.', expected: ['united-states process.ceasefire support', 'russia process.ceasefire support'] },
  { text: 'Kyiv remained committed to a full 30-day ceasefire as proposed by the United States.', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  { text: 'A limit on the army proposed by Washington was rejected by Kyiv.', expected: ['united-states military.army-cap support', 'ukraine military.army-cap oppose'] },
  { text: 'The amnesty demanded by Moscow is unacceptable, Zelensky said.', expected: ['russia justice.amnesty support', 'ukraine justice.amnesty oppose'] },
  { text: 'Sanctions relief was ruled out by the European Union.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Macron and Starmer called on Russia to accept without delay the full and unconditional 30-day ceasefire proposed by the United States and already accepted by Ukraine.', expected: ['europe process.ceasefire support', 'united-states process.ceasefire support', 'ukraine process.ceasefire support'], detail: { durations: ['30 days'] } },
];

/** A word after the issue that undoes it ("be cut off", "a … ban", "были прекращены") names its opposite. */
export const REVERSALS: Case[] = [
  // An issue joined by "and" after its recipient is undone with the one the reversal follows; after a copula, "a complete halt" names the issue, it does not undo it.
  { text: 'Russian officials say a general ceasefire would be possible only if foreign military aid to Kyiv and the sharing of intelligence with Ukrainian forces stopped completely.', expected: ['russia process.ceasefire support', 'russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'] },
  { text: "Putin told Trump that the key condition for any broader truce was a complete halt to foreign military aid and to the provision of intelligence to Kyiv.", expected: ['russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'] },
  // Two wordings of one issue merged ("Western arms", "arms deliveries") span both, so "to stop" right after undoes it.
  { text: 'Moscow wanted Western arms deliveries to stop.', expected: ['russia military.halt-western-arms support'] },
  // An issue joined by "and" to one a word undoes is undone with it; one worded with its own verb is not.
  {
    text: 'Russia could accept a 30-day ceasefire only if deliveries of Western weapons and intelligence to Kiev are halted for its duration.',
    expected: ['russia process.ceasefire support', 'russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'],
  },
  { text: 'The Kremlin said a 30-day truce was acceptable only if Kyiv stops mobilising and arms deliveries halt.', expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'] },
  { text: 'Moscow demanded that arms supplies to Kyiv be cut off.', expected: ['russia military.halt-western-arms support'] },
  // The "to" of a modal ("had to be repealed") is no preposition between the issue and its undoing.
  { text: 'Lavrov said laws restricting the church had to be repealed.', expected: ['russia society.church support'] },
  { text: "Ukraine rejected Russia's demand that Western weapons deliveries be halted.", expected: ['russia military.halt-western-arms support', 'ukraine military.halt-western-arms oppose'] },
  { text: 'Ukraine rejects Russian demands for demobilization, redeployment ban.', expected: ['russia military.demobilization support', 'ukraine military.demobilization oppose', 'russia military.no-redeployment support', 'ukraine military.no-redeployment oppose'] },
  { text: 'Kyiv said Western arms deliveries must not be halted.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Ushakov said that Washington should end arms supplies to Ukraine.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Москва требует, чтобы поставки оружия Украине были прекращены.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Київ не погодиться, щоб постачання зброї було припинено.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Moscow wants mobilisation in Ukraine halted for the duration of any truce and Western arms deliveries suspended, Putin indicated.', expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'] },
  { text: "Merz said Germany would keep supplying weapons to Kyiv, rejecting Moscow's demand that Western arms deliveries stop.", expected: ['russia military.halt-western-arms support', 'europe military.halt-western-arms oppose'] },
  { text: 'Zelensky said Ukraine was ready to hold elections once the fighting is halted.', expected: ['ukraine process.elections support'] },
  { text: 'Britain and France will lead a multinational force in Ukraine once hostilities end.', expected: ['europe security.foreign-troops support'] },
];

/** A word pointing back to what the previous sentence put forward ("the offer", "neither demand"). */
export const ANAPHORS: Case[] = [
  // Dismissing a text of several terms refuses the text, not each term; "these demands" are each refused.
  { text: 'Europe proposed a 30-day ceasefire and security guarantees for Ukraine. Moscow dismissed the plan.', expected: ['europe process.ceasefire support', 'europe security.guarantees support'] },
  // A bare answer to terms of several issues is no stance on each of them; to one issue, it is.
  { text: 'European leaders proposed a 30-day ceasefire and security guarantees for Ukraine. Moscow was dismissive.', expected: ['europe process.ceasefire support', 'europe security.guarantees support'] },
  // Not rejecting a plan of several terms accepts none of them.
  {
    text: "Washington's plan calls for elections within 100 days and a full amnesty. Zelensky did not reject the plan outright.",
    expected: ['united-states process.elections support', 'united-states justice.amnesty support'],
  },
  // A bare word echoes an issue the item named before: "guarantees" after "security guarantees" …
  {
    text: 'The coalition pledged security guarantees for Ukraine. Zelensky said Kyiv needed guarantees that worked, not promises on paper.',
    expected: ['ukraine security.guarantees support'],
  },
  {
    text: 'Лидеры подписали декларацию о гарантиях безопасности для Украины. США согласились поддержать гарантии.',
    expected: ['united-states security.guarantees support'],
  },
  {
    text: 'A reparations loan funded by frozen Russian assets is on the summit agenda. Zelensky urged leaders to approve the loan before the end of the year.',
    expected: ['ukraine economy.frozen-assets-reconstruction support'],
  },
  {
    text: "The US draft would cap the size of Ukraine's army at 600,000. Kyiv has said it will not accept the ceiling.",
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap oppose'],
  },
  { text: 'Russia demands that Ukraine withdraw from Donetsk. Zelensky said a withdrawal was out of the question.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  {
    text: 'Britain and France will lead a reassurance force to be deployed in Ukraine. Zelensky said he wanted the contingent on Ukrainian soil as soon as possible.',
    expected: ['europe security.foreign-troops support', 'ukraine security.foreign-troops support'],
  },
  // Once sanctions relief is named, lifting "the restrictions" is that relief.
  { text: 'Москва хоче зняття санкцій. Київ не давав згоди на жодне зняття обмежень у межах ер-ріядського пакета.', expected: ['russia economy.sanctions-relief support', 'ukraine economy.sanctions-relief oppose'] },
  // … and only then: other restrictions are not sanctions.
  { text: 'Ukraine wants its prisoners of war released. Kyiv says it will lift restrictions on wartime travel.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  // A clause that words the opposite decides: the echo adds nothing against it.
  {
    text: 'The EU wants to use frozen Russian assets for Ukraine. The Kremlin insists that its assets must be unfrozen.',
    expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  // "urged not to delay" negates the delay, not the call.
  { text: 'ЄС обговорює репараційний кредит. Зеленський закликав не зволікати з кредитом.', expected: ['ukraine economy.frozen-assets-reconstruction support'] },
  { text: 'Зеленский призвал не затягивать с использованием замороженных российских активов.', expected: ['ukraine economy.frozen-assets-reconstruction support'] },
  // … but names nothing in an item that has not.
  { text: 'Zelensky said Kyiv needed guarantees that the loan would be repaid.', expected: [] },
  // Assets to be returned are the opposite of their use for Ukraine.
  { text: 'У Кремлі наполягають, що заморожені активи мають бути повернуті Росії.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'В Кремле настаивают, что замороженные активы должны быть возвращены России.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  // "The idea" points back to what the sentence before put forward, not to its condition.
  {
    text: 'Zelensky said Ukraine was ready to hold elections only after a ceasefire. The Kremlin rejected the idea.',
    expected: ['ukraine process.elections support', 'ukraine process.ceasefire support', 'russia process.elections oppose'],
  },
  // "such a meeting" picks, from what was put forward, the issue whose words hold "meeting".
  {
    text: 'Erdogan said Turkey was ready to host a meeting between Putin and Zelensky. Fidan said Ankara was also prepared to contribute to any security guarantees for Ukraine. The Kremlin has not ruled out such a meeting.',
    expected: ['turkey process.leaders-meeting support', 'turkey security.guarantees support', 'russia process.leaders-meeting support'],
  },
  // "such a meeting" points back to the meeting proposed before.
  { text: 'Trump proposed a meeting between Putin and Zelensky. Zelensky said he was ready for such a meeting in any format.', expected: ['united-states process.leaders-meeting support', 'ukraine process.leaders-meeting support'] },
  // An answer to a proposal proposes nothing: "it" in the next sentence is still what was proposed.
  {
    text: 'The EU proposed using frozen Russian assets for Ukraine\'s reconstruction. Moscow has warned against the plan. Foreign Ministry spokeswoman Maria Zakharova called it "theft" and said Russia would respond.',
    expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  // An English verb takes its object after it: "calling it criminal and promising a painful response" promises nothing of it.
  {
    text: 'The EU agreed to use frozen Russian assets to rebuild Ukraine. Moscow denounced the plan, with Maria Zakharova calling it "criminal" and promising a painful response.',
    expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  // Dismissing one offer of a meeting, while asking for the meeting in another form, refuses the form only.
  {
    text: 'Putin said he was ready to meet Zelensky, but only in Moscow. Kyiv swiftly dismissed the offer. Sybiha said Zelensky was ready to meet Putin in any format, but not in the capital of the aggressor state.',
    expected: ['russia process.leaders-meeting support', 'ukraine process.leaders-meeting support'],
  },
  {
    text: "Budanov said Moscow's demands included a cap on Ukraine's army of 85,000 troops and Kyiv's renunciation of NATO membership. Budanov said Ukraine would accept neither demand.",
    expected: ['russia military.army-cap support', 'russia security.nato-membership oppose', 'ukraine military.army-cap oppose', 'ukraine security.nato-membership support'],
  },
  {
    text: 'Russia proposed a 30-day ceasefire and an exchange of all prisoners. Kyiv accepted both proposals.',
    expected: ['russia process.ceasefire support', 'russia humanitarian.prisoner-exchange support', 'ukraine process.ceasefire support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  { text: 'Moscow demanded that Ukraine renounce its NATO bid. Kyiv rejected the demand.', expected: ['russia security.nato-membership oppose', 'ukraine security.nato-membership support'] },
  { text: 'The Russian memorandum envisages the mutual renunciation of claims for damages.', expected: ['russia justice.renounce-compensation support'] },
  { text: 'Lavrov says Russia will demand official status for Russian language; Kyiv refuses', expected: ['russia society.russian-official-language support', 'ukraine society.russian-official-language oppose'] },
  { text: 'Kyiv proposed a 30-day ceasefire. Moscow agreed.', expected: ['ukraine process.ceasefire support', 'russia process.ceasefire support'] },
  { text: 'Moscow insists that Kyiv pull its troops out of Donetsk, while Ukraine has refused to withdraw.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk'] } },
  { text: 'Russia wants Ukraine to cede Donbas. Kyiv will never cede.', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  { text: "Russian foreign ministry spokeswoman Maria Zakharova said the coalition's plans had nothing to do with peace. She repeated that any settlement must secure Ukraine's neutral, non-aligned and non-nuclear status.", expected: ['russia security.nato-membership oppose'] },
  { text: 'Trump relayed the proposal to Zelensky in a phone call on Saturday. The Ukrainian leader has repeatedly ruled out such a step. "We will not leave Donbas," he told reporters in Kyiv this week.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'After the talks, European leaders issued a statement on the Multinational Force. They also said Ukraine\'s armed forces should remain at a peacetime level of 800,000.', expected: ['europe military.army-cap support'], detail: { numbers: [800000] } },
];

/** Wordings of wire copy for stances without the usual verbs, and the words that decide them. */
export const PHRASINGS: Case[] = [
  // "an important step", "a step in the right direction": a judgement that welcomes what it names.
  { text: 'Zelensky called the deployment of European troops an important step.', expected: ['ukraine security.foreign-troops support'] },
  { text: 'Peskov said the prisoner exchange was a step in the right direction.', expected: ['russia humanitarian.prisoner-exchange support'] },
  // "partner forces" are foreign troops as "allied forces" are.
  { text: 'Zelensky welcomed the prospect of partner forces after a ceasefire.', expected: ['ukraine security.foreign-troops support'] },
  // Guarantees given to Ukraine are its security guarantees, whether or not the word "security" is there.
  { text: 'Washington is ready to extend guarantees to Ukraine for 15 years, an official said.', expected: ['united-states security.guarantees support'] },
  { text: 'Вашингтон готов предоставить Украине гарантии сроком на 15 лет.', expected: ['united-states security.guarantees support'] },
  { text: 'Анкара готова долучитися до патрулювання Чорного моря в межах гарантій для України.', expected: ['turkey security.guarantees support'] },
  // "lift what he calls discriminatory bans": the speaker's name for the thing lifted stands between the verb and its object.
  { text: 'Lavrov said any agreement must lift what he calls discriminatory bans on the Ukrainian Orthodox Church and give Russian the status of an official language in Ukraine.', expected: ['russia society.russian-official-language support', 'russia society.church support'] },
  { text: '"Elections during the war would be a gift to the Kremlin," Speaker Ruslan Stefanchuk said.', expected: ['ukraine process.elections oppose'] },
  // A truce that would give the other side "a chance to regroup" is refused.
  { text: 'Lavrov said a ceasefire would only give the Kyiv regime a chance to regroup.', expected: ['russia process.ceasefire oppose'] },
  // "occupied Ukrainian land" is the occupied land; a party's future "in our Union" is its membership.
  { text: 'Kyiv "will never recognize any occupied Ukrainian land as Russian — not Crimea, not any other region," Sybiha said.', expected: ['ukraine territory.recognize-annexed-oblasts oppose', 'ukraine territory.recognize-crimea oppose'] },
  { text: "Commission President Ursula von der Leyen said Ukraine's future lay inside the Union.", expected: ['europe security.eu-membership support'] },
  // A party's right to something, or what it can do, stated by someone else is the speaker's view of it.
  { text: 'Kremlin says Ukraine has the sovereign right to join the EU', expected: ['russia security.eu-membership support'] },
  { text: 'Lavrov said Ukraine had no right to join NATO.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Ukraine can join the European Union, Peskov said.', expected: ['russia security.eu-membership support'] },
  // "should forget about" is the speaker's refusal.
  { text: 'Trump said Kyiv should forget about joining NATO.', expected: ['united-states security.nato-membership oppose'] },
  // "accession" and "membership" echo EU or NATO membership, whichever the report named; after both, neither.
  { text: 'Ukraine applied to join the European Union in 2022. EU leaders backed its accession on Thursday.', expected: ['europe security.eu-membership support'] },
  { text: 'Ukraine wants to join NATO. Moscow opposes its accession.', expected: ['ukraine security.nato-membership support', 'russia security.nato-membership oppose'] },
  { text: 'Ukraine wants to join the European Union and NATO. EU leaders backed its accession on Thursday.', expected: ['ukraine security.eu-membership support', 'ukraine security.nato-membership support'] },
  // Partners' forces on Ukrainian soil are foreign troops.
  { text: "Zelensky welcomed the prospect of partners' forces on Ukrainian soil.", expected: ['ukraine security.foreign-troops support'] },
  // Halting an offensive along the line of contact freezes the line (each wording of the line its own pattern: alternatives are single words).
  { text: 'Moscow is prepared to halt its offensive along the current line of contact.', expected: ['russia territory.freeze-line support'] },
  // Reacting coolly to an idea refuses it, in the three languages.
  { text: 'Brussels reacted coolly to the idea of easing sanctions on Russia.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: "У Брюсселі до ідеї пом'якшення санкцій проти Росії поставилися холодно.", expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'В Брюсселе к идее смягчения санкций против России отнеслись холодно.', expected: ['europe economy.sanctions-relief oppose'] },
  // "Russian … status … language" does not run across two items of a list ("repeal the laws discriminating against Russian speakers and give Russian the status of an official language").
  { text: 'Zakharova said Russia would insist that Ukraine repeal the laws discriminating against Russian speakers and give Russian the status of an official language.', expected: ['russia society.russian-official-language support'] },
  // Russia's claim to Crimea is the claim recognition would grant; Ukraine's claim to it is the opposite.
  { text: "Merz said Europe would never recognize Russia's claim to Crimea.", expected: ['europe territory.recognize-crimea oppose'] },
  { text: 'Ukraine will never give up its claim to Crimea.', expected: ['ukraine territory.recognize-crimea oppose'] },
  // Halting military action is a ceasefire, in the three languages.
  { text: 'Russia and Ukraine agreed to halt military action in the Black Sea.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Россия и Украина согласились прекратить военные действия в Черном море.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
  // Membership of the EU and NATO names both.
  { text: "The resolution reaffirms Ukraine's course toward membership in the European Union and NATO, Ukrainian lawmakers said.", expected: ['ukraine security.eu-membership support', 'ukraine security.nato-membership support'] },
  // Reaffirming a course toward an issue supports it.
  { text: "The Rada reaffirmed Ukraine's course toward NATO membership.", expected: ['ukraine security.nato-membership support'] },
  // "Western deliveries" are arms deliveries.
  { text: "Merz rejected Moscow's demand that Western deliveries stop.", expected: ['russia military.halt-western-arms support', 'europe military.halt-western-arms oppose'] },
  // A comma and "as well as" close the objects of the stance noun before it: the next item is under the verb.
  { text: "Russia demands the repeal of laws restricting the Russian language, as well as Ukraine's neutral status.", expected: ['russia society.russian-official-language support', 'russia security.nato-membership oppose'] },
  // Repealing or rolling back restrictions lifts them, as "lift" does.
  { text: 'Russia demanded that Kyiv repeal restrictions on the Moscow-linked Ukrainian Orthodox Church.', expected: ['russia society.church support'] },
  { text: 'Kyiv will not roll back restrictions on the Moscow-affiliated church.', expected: ['ukraine society.church oppose'] },
  // A threat of retaliation refuses what it answers.
  { text: 'Peskov said any use of Russian assets will be met with a painful response.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  // "X is opposed to Y" is X's refusal of Y; "Y is opposed by X" stays X's.
  { text: 'Moscow remains firmly opposed to Ukraine joining NATO.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Ukrainian membership of NATO is opposed by Moscow.', expected: ['russia security.nato-membership oppose'] },
  // A meeting that "makes sense" only at the end is accepted on a condition; one that makes none is refused.
  { text: 'Medinsky said a meeting between Putin and Zelensky made sense only to sign a finished agreement.', expected: ['russia process.leaders-meeting support'] },
  { text: 'Встреча Путина и Зеленского имеет смысл лишь на завершающем этапе, заявил Мединский.', expected: ['russia process.leaders-meeting support'] },
  { text: 'Песков заявил, что встреча Путина и Зеленского не имеет смысла.', expected: ['russia process.leaders-meeting oppose'] },
  // "the alliance" one joins is NATO; what one has "not given up on" one still wants.
  { text: 'The Kremlin said Kyiv could not join the military alliance.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Zelensky said Kyiv had not given up on joining NATO.', expected: ['ukraine security.nato-membership support'] },
  // Children "sent back" are returned; "the bloc" Ukraine joins after the EU was named is the EU.
  { text: 'Medinsky said Moscow was prepared to send back any child whose parents or legal guardians came forward.', expected: ['russia humanitarian.children-return support'] },
  { text: "Von der Leyen said the EU would also press ahead with Ukraine's bid to join the bloc.", expected: ['europe security.eu-membership support'] },
  // "short pauses" on the front are truces; standing by a truce backs it.
  { text: 'Medinsky said Moscow proposed short pauses of 24 to 48 hours on parts of the front.', expected: ['russia process.ceasefire support'] },
  { text: 'Zelensky repeated that Ukraine stood by the 30-day truce it had accepted in Jeddah.', expected: ['ukraine process.ceasefire support'] },
  // To stop "where we stand" is to freeze the line.
  { text: '"We are ready to stop where we stand, and that is our maximum," Umerov said.', expected: ['ukraine territory.freeze-line support'] },
  // Signing a declaration or agreement on an issue backs it.
  { text: 'Leaders of the coalition of the willing signed a declaration on security guarantees for Kyiv.', expected: ['europe security.guarantees support'] },
  { text: 'Лидеры «коалиции желающих» подписали декларацию о гарантиях безопасности для Украины.', expected: ['europe security.guarantees support'] },
  // "would be a mistake": a refusal of what it judges, before it or after "to".
  { text: 'Lifting sanctions before a ceasefire would be a mistake, Zelensky said.', expected: ['ukraine economy.sanctions-relief oppose'] },
  { text: 'Kallas said it would be a big mistake to ease sanctions now.', expected: ['europe economy.sanctions-relief oppose'] },
  // Coming "to secure" something, "calling instead for" it, calling it "urgently needed": asking for it;
  // "not on the agenda": refusing it.
  { text: 'Umerov said his delegation had come to Istanbul to secure a full and unconditional ceasefire of at least 30 days.', expected: ['ukraine process.ceasefire support'] },
  { text: 'Ukraine has dismissed such short pauses as insufficient, calling instead for an immediate ceasefire of at least 30 days.', expected: ['ukraine process.ceasefire support'] },
  { text: 'Erdogan said a lasting ceasefire was "urgently needed".', expected: ['turkey process.ceasefire support'] },
  { text: 'Kremlin spokesman Dmitry Peskov told reporters that a ceasefire was "not on the agenda".', expected: ['russia process.ceasefire oppose'] },
  // «тогда как» joins two clauses: «как» in it opens no relative clause.
  {
    text: 'Российская сторона предложила лишь краткосрочные перемирия, тогда как Киев по-прежнему настаивает на полном прекращении огня.',
    expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'],
  },
  // What would weaken the speaker's positions is opposed.
  { text: 'President Volodymyr Zelensky said any easing of sanctions would "weaken our positions".', expected: ['ukraine economy.sanctions-relief oppose'] },
  { text: '«Будь-яке послаблення санкцій зараз — це послаблення наших позицій», — заявив Зеленський.', expected: ['ukraine economy.sanctions-relief oppose'] },
  { text: 'Ukraine can live with a peacetime ceiling of 800,000 troops, one of the sources said.', expected: ['ukraine military.army-cap support'] },
  { text: 'The two delegations agreed to carry out a further exchange of at least 1,200 prisoners of war on each side.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [1200] } },
  {
    text: 'Russia has proposed short humanitarian pauses of 24 to 48 hours so that the bodies of fallen servicemen can be collected.',
    expected: ['russia process.ceasefire support', 'russia humanitarian.bodies-exchange support'],
  },
  { text: 'Ushakov said Moscow would also want assurances that Ukrainian units were not moved up to the front while the guns fell silent.', expected: ['russia military.no-redeployment support'] },
  // Sanctions under other names ("the measures", «обмеження») and kept "in place" past a long subject.
  { text: 'There would be no easing of the measures until Moscow agrees to a full ceasefire, EU foreign policy chief Kaja Kallas said.', expected: ['europe economy.sanctions-relief oppose', 'europe process.ceasefire support'] },
  {
    text: 'President Donald Trump said US sanctions on Rosneft PJSC and Lukoil PJSC will stay in place until Vladimir Putin agrees to stop the fighting.',
    expected: ['united-states economy.sanctions-relief oppose', 'united-states process.ceasefire support'],
  },
  {
    text: 'Президентка Єврокомісії Урсула фон дер Ляєн наголосила, що санкції проти Росії не послаблюватимуть, доки Москва не погодиться на справедливий мир.',
    expected: ['europe economy.sanctions-relief oppose'],
  },
  { text: 'Zelensky said the fairest option was to freeze the war along the current line of contact.', expected: ['ukraine territory.freeze-line support'] },
  { text: 'According to Medinsky, the delegations agreed to swap all severely wounded and seriously ill prisoners of war.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'The Kremlin said the key condition must be a complete cessation of the provision of intelligence information to Kyiv.', expected: ['russia military.halt-intelligence-sharing support'] },
  { text: 'Американський план передбачає, що Крим де-факто визнається російським, зокрема й Сполученими Штатами.', expected: ['united-states territory.recognize-crimea support'] },
  { text: "EU leaders said they backed Ukraine's path to the European Union.", expected: ['europe security.eu-membership support'] },
  // Imposing new sanctions keeps up the pressure: it opposes relief.
  { text: 'Amid the peace talks on Ukraine, the EU imposed new sanctions on Russia.', expected: ['europe economy.sanctions-relief oppose'] },
  // A prosecutor speaks for his country as a minister does.
  { text: "“There can be no amnesty for war crimes,” Ukraine's Prosecutor General Ruslan Kravchenko said on Saturday.", expected: ['ukraine justice.amnesty oppose'] },
  // Before a verb of saying joined to an earlier verb, a name is that verb's object, not the speaker.
  { text: 'European leaders pledged to keep supporting Ukraine and stressed that a ceasefire must come first.', expected: ['europe process.ceasefire support'] },
  { text: 'Европейские лидеры пообещали поддерживать Украину и подчеркнули, что прекращение огня должно стать первым шагом.', expected: ['europe process.ceasefire support'] },
  // Raising an issue in talks, or holding it important, asks for it.
  { text: 'Umerov said Kyiv had again raised the return of Ukrainian children taken to Russia.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Україна та США вважають важливими повернення примусово переміщених українських дітей.', expected: ['ukraine humanitarian.children-return support', 'united-states humanitarian.children-return support'] },
  { text: 'Украинская делегация подняла вопрос о возвращении депортированных детей.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Україна знову порушила питання звільнення цивільних.', expected: ['ukraine humanitarian.civilian-release support'] },
  // So does adopting or preparing a sanctions package, the issue's own acts; "adopted" elsewhere
  // states nothing, and the Rada's resolution speaks for itself.
  { text: 'The EU formally adopted its 19th package of sanctions against Russia on Thursday.', expected: ['europe economy.sanctions-relief oppose'] },
  // Setting a ceiling is the army cap's own act; the anchor of the cap's pair is its wording as a cue is.
  { text: "The document, prepared by British, French and German advisers, sets a peacetime ceiling of 800,000 troops for Ukraine's armed forces.", expected: ['europe military.army-cap support'], detail: { numbers: [800000] } },
  { text: "Britain, France and Germany set a ceiling of 800,000 on Ukraine's army in their counter-proposal.", expected: ['europe military.army-cap support'], detail: { numbers: [800000] } },
  // A party's goal is what it asks for.
  { text: "Fidan said Ankara's goal remained a comprehensive ceasefire as soon as possible.", expected: ['turkey process.ceasefire support'] },
  // Holding a vote and going to the polls are elections; a vote on a bill is not.
  { text: 'President Donald Trump has repeatedly said Ukraine should hold a vote.', expected: ['united-states process.elections support'] },
  { text: 'Holding a vote under fire was out of the question, Zelensky said.', expected: ['ukraine process.elections oppose'] },
  { text: 'Zelensky said parliament would hold a vote on the new budget next week.', expected: [] },
  // Avoiding the discussion of an issue refuses it, as refusing to discuss it does; the party reporting it wants it discussed.
  { text: 'Lubinets said the Russian side continued to avoid any discussion of the civilians it holds.', expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'] },
  { text: 'Лубінець заявив, що російська сторона ухиляється від обговорення повернення цивільних українців.', expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'] },
  { text: 'Лубинец заявил, что российская сторона раз за разом уходит от обсуждения освобождения гражданских.', expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'] },
  { text: 'Kallas said the bloc was preparing its 18th sanctions package.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Рада ЄС затвердила 19-й пакет санкцій проти Росії.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Брюссель готовит двадцатый пакет санкций.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Рада ухвалила постанову: вибори під час воєнного стану неможливі.', expected: ['ukraine process.elections oppose'] },
  // "after" with a party and its verb opens a clause of time: the rejection is Moscow's alone.
  { text: 'The EU approved new sanctions after Moscow rejected the 30-day ceasefire.', expected: ['europe economy.sanctions-relief oppose', 'russia process.ceasefire oppose'] },
  { text: "ЄС схвалив нові санкції після того, як Москва відкинула 30-денне перемир'я.", expected: ['europe economy.sanctions-relief oppose', 'russia process.ceasefire oppose'] },
  { text: 'На тлі мирних переговорів ЄС запровадив нові санкції проти Росії.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Moscow demands that Kyiv outlaw the glorification of Nazism.', expected: ['russia society.denazification support'] },
  // Not yet, or not publicly, taking a stance takes none.
  { text: 'Washington proposed a ceasefire. Kyiv has not publicly endorsed the proposal.', expected: ['united-states process.ceasefire support'] },
  { text: 'Kyiv has not yet agreed to a ceasefire.', expected: [] },
  { text: 'Kyiv has yet to agree to a ceasefire.', expected: [] },
  { text: 'Москва еще не согласилась на прекращение огня.', expected: [] },
  { text: 'Україна поки що не погодилася на припинення вогню.', expected: [] },
  // Laws against a thing ban it; repealing them lifts the ban.
  { text: 'Putin repeated his demand that Ukraine adopt laws against the "glorification of Nazism."', expected: ['russia society.denazification support'] },
  { text: 'Lavrov demanded that Kyiv repeal laws against the Ukrainian Orthodox Church.', expected: ['russia society.church support'] },
  // "Illegal" judges what it follows as a refusal; the adverb before a participle does not.
  { text: 'Peskov said any use of frozen Russian assets to rebuild Ukraine would be illegal.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Конфіскація російських активів була б незаконною, заявив Пєсков.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Ukraine demanded the return of children illegally deported to Russia.', expected: ['ukraine humanitarian.children-return support'] },
  // A stance noun's content: "position that", and a demand voiced without "on" or "that".
  { text: "Zelensky's position is that any deal must be ratified by parliament.", expected: ['ukraine process.treaty-legal-binding support'] },
  { text: "Moscow's position that Ukraine must stay neutral is well known.", expected: ['russia security.nato-membership oppose'] },
  { text: 'Peskov repeated Moscow\'s position that any settlement must be legally binding.', expected: ['russia process.treaty-legal-binding support'] },
  { text: 'Kremlin insists Ukraine must stay out of NATO', expected: ['russia security.nato-membership oppose'] },
  { text: 'The Kremlin insisted Ukraine must withdraw from Donetsk.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Judgements after the issue.
  { text: 'Lavrov said recognition of Crimea as part of Russia was imperative for any settlement.', expected: ['russia territory.recognize-crimea support'] },
  { text: 'The Kremlin said Crimea would remain with Russia under any deal.', expected: ['russia territory.recognize-crimea support'] },
  { text: 'Trump said Crimea will stay with Russia.', expected: ['united-states territory.recognize-crimea support'] },
  // "stopped short of" negates the verb it governs; "stopped" alone is no stance on an event.
  { text: 'Putin stopped short of endorsing the full ceasefire.', expected: ['russia process.ceasefire oppose'] },
  { text: 'Putin stopped the offensive near Pokrovsk.', expected: [] },
  // Being forced into something is wanting it not to be imposed.
  { text: 'Merz said Ukraine must not be forced to accept limits on its army.', expected: ['europe military.army-cap oppose'] },
  { text: 'Washington forced Kyiv to accept a ceasefire.', expected: ['united-states process.ceasefire support'] },
  // Freezing the war where it stands.
  { text: 'Ukraine is prepared to stop the war along the current line of contact, Zelensky said.', expected: ['ukraine territory.freeze-line support'] },
  { text: 'Russia expects the fighting to stop along the current front line.', expected: ['russia territory.freeze-line support', 'russia process.ceasefire support'] },
  { text: 'Trump proposed that both armies stop where they are.', expected: ['united-states territory.freeze-line support'] },
  // Vocabulary of issues as reporters word them.
  { text: 'Moscow has insisted that its assets must be unfrozen as part of any settlement.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'The European text would allow Ukraine a peacetime army of 800,000.', expected: ['europe military.army-cap support'] },
  { text: 'Europe would never accept a peacetime army of 50,000 for Ukraine.', expected: ['europe military.army-cap oppose'] },
  { text: 'Trump said the United States would help guarantee Ukraine\'s security.', expected: ['united-states security.guarantees support'] },
  { text: 'Moscow demands Kyiv lift restrictions on the Moscow-linked church.', expected: ['russia society.church support'] },
  { text: 'Russian officials demanded that Kyiv give Russian official status.', expected: ['russia society.russian-official-language support'] },
  { text: 'Umerov said Ukraine was ready for a meeting at the level of leaders.', expected: ['ukraine process.leaders-meeting support'] },
  { text: 'Russia demanded that Ukraine withdraw its forces from all the territory it controls.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Objects joined by "and" stay in reach of their verb.
  { text: 'Sybiha said Kyiv would keep pursuing membership in NATO and the European Union.', expected: ['ukraine security.nato-membership support', 'ukraine security.eu-membership support'] },
  { text: 'Britain said it would continue to provide Ukraine with intelligence and weapons.', expected: ['europe military.halt-intelligence-sharing oppose', 'europe military.halt-western-arms oppose'] },
  // A country's refusal to send its own troops says nothing of foreign troops as such.
  { text: 'Hegseth said the US would not deploy its own troops to Ukraine.', expected: [] },
  // "all-for-all" said of bodies is no prisoner exchange.
  { text: 'Russia said it was ready to continue handing over bodies on an all-for-all basis.', expected: ['russia humanitarian.bodies-exchange support'] },
  { text: 'Russia proposed an all-for-all exchange of prisoners and the return of bodies.', expected: ['russia humanitarian.prisoner-exchange support', 'russia humanitarian.bodies-exchange support'] },
  // Recognising control over a region is recognition, not a withdrawal.
  { text: 'The US proposal envisages recognition of Russian control over Luhansk and Donetsk.', expected: ['united-states territory.recognize-annexed-oblasts support'], detail: { regions: ['luhansk', 'donetsk'] } },
  // A clause without a subject after "but" or "while" has the subject of the clause before.
  {
    text: 'Witkoff said Russia might no longer insist on Ukraine withdrawing from Zaporizhzhia, while still demanding that Kyiv cede the rest of Donetsk.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia territory.ukrainian-withdrawal support retracted'],
  },
  { text: 'Moscow rejected calls for Ukraine to join NATO, but demanded a ceasefire.', expected: ['russia security.nato-membership oppose', 'russia process.ceasefire support'] },
  { text: 'Kyiv accepted the offer of talks from Moscow but rejected a ceasefire.', expected: ['ukraine process.ceasefire oppose'] },
  // Agreeing to stop strikes while not endorsing a full ceasefire is support for a ceasefire.
  {
    text: 'Putin agreed to stop attacking energy infrastructure for 30 days but stopped short of endorsing the full ceasefire that Washington had proposed.',
    expected: ['russia process.ceasefire support', 'united-states process.ceasefire support'],
  },
  // "responding to" opens a clause of its own; an agent names who made the call.
  { text: 'Putin proposed direct talks, responding to a call by European leaders for a 30-day ceasefire.', expected: ['europe process.ceasefire support'] },
  { text: "The EU's foreign policy chief, Kaja Kallas, warned Washington against easing sanctions on Russia before a ceasefire.", expected: ['europe economy.sanctions-relief oppose'] },
  { text: '"There is no question of easing any sanctions until Russia agrees to a full and unconditional ceasefire," Kallas told reporters.', expected: ['europe economy.sanctions-relief oppose', 'europe process.ceasefire support'] },
  { text: "Kallas said Ukraine's path to EU membership was irreversible.", expected: ['europe security.eu-membership support'] },
  { text: "European leaders and Volodymyr Zelenskyy on Tuesday backed U.S. President Donald Trump's call for the fighting in Ukraine to stop immediately.", expected: ['united-states process.ceasefire support', 'europe process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'Hegseth: NATO membership for Kyiv unrealistic, Europe must provide troops', expected: ['united-states security.nato-membership oppose'] },
  { text: 'Twenty-six countries pledge post-war reassurance force for Ukraine; Kremlin says foreign troops unacceptable', expected: ['russia security.foreign-troops oppose'] },
  { text: '"Ukraine raised the issue of a meeting at the level of leaders," Umerov said.', expected: ['ukraine process.leaders-meeting support'] },
  { text: 'The U.S. and Ukrainian teams also stressed the importance of the exchange of prisoners of war, according to the statement.', expected: ['united-states humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Kremlin pours cold water on European ceasefire plan for Ukraine', expected: ['russia process.ceasefire oppose'] },
  { text: 'Kyiv rebuffs Russian demand to withdraw from Donbas', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Zelenskiy throws his weight behind US ceasefire plan', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  { text: 'Russia, for its part, has said it would view any foreign military presence in Ukraine as a threat.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'The Kremlin says NATO expansion to Ukraine poses a direct threat to Russian security.', expected: ['russia security.nato-membership oppose'] },
  { text: 'The EU wants to keep up pressure on Moscow through sanctions, Kallas said.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Kallas said the proceeds from immobilised Russian assets should go to Ukraine\'s reconstruction.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  { text: 'The Kremlin demanded that Ukraine not receive more weapons during a truce.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Kyiv would never agree to limits on its army or to leaving its own land, and would not give up its claim to compensation.', expected: ['ukraine military.army-cap oppose', 'ukraine territory.ukrainian-withdrawal oppose', 'ukraine justice.renounce-compensation oppose'] },
  { text: 'Russia considers the deployment of foreign troops in Ukraine absolutely unacceptable.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Kyiv would not sign away territory it holds.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Kyiv refused to renounce NATO.', expected: ['ukraine security.nato-membership support'] },
  { text: 'Kyiv said it remained ready to carry out the repatriation and to hand over the bodies of Russian soldiers.', expected: ['ukraine humanitarian.bodies-exchange support'] },
  // A party after a judgement is its holder only after "for" or "by": "in any Ukraine deal" names the deal.
  { text: "Lavrov: Russian language and 'canonical church' are non-negotiable in any Ukraine deal", expected: ['russia society.russian-official-language support', 'russia society.church support'] },
  // "spare no effort" is no negation.
  { text: 'Fidan said Ankara would spare no effort to help the two countries reach a lasting ceasefire.', expected: ['turkey process.ceasefire support'] },
  // Cutting a country off from weapons halts them; taking an issue off the agenda drops it; not signing anything that requires X refuses X.
  {
    text: 'German Chancellor Friedrich Merz has ruled out any peace arrangement that would cut Ukraine off from Western weapons or limit the size of its army.',
    expected: ['europe military.halt-western-arms oppose', 'europe military.army-cap oppose'],
  },
  { text: 'Зеленський наголосив, що Київ не знімає з порядку денного курсу на членство в НАТО.', expected: ['ukraine security.nato-membership support'] },
  { text: 'A senior Ukrainian official said Kyiv will not sign anything that requires it to hand over Donetsk.', expected: ['ukraine territory.ukrainian-withdrawal oppose'], detail: { regions: ['donetsk'] } },
  // Lobbying or campaigning against a plan opposes it.
  { text: 'Dmitriev has been lobbying against the European plan to use frozen Russian assets for Ukraine.', expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'] },
  // "not up for negotiation", "not a bargaining chip": what it names stays as it is.
  { text: 'Western military aid, Zelensky added, was not up for discussion.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: "Ukraine's foreign ministry said the church law is a matter of national security and will not be a subject of any negotiations.", expected: ['ukraine society.church oppose'] },
  { text: "Sybiha said Ukraine's right to compensation for the damage was not a bargaining chip.", expected: ['ukraine justice.renounce-compensation oppose'] },
  // The other side of the talks ("… with Moscow"), or a party past a dash, is not who judges.
  { text: 'An adviser to President Zelensky said the law restricting religious organizations is not up for negotiation with Moscow.', expected: ['ukraine society.church oppose'] },
  { text: 'An adviser to President Zelensky said the church law is not up for negotiation — not with Moscow, not with anyone.', expected: ['ukraine society.church oppose'] },
  // A clause of its own after a comma and "and" judges its own subject, naming no issue: not the one before.
  {
    text: 'Ukraine will never grant Russian the status of an official language, and our legislation on religious organisations is not a subject of bargaining, Sybiha said.',
    expected: ['ukraine society.russian-official-language oppose'],
  },
];

/** Conditions: what a party asks for in return is its demand; the condition runs to its own end. */
export const CONDITIONS: Case[] = [
  // "once again" opens no condition: the subject before it still acts.
  { text: 'Lubinets said, however, that the Russian side once again refused to discuss the release of civilians.', expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'] },
  // Whose terms a condition states is not found past a clause of its own after it ("adding that the bloc …").
  {
    text: '"There will be no easing of sanctions until Russia agrees to a full and unconditional ceasefire," EU foreign policy chief Kaja Kallas said, adding that the bloc was already working on a 20th package.',
    expected: ['europe economy.sanctions-relief oppose', 'europe process.ceasefire support'],
  },
  // What a refusal waits for ("would not take effect until …") is demanded.
  { text: 'The Kremlin said the Black Sea part would not take effect until some Western sanctions were lifted.', expected: ['russia economy.sanctions-relief support'] },
  // A condition's items listed with commas before the closing "and"; a subject after the comma opens the main clause.
  {
    text: 'Moscow would agree to a ceasefire only if Kyiv stops mobilisation, refrains from redeploying its troops and the West halts arms deliveries to Ukraine, he added.',
    expected: ['russia process.ceasefire support', 'russia military.demobilization support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  { text: 'If Kyiv withdraws from Donbas, Russia will halt its offensive and agree to a ceasefire.', expected: ['russia territory.ukrainian-withdrawal support', 'russia process.ceasefire support'], detail: { regions: ['donetsk', 'luhansk'] } },
  // The regions of the main clause are not the condition's.
  {
    text: 'Putin is ready to freeze the front line in Kherson and Zaporizhzhia if Ukraine withdraws from Donbas.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia territory.freeze-line support'],
    detail: { regions: ['donetsk', 'luhansk'] },
  },
  // What a threat is made on condition of not doing, the threatener wants done.
  { text: 'Trump has threatened Russia with new sanctions if it does not agree to a ceasefire.', expected: ['united-states process.ceasefire support'] },
  { text: 'Трамп пригрозив Росії новими санкціями, якщо вона не погодиться на перемир\'я.', expected: ['united-states process.ceasefire support'] },
  // Russia pulling back in a condition blocks no Ukrainian withdrawal in the main clause.
  { text: 'Ukraine is prepared to withdraw from parts of Donbas if Russia pulls back from Zaporizhzhia and Kherson, Zelensky said.', expected: ['ukraine territory.ukrainian-withdrawal support'] },
  // A condition states the terms of the clause it is attached to, not those of a participle after it;
  // a stance word inside the condition governs nothing outside it.
  {
    text: 'Treasury Secretary Scott Bessent said the U.S. will not lift sanctions on Rosneft and Lukoil until Moscow agrees to a ceasefire in Ukraine, signaling the administration is prepared to keep up pressure.',
    expected: ['united-states economy.sanctions-relief oppose', 'united-states process.ceasefire support'],
  },
  {
    text: "Ukraine's parliament passed a resolution reaffirming that elections will be held only after martial law is lifted and the war ends, rejecting pressure from Moscow and Washington to go to the polls sooner.",
    expected: ['ukraine process.elections oppose', 'russia process.elections support', 'united-states process.elections support'],
  },
  {
    text: 'Putin said Russia would order a ceasefire once Kyiv pulls its troops out of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and formally drops its bid to join NATO.',
    expected: ['russia process.ceasefire support', 'russia territory.ukrainian-withdrawal support', 'russia security.nato-membership oppose'],
    detail: { regions: ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] },
  },
  { text: 'Russia would agree to a truce if Ukraine leaves Donetsk, Luhansk and Kherson, Peskov said.', expected: ['russia process.ceasefire support', 'russia territory.ukrainian-withdrawal support'] },
  // A troop contingent is no condition; "contingent on" after a verb is.
  { text: 'Ukraine welcomes the readiness of European countries to deploy a contingent on its territory after the end of hostilities, Sybiha said.', expected: ['ukraine security.foreign-troops support', 'europe security.foreign-troops support'] },
  { text: 'Any deal is contingent on a full ceasefire, Zelensky said.', expected: ['ukraine process.ceasefire support'] },
  // A judgement after a modal is the condition's own verb, not the main clause's.
  { text: 'The Kremlin said Ukraine must pull its troops out of Donbas before a ceasefire could be agreed.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'EU leaders said the Russian assets would remain immobilised until Moscow ends its war and compensates Ukraine for the damage it has caused.', expected: ['europe economy.frozen-assets-reconstruction support', 'europe justice.renounce-compensation oppose'] },
];

export const HEDGES: Case[] = [
  { text: 'Russia is reportedly prepared to drop its demand for the withdrawal of Ukrainian troops from Kherson, sources said.', expected: ['russia territory.ukrainian-withdrawal support retracted'], hedge: 'reportedly' },
  { text: 'Washington could ease some sanctions on Russia if a ceasefire holds, according to sources familiar with the plan.', expected: ['united-states economy.sanctions-relief support'], hedge: 'according to sources', detail: { conditions: ['if a ceasefire holds'] } },
  { text: 'Ukraine may agree to a 30-day energy truce, Yermak said.', expected: ['ukraine process.ceasefire support'], hedge: 'may', detail: { durations: ['30 days'] } },
];

export const UKRAINIAN: Case[] = [
  // After a refusal, a colon and the refusing party named again say in their own words what is refused.
  { text: 'Українські переговорники відповіли відмовою: Київ не виводитиме війська з Донеччини й пропонує заморозити фронт на нинішній лінії розмежування.', expected: ['ukraine territory.ukrainian-withdrawal oppose', 'ukraine territory.freeze-line support'], detail: { regions: ['donetsk'] } },
  // A place that opens its clause past an adverb («Водночас у Москві …») speaks for its government.
  { text: 'Водночас у Москві вкотре відкинули ідею перемир\'я.', expected: ['russia process.ceasefire oppose'] },
  // «зупинили мобілізацію і переозброєння»: the verb of the first issue ends the noun listed after it; an infinitive or a preposition after «та» opens an item of its own.
  { text: 'Російська сторона наполягає, щоб на час перемир\'я в Україні зупинили мобілізацію і переозброєння армії.', expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'] },
  { text: 'Росія вимагає від Києва відмовитися від НАТО та скоротити армію.', expected: ['russia security.nato-membership oppose', 'russia military.army-cap support'] },
  { text: 'Росія також наполягає на обмеженні чисельності Збройних сил України та на скасуванні західних санкцій.', expected: ['russia military.army-cap support', 'russia economy.sanctions-relief support'] },
  // The imperfective «скасовувати» lifts as «скасувати» does.
  { text: 'Каллас заявила, що ЄС не скасовуватиме санкції проти Росії до кінця війни.', expected: ['europe economy.sanctions-relief oppose'] },
  // «натомість» right after a name qualifies its verb ("for its part"); it opens no clause and asks nothing in return.
  { text: 'Зеленський нагадав, що Росія натомість вимагає, аби ЗСУ повністю залишили Донецьку область.', expected: ['russia territory.ukrainian-withdrawal support'] },
  { text: 'Росіяни хочуть, щоб ми пішли з усього Донбасу, сказав Зеленський.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Restoring Russia's access to world markets eases the restrictions on it.
  { text: 'У комюніке Білого дому сказано, що США «допоможуть відновити доступ Росії до світового ринку сільськогосподарської продукції та добрив».', expected: ['united-states economy.sanctions-relief support'] },
  // «ключовою умовою … має стати X»: what is named the key condition is asked for.
  {
    text: 'Путін погодився на 30-денну паузу в ударах по енергетиці. Водночас у російському повідомленні за підсумками розмови наголошено, що ключовою умовою повного припинення вогню має стати «повне припинення іноземної військової допомоги та надання Києву розвідувальної інформації».',
    expected: ['russia process.ceasefire support', 'russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'],
  },
  { text: 'Зеленський привітав можливу присутність військ партнерів на українській землі.', expected: ['ukraine security.foreign-troops support'] },
  // Instructing the Commission to prepare a text for an issue supports it; the use of one's reserves is the use of the assets.
  { text: 'Лідери ЄС доручили Єврокомісії підготувати юридичні варіанти «репараційного кредиту» для України за рахунок знерухомлених російських активів.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  { text: 'Захарова заявила, що Росія ніколи не погодиться на використання своїх резервів.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Москва готова зупинити наступ у Херсонській і Запорізькій областях по нинішній лінії фронту.', expected: ['russia territory.freeze-line support'] },
  // «сторони» with a plural verb right after is the sides of the talks, past a fronted phrase too.
  { text: 'За підсумками другого раунду переговорів у палаці Чираган сторони домовилися обміняти всіх тяжкопоранених військовополонених, повідомив міністр оборони України Рустем Умєров.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // A place after a plural verb of saying speaks for its government, past an adverb too.
  { text: "Іншими словами, пояснили згодом у Кремлі, на час перемир'я мають бути припинені постачання західної зброї.", expected: ['russia military.halt-western-arms support'] },
  // Calling an issue a weakening of positions refuses it, whoever's positions they are.
  { text: '«Ми вважаємо, що послаблення санкцій — це послаблення позицій», — сказав Зеленський журналістам.', expected: ['ukraine economy.sanctions-relief oppose'] },
  // A participle phrase after a comma describes the negated object: the negation reaches into it.
  { text: 'Київ не обговорюватиме діяльності структур, підпорядкованих Московському патріархату.', expected: ['ukraine society.church oppose'] },
  // Calling an issue a mistake («назвав … помилкою») refuses it.
  { text: 'Зеленський назвав будь-яке послаблення санкцій до завершення війни помилкою.', expected: ['ukraine economy.sanctions-relief oppose'] },
  { text: 'Рада з другої спроби ухвалила постанову: вибори — лише після завершення війни', expected: ['ukraine process.elections oppose'] },
  // «, стверджує він,» cites the person named last, whatever party the aside follows.
  {
    text: 'Лавров перелічив умови. Київ, стверджує він, має скасувати закони, які «дискримінують» російську мову, і надати їй статус офіційної.',
    expected: ['russia society.russian-official-language support'],
  },
  // «, як розповів …,» is an aside of saying; «погодяться» agrees; a condition agreeing «на це» states no stance.
  { text: 'Росіяни, як розповів один з учасників, повторили, що не погодяться на розміщення в Україні військ країн НАТО.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Ердоган заявив, що Анкара готова прийняти в Стамбулі зустріч президентів Росії та України, якщо сторони на це погодяться.', expected: ['turkey process.leaders-meeting support'] },
  // An exchange agreed at trilateral talks binds its two sides, not the mediator.
  {
    text: "Тристоронні переговори України, США та Росії в Об'єднаних Арабських Еміратах завершилися домовленістю про черговий обмін полоненими.",
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  { text: 'За словами Віткоффа, Росія погодилася утримуватися від ударів по об\'єктах енергетики протягом семи днів.', expected: ['russia process.ceasefire support'] },
  // An issue named again after an inclusion that says how is the same position; a colon parts an issue's words.
  { text: 'Лавров заявив, що Росія за жодних умов не допустить розміщення в Україні військ країн НАТО, у тому числі під виглядом миротворців.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Умєров, відповідаючи на запитання про Донбас, повторив позицію Києва: Україна не виводитиме війська з Донбасу.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // "Banned" undoes nothing in a phrase after a preposition («на час … припинення вогню»); moving troops along the front freezes nothing.
  {
    text: 'Помічник Путіна Юрій Ушаков заявив журналістам, що Москва хоче миру. Крім того, за його словами, на час будь-якого припинення вогню Україні має бути заборонено перекидати війська вздовж лінії фронту.',
    expected: ['russia military.no-redeployment support'],
  },
  // A verb of saying set off by commas, its speaker after it, parts nothing.
  { text: 'Водночас вступ України до НАТО, наголосив він, для Росії неприйнятний.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Визнавати Донбас російським Україна не буде.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Виходити з Донбасу ми не будемо, заявив Буданов.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // The dash of a clause with its verb left out may stand before the object's preposition.
  {
    text: 'Російська сторона хоче, щоб Київ відмовився від будь-яких претензій щодо відшкодування збитків, а Захід — від конфіскації заморожених активів.',
    expected: ['russia justice.renounce-compensation support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  // A summary goes on with «має»: what Kyiv is to receive under the plan is the plan's term.
  {
    text: 'Американський мирний план передбачає, що Україна закріпить у Конституції відмову від вступу до НАТО. Натомість Київ має отримати «надійні гарантії безпеки».',
    expected: ['united-states security.nato-membership oppose', 'united-states security.guarantees support'],
  },
  // A joint statement published by the White House is Washington's; what it records is Washington's term.
  {
    text: 'У спільній заяві, оприлюдненій Білим домом, наголошено на суверенітеті України. Спільна заява також фіксує, що Україна отримає надійні гарантії безпеки.',
    expected: ['united-states security.guarantees support'],
  },
  // Leaving the sensitive issues for the presidents to decide is no stance on them.
  { text: 'США і Україна погодили рамкову угоду. Найчутливіші питання — територію та майбутнє відносин України з НАТО — залишили для рішення президентів.', expected: [] },
  // Giving land to the occupier is ceding it; the occupiers' own withdrawal is another thing.
  { text: '«Українці не віддадуть свою землю окупанту», — наголосив Зеленський.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // «Він», opening the sentence before its verb of saying, is the person named before; an issue
  // after «що» and a modifier is the subject of the negated verb after it.
  {
    text: 'Президент Зеленський відкинув вимоги Москви. Він наголосив, що державного статусу російська мова в Україні ніколи не отримає.',
    expected: ['ukraine society.russian-official-language oppose'],
  },
  // Citing an outlet's sources is no citation of the text named before.
  {
    text: 'Британія та Франція передали Україні спільну декларацію. За даними джерел видання, Туреччина також готова долучитися до майбутнього контингенту.',
    expected: ['turkey security.foreign-troops support'],
  },
  // A long title of the person cited does not join them to the subject after the comma.
  {
    text: 'Водночас, за словами уповноваженого Верховної Ради з прав людини Дмитра Лубінця, Росія й надалі відмовляється обговорювати звільнення тисяч цивільних українців.',
    expected: ['russia humanitarian.civilian-release oppose', 'ukraine humanitarian.civilian-release support'],
  },
  // A quote over two sentences, closed by „…“ and a title after the verb, is the title's: the verb inside the quote does not speak for it.
  {
    text: 'Про це заявив уповноважений Верховної Ради з прав людини Дмитро Лубінець. «Ми вимагаємо звільнити всіх цивільних без жодних умов. Росіяни ж кажуть, що таких людей у них „немає“», — сказав омбудсман.',
    expected: ['ukraine humanitarian.civilian-release support'],
  },
  // «За його словами» opening a sentence cites the person named last.
  {
    text: 'Міністр закордонних справ Росії Сергій Лавров виступив у Нью-Йорку. За його словами, Україна має надати російській мові статус офіційної та скасувати обмеження щодо Української православної церкви.',
    expected: ['russia society.russian-official-language support', 'russia society.church support'],
  },
  // A person named inside what a carried-over speaker says does not become "the president" of the next quote;
  // a meeting named as when something was said is no meeting proposed.
  {
    text: 'Росія вимагає, щоб Україна вивела війська з Донбасу, розповів президент Володимир Зеленський. За його словами, саме цю вимогу Володимир Путін озвучив Дональду Трампу під час зустрічі на Алясці. «Ми не підемо з Донбасу», — наголосив президент.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  { text: 'Росія вимагає від України вивести війська з Донецької та Луганської областей.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Україна ніколи не визнає Крим російським, заявив Зеленський.', expected: ['ukraine territory.recognize-crimea oppose'] },
  { text: 'Кремль відкинув пропозицію Києва про 30-денне перемир\'я.', expected: ['russia process.ceasefire oppose', 'ukraine process.ceasefire support'], detail: { durations: ['30 days'] } },
  { text: 'Пєсков заявив, що Москва не погодиться на розміщення європейських військ в Україні.', expected: ['russia security.foreign-troops oppose'] },
  // "Сторони" opening the sentence are the two sides, as "the sides" are.
  { text: 'Сторони домовилися про обмін полоненими за формулою 1000 на 1000.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Представники української сторони запропонували обмін полоненими.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  // A comma before "that" opens a clause, not an aside: its subject stays the subject.
  { text: "Буданов заявив, що Кремль, за даними розвідки, відкидає навіть короткострокове перемир'я.", expected: ['russia process.ceasefire oppose'] },
  // After "that" or "meanwhile", «сторони» open their clause too.
  { text: 'Мединский сообщил, что стороны договорились об обмене пленными.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Водночас сторони домовилися обміняти всіх тяжкопоранених полонених.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Обидві делегації погодилися на обмін полоненими за формулою 1000 на 1000.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Умєров заявив, що Україна наполягає на поверненні всіх депортованих дітей.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Меморандум Росії передбачає відмову України від вступу до НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Зеленський: жодних виборів під час війни не буде.', expected: ['ukraine process.elections oppose'] },
  { text: 'Сибіга наголосив, що Київ вимагає гарантій безпеки на кшталт статті 5 НАТО.', expected: ['ukraine security.guarantees support'], detail: { qualifiers: ['article 5-like'] } },
  { text: 'Туреччина готова стати майданчиком для зустрічі Путіна і Зеленського, заявив Ердоган.', expected: ['turkey process.leaders-meeting support'] },
  { text: 'Лідери Європи підтримали використання заморожених російських активів для відбудови України.', expected: ['europe economy.frozen-assets-reconstruction support'] },
  // A second infinitive after "та" depends on the demand, not on the refusal before it.
  { text: 'Росія вимагає від Києва відмовитися від НАТО та скоротити армію.', expected: ['russia security.nato-membership oppose', 'russia military.army-cap support'] },
  // The verb after the closing quote names the speaker; what Kyiv "declares" inside the quote is
  // the condition the speaker sets, and "we" with a perfective future is the speaker's own course.
  {
    text: '«Щойно Київ заявить, що готовий вивести війська з Донбасу, ми негайно припинимо вогонь», — сказав очільник Кремля.',
    expected: ['russia territory.ukrainian-withdrawal support', 'russia process.ceasefire support'],
    detail: { regions: ['donetsk', 'luhansk'] },
  },
  { text: '«Якщо Київ готовий, ми припинимо вогонь», — сказав Путін на переговорах.', expected: ['russia process.ceasefire support'] },
  { text: 'Лідери ЄС підтримали гарантії безпеки для України. Зеленський повторив: «Ми не виведемо війська з Донбасу».', expected: ['europe security.guarantees support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  // Masculine short forms drop the vowel of the stem: «повинен», «должен», «згоден».
  { text: 'Путін заявив, що Київ повинен зупинити мобілізацію.', expected: ['russia military.demobilization support'] },
  { text: 'Путин заявил, что Киев должен остановить мобилизацию.', expected: ['russia military.demobilization support'] },
  { text: "Зеленський заявив, що згоден на перемир'я.", expected: ['ukraine process.ceasefire support'] },
  { text: 'Український план передано американській стороні. В економічній частині йдеться про спрямування заморожених російських активів на відбудову України.', expected: ['ukraine economy.frozen-assets-reconstruction support'] },
  { text: 'Речник Кремля Дмитро Пєсков виступив перед журналістами. Обов\'язковою умовою залишається нейтральний статус України, наголосив він.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Очільник ГУР визнав, що гуманітарний трек працює, і Україна зацікавлена розширювати обміни полоненими.', expected: ['ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Україна розраховує відкрити перші переговорні кластери щодо вступу до ЄС ще цього року.', expected: ['ukraine security.eu-membership support'] },
  { text: 'Зеленський заявив, що Україна не погодиться на жодні домовленості, які передбачають припинення військової допомоги.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'Україна не піде на територіальні поступки.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Путін вимагає, щоб Київ припинив мобілізацію, а Захід — постачання зброї.', expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'] },
  { text: 'Путін висунув умови припинення вогню. Серед них — заборона на передислокацію українських підрозділів.', expected: ['russia process.ceasefire support', 'russia military.no-redeployment support'] },
  { text: '«Про жодне послаблення санкцій не може бути й мови, доки Росія не припинить вогонь», — сказав Мерц.', expected: ['europe economy.sanctions-relief oppose', 'europe process.ceasefire support'] },
  { text: '«Російська мова ніколи не матиме статусу офіційної в Україні», — наголосив Сибіга.', expected: ['ukraine society.russian-official-language oppose'] },
  { text: 'Росія та Україна за участі США домовилися про обмін полоненими.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // A ban on strikes halts fire as a moratorium does, and «усунути» the use of force as «виключити».
  { text: 'Сторони погодилися розробити заходи для виконання домовленості про заборону ударів по енергетичних об’єктах.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
  { text: 'США та Україна домовилися усунути застосування сили в Чорному морі.', expected: ['united-states process.ceasefire support', 'ukraine process.ceasefire support'] },
  // After a colon, a clause of its own spells out what no one asked for; its subject holds it.
  { text: 'Головним результатом стали гуманітарні домовленості: сторони погодилися обміняти всіх тяжкопоранених військовополонених.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'The main outcome was a set of humanitarian agreements: the two sides agreed to swap all severely wounded prisoners of war.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // A second infinitive is the first one's sibling: the ban is not under «припинити».
  { text: 'Сторони погодилися припинити застосування сили в Чорному морі та розробити заходи для виконання домовленості про заборону ударів по енергетичних об’єктах.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'] },
];

export const RUSSIAN: Case[] = [
  { text: 'А в Кремле отвергли идею перемирия.', expected: ['russia process.ceasefire oppose'] },
  // The truce as the means («использует перемирие для …») takes no stance; the list after it shares the negation.
  {
    text: 'Россия хочет гарантий, что Украина не использует перемирие для мобилизации, переброски войск и получения западного оружия.',
    expected: ['russia military.demobilization support', 'russia military.no-redeployment support', 'russia military.halt-western-arms support'],
  },
  // The imperfective «замораживать» freezes as «заморозить» does.
  { text: 'Кремль заявил, что готов замораживать конфликт по нынешней линии.', expected: ['russia territory.freeze-line support'] },
  // «хотят», «хочемо»: every person of "want".
  { text: '«Россияне хотят, чтобы мы ушли со всего Донбасса», — сказал Зеленский.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Restoring Russia's access to world markets eases the restrictions on it.
  { text: 'Белый дом, в свою очередь, сообщил, что США помогут восстановить доступ России к мировому рынку сельхозпродукции и удобрений.', expected: ['united-states economy.sanctions-relief support'] },
  // «Никакого X мы не поддерживаем»: the concord word repeats the negation of the verb after the fronted issue.
  { text: '«Никакого смягчения санкций мы не поддерживаем», — сказал Зеленский.', expected: ['ukraine economy.sanctions-relief oppose'] },
  // «никакие … неприемлемы»: negative concord with the «не» of the refusal's own word, one negation.
  { text: '«Никакие воинские контингенты стран НАТО на территории Украины для нас неприемлемы», — заявил Лавров.', expected: ['russia security.foreign-troops oppose'] },
  // A contrastive «а» after a comma, with a modal a word or two on, opens a clause of its own: the document's terms go on.
  {
    text: 'Американский план опубликован. Согласно проекту, Крым, Луганская и Донецкая области «будут признаны де-факто российскими, в том числе Соединенными Штатами», а украинские войска должны покинуть ту часть Донецкой области, которую сейчас контролируют.',
    expected: ['united-states territory.recognize-crimea support', 'united-states territory.recognize-annexed-oblasts support', 'united-states territory.ukrainian-withdrawal support'],
  },
  // A withdrawal from the whole territory of Ukraine is Russia's, not Ukraine's.
  { text: 'В Еврокомиссии заявили, что не намерены смягчать санкции до безоговорочного вывода ее войск со всей территории Украины.', expected: ['europe economy.sanctions-relief oppose'] },
  // Moving units along the line of contact is a redeployment, not a freeze of the line.
  { text: 'Москва требует, чтобы Украина не перебрасывала подразделения вдоль линии соприкосновения.', expected: ['russia military.no-redeployment support'] },
  // Halting an offensive along the front line freezes it.
  { text: 'Москва готова остановить наступление в Херсонской и Запорожской областях по нынешней линии фронта.', expected: ['russia territory.freeze-line support'] },
  // A counter-plan («контрплан») is a text of its author's, not of the plan it answers.
  {
    text: 'США и Украина доработали мирный план. Европейский контрплан предлагает начинать территориальные переговоры от нынешней линии соприкосновения.',
    expected: ['europe territory.freeze-line support'],
  },
  // A clause joined after ", а" to the one a verb opens with «что» is said under that verb too.
  {
    text: 'Украинские переговорщики настаивали, что войну нужно остановить по нынешней линии соприкосновения, а любое отступление из Донбасса исключено.',
    expected: ['ukraine territory.freeze-line support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // A retreat («отступление», «відступ») from a region is a withdrawal from it.
  { text: 'Любое отступление из Донбасса исключено, заявил Умеров.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Каллас назвала снятие санкций с России ошибкой.', expected: ['europe economy.sanctions-relief oppose'] },
  // Officials («чиновники», «посадовці») speak for their country's adjective, and Russia's own elections are only those it qualifies.
  { text: 'Российские чиновники требуют проведения выборов на Украине.', expected: ['russia process.elections support'] },
  { text: 'Російські посадовці вимагають проведення виборів в Україні.', expected: ['russia process.elections support'] },
  // An adjective in an oblique case qualifies the noun after it: «американскому телеканалу» names no American minister.
  {
    text: 'В интервью американскому телеканалу министр иностранных дел России Сергей Лавров заявил, что урегулирование невозможно. Русский язык, по его словам, должен получить на Украине статус государственного.',
    expected: ['russia society.russian-official-language support'],
  },
  // «уйти с», as «уйти из», is to leave a place.
  { text: 'Россия по-прежнему требует, чтобы украинские войска ушли с остающейся под их контролем части Донецкой области.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  // A fronted issue's verb may stand past a phrase of the issue's own.
  { text: 'В Кремле дали понять, что прекращение огня до подписания всеобъемлющего соглашения не рассматривают.', expected: ['russia process.ceasefire oppose'] },
  // «перечислил» introduces what is said.
  { text: 'Путин выступил в Минске. Президент перечислил их: Россия должна быть уверена, что Украина не проведет принудительную мобилизацию.', expected: ['russia military.demobilization support'] },
  // An issue worded as the whole clause a verb of saying introduces is the speaker's, future tense or not.
  { text: 'Верховный представитель ЕС Кая Каллас заявила, что санкции против России останутся в силе до тех пор, пока Москва не прекратит войну.', expected: ['europe economy.sanctions-relief oppose'] },
  // «предписывает» demands; «пойти на» agrees.
  { text: 'Американский план опубликован. Выборы в Украине план предписывает провести через 100 дней после подписания соглашения.', expected: ['united-states process.elections support'] },
  { text: 'Зеленский заявил, что Киев не пойдет на ослабление санкций.', expected: ['ukraine economy.sanctions-relief oppose'] },
  // The Rada is Ukraine's; a negated predicate past a phrase with a preposition («до окончания войны») negates the issue.
  { text: 'Рада подтвердила: выборов до окончания войны не будет', expected: ['ukraine process.elections oppose'] },
  { text: 'Песков заявил, что выборов до окончания войны не будет.', expected: ['russia process.elections oppose'] },
  // A relative clause past the text's own attributes («из 28 пунктов, который администрация подготовила») names its author.
  {
    text: 'В распоряжении изданий оказался проект мирного плана из 28 пунктов, который администрация Дональда Трампа подготовила при участии Уиткоффа. Согласно проекту, Киев должен закрепить в конституции отказ от вступления в НАТО.',
    expected: ['united-states security.nato-membership oppose'],
  },
  // A headline's list with the verb left out: each party before a dash holds what follows it, past an adverb («сначала»).
  { text: 'Россия требует вывода войск из Донбасса, Украина — гарантий безопасности', expected: ['russia territory.ukrainian-withdrawal support', 'ukraine security.guarantees support'] },
  { text: 'Путин хочет Донбасс, а Европа — сначала перемирие', expected: ['europe process.ceasefire support'] },
  // Kyiv's "striving into the EU"; restrictions eased as sanctions, where no church or language is named.
  {
    text: 'Что касается стремления Киева в Евросоюз, то это, по словам Пескова, «суверенное право любой страны», и Москва против него не возражает.',
    expected: ['russia security.eu-membership support'],
  },
  { text: 'Урсула фон дер Ляйен заявила, что ослаблять ограничения ЕС не намерен, «пока Россия не прекратит убивать».', expected: ['europe economy.sanctions-relief oppose'] },
  // «не менее чем» negates nothing; «вне блоков» is neutrality.
  {
    text: 'По словам Мединского, стороны договорились об обмене не менее чем 1200 военнопленными с каждой стороны.',
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  { text: 'Позиция Москвы неизменна, и Украина должна оставаться вне блоков, напомнил Песков.', expected: ['russia security.nato-membership oppose'] },
  // A counter-draft («контрпроект») handed over by its authors; «по европейскому варианту» cites a text past its adjective.
  {
    text: 'Великобритания, Франция и Германия передали американцам свой контрпроект. В нем, согласно тексту, предлагается ограничить численность ВСУ в мирное время 800 тысячами.',
    expected: ['europe military.army-cap support'],
  },
  {
    text: 'США и Украина выпустили совместное заявление. Замороженные российские активы, по европейскому варианту, должны использоваться для восстановления Украины.',
    expected: ['europe economy.frozen-assets-reconstruction support'],
  },
  // «а не» sets aside what follows a few words on.
  {
    text: 'Трамп, вернувшись в Вашингтон, написал, что лучший способ закончить войну - «перейти напрямую к мирному соглашению», а не к соглашению о прекращении огня.',
    expected: ['united-states process.ceasefire oppose'],
  },
  // Between a fronted issue and its verb, the subject is the name in the nominative, not one in the genitive.
  { text: 'Американский план предусматривает многое. Численность Вооруженных сил Украины документ ограничивает 600 тысячами военнослужащих.', expected: ['united-states military.army-cap support'] },
  { text: 'Ушаков заявил, что Украине должно быть запрещено перебрасывать войска во время перемирия.', expected: ['russia military.no-redeployment support'] },
  // A party's adjective right after a handover verb owns the text or stance noun after it; it receives only a text named later.
  { text: 'Украина приняла американское предложение о прекращении огня на 30 дней.', expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'] },
  // An infinitive fronted before its subject and a negated "will": the subject refuses that course.
  { text: 'Признавать Донбасс российским Украина не будет.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  { text: 'Выводить войска из Донбасса Киев не собирается.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Выводить войска с территорий, которые контролирует Украина, Киев не станет.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Выходить с Донбасса мы не будем, заявил Буданов.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  // «для» names whom a stance word is for: that party holds it.
  { text: 'Приоритетом для Киева остается организация встречи Зеленского и Путина.', expected: ['ukraine process.leaders-meeting support'] },
  {
    text: 'Глава Евросовета Антониу Кошта заявил, что ЕС поддержит Украину. Ослаблять санкции против России, добавил он, никто не собирается.',
    expected: ['europe economy.sanctions-relief oppose'],
  },
  { text: 'Признавать Донбасс российским Украина, подчеркнул он, не будет ни при каких условиях.', expected: ['ukraine territory.recognize-annexed-oblasts oppose'] },
  // A phrase opened by a preposition may stand between a speaker with a title and the verb.
  { text: 'Европейские лидеры в совместном заявлении подчеркнули, что переговоры должны начинаться с текущей линии фронта.', expected: ['europe territory.freeze-line support'] },
  // A demand noun with a dash after it heads the list that follows, every item of it.
  {
    text: 'Главное условие Москвы — международно-правовое признание Крыма частью России и полный вывод украинских войск из Донбасса.',
    expected: ['russia territory.recognize-crimea support', 'russia territory.ukrainian-withdrawal support'],
  },
  // A participle after a comma describes the object before it, under the verb that takes it.
  { text: 'Россия категорически не приемлет сценарии, предусматривающие появление на Украине воинских контингентов стран НАТО, заявил Лавров.', expected: ['russia security.foreign-troops oppose'] },
  // «стоим там, где стоим» freezes the front; a summary goes on with «получит».
  { text: '«Справедливый вариант — стоим там, где стоим», — сказал Зеленский.', expected: ['ukraine territory.freeze-line support'] },
  { text: 'Американский мирный план предусматривает вывод украинских войск из Донбасса. Взамен Украина получит «надежные гарантии безопасности».', expected: ['united-states territory.ukrainian-withdrawal support', 'united-states security.guarantees support'] },
  // «говорится в тексте» cites the text named before.
  {
    text: 'Зеленский зачитал согласованный Киевом и Вашингтоном рамочный документ. Режим полного прекращения огня, говорится в тексте, вступает в силу сразу после подписания.',
    expected: ['ukraine process.ceasefire support', 'united-states process.ceasefire support'],
  },
  // A participle with its agents before the text names its authors.
  {
    text: 'Владимир Зеленский зачитал согласованный Киевом и Вашингтоном рамочный документ. Согласно плану, численность украинской армии в мирное время сохраняется на уровне 800 тысяч человек.',
    expected: ['ukraine military.army-cap support', 'united-states military.army-cap support'],
    detail: { numbers: [800000] },
  },
  // A prepositional phrase between the speaker and the verb of saying does not hide the speaker.
  {
    text: 'Министр иностранных дел России Сергей Лавров в интервью государственному телевидению заявил, что любое соглашение с Украиной должно предусматривать придание русскому языку статуса официального.',
    expected: ['russia society.russian-official-language support'],
  },
  // After a colon, a verb answers only what the words after it name again; a list of topics before a headline's colon is no speaker.
  {
    text: 'Амнистия, активы и Евросоюз: о чем еще говорится в американском плане. Согласно документу, все стороны конфликта получают полную амнистию. В Кремле тоже не возражают: вступление в Евросоюз — «суверенное право любой страны».',
    expected: ['united-states justice.amnesty support', 'russia security.eu-membership support'],
  },
  // A withdrawal named by its verb alone, with the troops as its subject.
  { text: 'Американская сторона предлагает создать «свободную экономическую зону», откуда ВСУ должны будут уйти.', expected: ['united-states territory.ukrainian-withdrawal support'] },
  // A first name before a known surname starts the name: the preposition before it makes it an object, not the speaker.
  {
    text: 'Президент США Дональд Трамп после встречи в Белом доме с Владимиром Зеленским заявил, что Соединенные Штаты будут участвовать в обеспечении безопасности Украины.',
    expected: ['united-states security.guarantees support'],
  },
  // The comma before «что» after a verb of saying closes no aside: what follows is said, not governed by the clause before.
  {
    text: 'Киев на это не согласен: секретарь СНБО Рустем Умеров после встречи заявил, что Украина готова обсуждать прекращение огня только по нынешней линии соприкосновения.',
    expected: ['ukraine process.ceasefire support', 'ukraine territory.freeze-line support'],
  },
  // The past form after «чтобы» withdraws too.
  { text: 'Российская делегация по-прежнему требует, чтобы Украина ушла из оставшейся под ее контролем части Донецкой области.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk'] } },
  // Every item of a list a demand noun opens is demanded, a ban and a party's renunciation among them.
  {
    text: 'По его словам, среди российских условий — ограничение численности украинской армии, запрет на переброску войск во время перемирия, амнистия для так называемых политических заключенных и отказ Киева от любых претензий о компенсации ущерба.',
    expected: ['russia military.army-cap support', 'russia military.no-redeployment support', 'russia justice.amnesty support', 'russia justice.renounce-compensation support'],
  },
  // A participle in a phrase set off by commas governs that phrase only.
  {
    text: 'Москва добивается соглашения, фактически исключающего членство Украины в НАТО, и придания русскому языку статуса официального.',
    expected: ['russia security.nato-membership oppose', 'russia society.russian-official-language support'],
  },
  // Subject, object, verb: the stance noun before the verb is its object, not the subject's own.
  { text: 'Кремль ідею заморожування лінії фронту відкинув.', expected: ['russia territory.freeze-line oppose'] },
  { text: 'У Кремлі ідею заморожування лінії фронту знову відкинули.', expected: ['russia territory.freeze-line oppose'] },
  { text: 'В Киеве идею ухода из Донбасса отвергли.', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: "Кремль вимогу Києва про перемир'я відкинув.", expected: ['russia process.ceasefire oppose', 'ukraine process.ceasefire support'] },
  { text: 'Москва требует от Киева отказаться от вступления в НАТО и сохранить нейтральный статус.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Песков заявил, что Россия не согласится на размещение иностранных миротворцев на Украине.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Украина отвергла требование России о демобилизации армии.', expected: ['ukraine military.demobilization oppose', 'russia military.demobilization support'] },
  { text: 'Мединский: Россия предложила Украине трехдневное перемирие.', expected: ['russia process.ceasefire support'], detail: { durations: ['3 days'] } },
  { text: 'Кремль настаивает на признании Крыма и Донбасса российскими территориями.', expected: ['russia territory.recognize-crimea support', 'russia territory.recognize-annexed-oblasts support'] },
  { text: 'Ушаков сообщил, что Москва готова к обмену телами погибших военнослужащих.', expected: ['russia humanitarian.bodies-exchange support'] },
  { text: 'Лавров: снятие санкций должно стать частью любого соглашения.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Захарова заявила, что Москва выступает против использования замороженных российских активов.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Зеленский исключил проведение выборов до окончания войны.', expected: ['ukraine process.elections oppose'] },
  { text: 'Кремль требует от Киева отказаться от вступления в НАТО и провести выборы.', expected: ['russia security.nato-membership oppose', 'russia process.elections support'] },
  // After "чтобы" / "щоб" the subject is who is asked, not who asks, though a comma precedes it.
  { text: 'Кремль настаивает, чтобы Украина отказалась от планов вступить в НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Москва добивается того, чтобы Киев отказался от вступления в НАТО, сообщил источник.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Росія наполягає, щоб Україна відмовилася від членства в НАТО.', expected: ['russia security.nato-membership oppose'] },
  // A comma closes a relative clause: the verb after it belongs to the main clause.
  { text: 'In the draft, which the Russian side handed over in Istanbul, Moscow demands that Kyiv renounce NATO membership.', expected: ['russia security.nato-membership oppose'] },
  { text: 'У меморандумі, який російська делегація передала в Стамбулі, Москва вимагає від України відмовитися від вступу до НАТО.', expected: ['russia security.nato-membership oppose'] },
  // Asking for one form of an issue while refusing another in the same sentence is support.
  { text: 'Moscow agreed to a 30-day halt on energy strikes, not a full ceasefire.', expected: ['russia process.ceasefire support'], detail: { durations: ['30 days'] } },
  { text: 'Россия согласилась на мораторий на удары по энергетике, но не на полное прекращение огня.', expected: ['russia process.ceasefire support'] },
  { text: 'Україна погодилася на енергетичне перемир\'я, але не на повне припинення вогню.', expected: ['ukraine process.ceasefire support'] },
  // Renouncing strikes is a truce on what they hit.
  { text: 'Путин согласился на 30-дневный взаимный отказ от ударов по объектам энергетики.', expected: ['russia process.ceasefire support'] },
  { text: 'Україна погодилася на відмову від ударів по енергетичній інфраструктурі.', expected: ['ukraine process.ceasefire support'] },
  // Imperfective and "reunite" forms of returning children.
  { text: 'Россия готова возвращать украинских детей их родственникам.', expected: ['russia humanitarian.children-return support'] },
  { text: 'Москва обещала воссоединять вывезенных детей с семьями.', expected: ['russia humanitarian.children-return support'] },
  { text: 'Київ вимагає повертати українських дітей додому.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Документ Москвы содержит пункты: придание русскому языку официального статуса, законодательный запрет героизации нацизма, отмена санкций.', expected: ['russia society.russian-official-language support', 'russia society.denazification support', 'russia economy.sanctions-relief support'] },
  { text: 'Россия передала Украине меморандум. Кроме того, меморандум требует от Украины нейтрального статуса.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Путин: любые иностранные войска на Украине станут законными целями', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Путин объявил пасхальное перемирие.', expected: ['russia process.ceasefire support'] },
  { text: 'Возвращение всех депортированных детей Украина называет одним из ключевых условий любого соглашения.', expected: ['ukraine humanitarian.children-return support'] },
  { text: 'Размещение иностранных войск на Украине для Москвы неприемлемо.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'По его словам, Украина пока не ответила на это предложение.', expected: [] },
  { text: 'Делегации России и Украины провели переговоры в Стамбуле. Кроме того, стороны договорились об обмене всех тяжелораненых пленных.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Зеленский, со своей стороны, допускает проведение выборов в Украине после прекращения огня.', expected: ['ukraine process.elections support'] },
  { text: 'Российский меморандум передан украинской делегации в Стамбуле. Отдельным пунктом речь идет о поэтапной отмене санкций против России.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'Россия требует прекращения западных поставок оружия, а также проведения на Украине выборов.', expected: ['russia military.halt-western-arms support', 'russia process.elections support'] },
  { text: 'Россия требует прекращения западных поставок оружия, а также обмена разведданными.', expected: ['russia military.halt-western-arms support', 'russia military.halt-intelligence-sharing support'] },
  { text: 'Размещение на территории Украины воинских контингентов стран НАТО для России абсолютно неприемлемо.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Министр иностранных дел России Сергей Лавров дал интервью. Глава МИД подчеркнул, что обязательным условием остается внеблоковый и безъядерный статус Украины.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Россия считает размещение иностранных войск на Украине неприемлемым.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'Министр иностранных дел России Сергей Лавров вновь перечислил условия урегулирования. Речь идет о признании Крыма частью России и о внеблоковом статусе Украины.', expected: ['russia territory.recognize-crimea support', 'russia security.nato-membership oppose'], detail: { regions: ['crimea'] } },
  { text: 'Зеленский заявил, что Украина не пойдет ни на какие договоренности, которые предусматривают прекращение военной помощи.', expected: ['ukraine military.halt-western-arms oppose'] },
  { text: 'По словам Путина, Киев должен прекратить принудительную мобилизацию, а Запад — поставки оружия.', expected: ['russia military.demobilization support', 'russia military.halt-western-arms support'] },
  { text: 'Москва требует от Киева отказа от НАТО.', expected: ['russia security.nato-membership oppose'] },
  { text: 'Администрация Трампа подготовила новый план урегулирования. Интересы Украины план учитывает лишь частично. Кроме того, документ предусматривает полную амнистию для всех участников конфликта.', expected: ['united-states justice.amnesty support'] },
  { text: 'Российская делегация передала украинской в Стамбуле «меморандум» о мирном урегулировании. Русский язык, согласно документу, должен получить в Украине статус официального.', expected: ['russia society.russian-official-language support'] },
  { text: '«Санкции останутся в силе до тех пор, пока Россия не прекратит агрессию», — заявила глава евродипломатии Кая Каллас.', expected: ['europe economy.sanctions-relief oppose'] },
  { text: 'Официальный представитель МИД России Мария Захарова назвала планы ЕС использовать замороженные российские активы «воровством».', expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'] },
  { text: '«Ни о каком ослаблении санкций не может быть и речи, пока Россия не прекратит огонь», — сказал Мерц журналистам.', expected: ['europe economy.sanctions-relief oppose', 'europe process.ceasefire support'] },
  { text: 'Россия и Украина по итогам консультаций с участием США в Абу-Даби договорились об обмене военнопленными в формате 157 на 157.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [157] } },
  { text: 'На встрече в Анкоридже Владимир Путин потребовал, чтобы Украина вывела войска из Донецкой и Луганской областей.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk', 'luhansk'] } },
  { text: 'Россия и Украина договорились о запрете ударов по энергетическим объектам на 30 дней.', expected: ['russia process.ceasefire support', 'ukraine process.ceasefire support'], detail: { durations: ['30 days'] } },
  { text: 'США и Россия договорились устранить применение силы в Черном море.', expected: ['united-states process.ceasefire support', 'russia process.ceasefire support'] },
  // A party inside the stance phrase («Условием Москва называет») is its subject.
  { text: 'Условием Москва назвала вывод украинских войск из Донбасса.', expected: ['russia territory.ukrainian-withdrawal support'], detail: { regions: ['donetsk', 'luhansk'] } },
  // Deeming something an intervention refuses it.
  { text: 'В МИД России заявили, что размещение на Украине военных контингентов западных стран будет расцениваться как иностранная интервенция.', expected: ['russia security.foreign-troops oppose'] },
  { text: 'The Russian foreign ministry said any deployment of Western troops in Ukraine would be treated as foreign intervention.', expected: ['russia security.foreign-troops oppose'] },
  // A relative clause ends at a comma and a coordinator: its verb does not govern the next item.
  {
    text: 'Москва будет настаивать на отмене закона о запрете УПЦ, которым на Украине запрещена деятельность церкви, а также на придании русскому языку официального статуса.',
    expected: ['russia society.church support', 'russia society.russian-official-language support'],
  },
  // «эти пункты … не предмет торга»: standing firm on another party's demands refuses each of them.
  {
    text: 'Лавров потребовал придать русскому языку статус официального и отменить запрет УПЦ. В Киеве ответили, что эти пункты не являются предметом торга.',
    expected: ['russia society.russian-official-language support', 'russia society.church support', 'ukraine society.russian-official-language oppose', 'ukraine society.church oppose'],
  },
];

/** An agreement on an exchange that names no one binds both sides of it. */
export const AGREEMENTS: Case[] = [
  {
    text: 'Россия и Украина провели переговоры в Стамбуле. Главным практическим итогом стала договоренность об обмене военнопленными по формуле «1000 на 1000».',
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  {
    text: 'Talks between Russia and Ukraine in Abu Dhabi ended with an agreement to exchange 314 prisoners.',
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
    detail: { numbers: [314] },
  },
  // Backing by participants who are not parties binds no one.
  { text: 'Саміт миру у Швейцарії: учасники підтримали обмін полоненими «всіх на всіх».', expected: [] },
  { text: 'Moscow and Kyiv did agree, officials said, to prepare an exchange of 314 prisoners.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'], detail: { numbers: [314] } },
];

export const NOT_POSITIONS: Case[] = [
  // What had not happened is no one's course.
  { text: 'Trump said in an interview that Ukraine had not held an election "in a long time".', expected: [] },
  // The terms of a loan repaid only once Russia compensates Ukraine are the loan's design, not a claim for compensation.
  {
    text: 'The European Commission proposed using immobilised Russian assets to fund a reparations loan that Kyiv would repay only if Russia compensates it for the damage.',
    expected: ['europe economy.frozen-assets-reconstruction support'],
  },
  // Trump meeting Putin is no Putin–Zelensky meeting.
  { text: 'Zelensky spoke to European leaders on Monday, days before Donald Trump was due to meet Vladimir Putin in Alaska.', expected: [] },
  // Crimea recognised "as Russian territory" is Crimea, not the four oblasts.
  { text: 'Moscow also wants the United States to recognize Crimea as Russian territory.', expected: ['russia territory.recognize-crimea support'] },
  // Territory "left to the presidents" is deferred, not ceded.
  { text: 'Женева: США та Україна узгодили оновлену рамку мирного плану, території залишили президентам', expected: [] },
  { text: 'The framework leaves territory to the two presidents to settle.', expected: [] },
  // A "post-ceasefire" force is for after a ceasefire: no call for one; "signs up to" backs the force.
  { text: 'Coalition of the willing signs up to post-ceasefire force for Ukraine', expected: ['europe security.foreign-troops support'] },
  // Observers who monitor a ceasefire are no commentators; observers who say something are.
  { text: 'Kyiv repeated its offer of a ceasefire along the current line of contact, to be monitored by international observers.', expected: ['ukraine process.ceasefire support', 'ukraine territory.freeze-line support'] },
  { text: 'Many observers expect Russia to demand a ceasefire along the current line of contact.', expected: [] },
  // Commentators remarking on what a party did, in an appositive after it, leave the party's course its own; a commentator who is the speaker does not.
  {
    text: "The White House said the United States would help restore Russia's access to world markets for farm exports, a step that analysts said could strain ties with Europe.",
    expected: ['united-states economy.sanctions-relief support'],
  },
  { text: '"The Kremlin will probably push for limits on the size of Ukraine\'s army," said Olga Petrenko, a senior fellow at a Berlin-based think tank.', expected: [] },
  // A forecast of a party's course ("will probably", «найімовірніше», «скорее всего») is no position, whoever makes it; what the sentence states before it still is.
  { text: '"Moscow will probably use the next meeting to restate its wish list: neutrality and limits on Ukraine\'s army," a former diplomat told Reuters.', expected: [] },
  { text: 'The Kremlin is likely to keep pressing for all of Donetsk at the next round.', expected: [] },
  { text: '«Кремль, найімовірніше, знову вимагатиме нейтрального статусу України й визнання окупованих територій».', expected: [] },
  { text: 'По ее оценке, российская делегация, скорее всего, будет настаивать на выводе украинских войск из Донбасса.', expected: [] },
  { text: 'Moscow rejected a 30-day ceasefire on Monday and will probably demand sanctions relief next.', expected: ['russia process.ceasefire oppose'] },
  // What an expert or an economist predicts or expects is a forecast, in each language.
  { text: 'Another expert predicted that the meeting would at most produce an agreement on a new prisoner exchange.', expected: [] },
  { text: 'По мнению экономиста Сергея Алексашенко, первая встреча вряд ли даст что-то, кроме договоренности об обмене пленными.', expected: [] },
  { text: 'Експерт прогнозує, що Вашингтон запровадить нові санкції проти покупців російської нафти.', expected: [] },
  // A text cited whose author is not known states its terms, not the subject's own course.
  { text: 'Under the proposal, Ukraine would pull its troops out of that territory.', expected: [] },
  // How talks ended is no stance: an agreement reached binds its sides, "no movement on" evades.
  {
    text: 'Two days of trilateral talks between U.S., Ukrainian and Russian officials in Abu Dhabi ended Thursday with an agreement on a prisoner exchange but no movement on the central question of the Donetsk region.',
    expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'],
  },
  { text: 'Türkiye hosted three rounds of direct Russian-Ukrainian talks in Istanbul this year, which produced the largest prisoner exchanges of the war but no agreement on a truce.', expected: [] },
  { text: 'Their third round of direct talks in Istanbul ended after barely 40 minutes with no movement on a ceasefire or on a meeting of the two presidents.', expected: [] },
  { text: 'EU leaders postponed a decision on the reparations loan backed by frozen Russian assets until December.', expected: [] },
  // What opinion polls find of the people is no party's position.
  { text: 'Opinion polls suggest most Ukrainians oppose holding elections before the war ends.', expected: [] },
  { text: 'Опитування показують, що більшість українців проти виборів до завершення війни.', expected: [] },
  // The treaty of an alliance is not the settlement's.
  { text: 'Там американська сторона запропонувала Україні гарантії безпеки «на зразок статті 5» Північноатлантичного договору.', expected: ['united-states security.guarantees support'] },
  { text: 'Putin spoke at the end of a summit of the Collective Security Treaty Organization in Bishkek about the talks with Ukraine.', expected: [] },
  // The Security Council's permanent members as guarantors, or an accession treaty, are no binding settlement.
  {
    text: 'Russia is ready to participate in providing collective security guarantees to Ukraine together with the permanent members of the UN Security Council, Foreign Minister Sergey Lavrov said.',
    expected: ['russia security.guarantees support'],
  },
  { text: 'Every EU member state must ratify Ukraine\'s accession treaty, the European Commission said as Kyiv pressed for talks with Russia.', expected: [] },
  // Declining to comment answers nothing; keeping a vote safe is no security guarantee.
  { text: 'Росія вимагає обмежити армію України. У Кремлі женевські переговори коментувати відмовилися.', expected: ['russia military.army-cap support'] },
  { text: 'Moscow demands a cap on the Ukrainian army. The Kremlin declined to comment on the Geneva talks.', expected: ['russia military.army-cap support'] },
  {
    text: 'Zelenskyy said he was ready to hold elections within 60 to 90 days, provided the United States and European partners could guarantee security during the vote.',
    expected: ['ukraine process.elections support'],
    detail: { durations: ['60-90 days'] },
  },
  { text: 'Shakhtar Donetsk beat Dynamo Kyiv 2-1 in the Ukrainian Premier League on Sunday.', expected: [] },
  { text: 'Russian forces captured two villages in the Donetsk region, the defence ministry said.', expected: [] },
  { text: 'Ukraine and Russia exchanged 390 prisoners on Friday.', expected: [] },
  { text: 'Turkey and Azerbaijan signed a memorandum of understanding on gas transit on Tuesday.', expected: [] },
  { text: 'Analysts say Russia is likely to insist on the recognition of Crimea.', expected: [] },
  { text: '"The Kremlin will probably insist on limits on Ukraine\'s army," said Tatiana Stanovaya, founder of the R.Politik consultancy.', expected: [] },
  { text: 'Військовий експерт, з яким поспілкувалося видання, вважає, що Кремль вимагатиме обмеження чисельності ЗСУ.', expected: [] },
  { text: '"No decisions about Ukraine without Ukraine," Zelensky said.', expected: [] },
  { text: 'The talks in Istanbul lasted less than two hours, and the parties failed to reach a ceasefire.', expected: [] },
  { text: 'Will Russia agree to a ceasefire?', expected: [] },
  { text: 'A ceasefire was announced in Gaza on Friday.', expected: [] },
  { text: 'Russia launched 400 drones at Ukraine overnight, hours after the talks ended.', expected: [] },
  // Evasions: the party took no stance on what it did not address.
  { text: 'Peskov declined to comment on the proposal for an energy truce.', expected: [] },
  { text: 'Zelensky sidestepped questions about holding elections.', expected: [] },
  { text: 'Rubio did not address the question of sanctions relief.', expected: [] },
  // A truce as the time of something else is no stance on the truce.
  { text: 'Ukraine will rotate its brigades during the truce, Syrskyi said.', expected: [] },
  { text: 'Russia demanded a halt to mobilisation during the ceasefire.', expected: ['russia military.demobilization support'] },
  { text: 'Experts at the Atlantic Council said Russia would likely demand all of Donbas.', expected: [] },
  // Collecting the dead from the field is not an exchange of bodies.
  { text: 'The truce would allow both sides to collect the bodies of fallen soldiers.', expected: [] },
  { text: 'Ukraine and Russia agreed to exchange the bodies of fallen soldiers and to search for the remains of the missing.', expected: ['russia humanitarian.bodies-exchange support', 'ukraine humanitarian.bodies-exchange support'] },
  // The cap is on Ukraine's army, not on Russia's.
  { text: "Kallas said it is Russia's army that should be capped.", expected: [] },
  { text: 'Diplomats said the episode raised doubts about whether Washington would continue to supply weapons to Ukraine.', expected: [] },
  { text: 'Under the plan, Ukraine would receive security guarantees and Russia would get the removal of sanctions.', expected: [] },
  { text: 'Under the US plan, the war would stop along the line of deployment of troops in the Zaporizhzhia region.', expected: ['united-states territory.freeze-line support'] },
  { text: 'Russian and Ukrainian negotiators could not agree on a ceasefire at the Istanbul talks.', expected: [] },
];

/** Texts written or agreed by two parties, plan summaries, speakers named by a pronoun, judgements with no stance verb. */
export const JOINT_TEXTS: Case[] = [
  // A text "agreed" at the talks is both sides' of them.
  {
    text: 'Делегации США и Украины провели переговоры в Женеве. Согласованный в Женеве текст поднимает потолок численности ВСУ в мирное время до 800 тысяч военнослужащих.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
  },
  // The two parties acting in the lead are the sides of the talks "the two delegations" later means.
  {
    text: 'Ukraine said it was ready to accept an immediate 30-day ceasefire, and Washington said it would lift its pause on intelligence sharing. The two delegations also said that humanitarian relief efforts should include exchanges of prisoners of war.',
    expected: ['ukraine process.ceasefire support', 'united-states military.halt-intelligence-sharing oppose', 'ukraine humanitarian.prisoner-exchange support', 'united-states humanitarian.prisoner-exchange support'],
  },
  // A joint text speaks for all its authors.
  {
    text: 'European leaders backed a ceasefire along the current line of contact, saying in a joint statement with Volodymyr Zelenskyy that the fighting must stop.',
    expected: ['europe process.ceasefire support', 'ukraine process.ceasefire support', 'europe territory.freeze-line support', 'ukraine territory.freeze-line support'],
  },
  {
    text: 'Witkoff will present the framework agreed with Ukraine in Geneva. The document raises the proposed ceiling on the Ukrainian army to 800,000.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
  },
  // Every signatory of a list closed by "and" is an author, articles and "most" between them or not.
  {
    text: 'A final communique signed by Ukraine, the United States and most European countries calls for the return of all deported children.',
    expected: ['ukraine humanitarian.children-return support', 'united-states humanitarian.children-return support', 'europe humanitarian.children-return support'],
  },
  { text: 'The Paris declaration, signed by Britain, France and Ukraine, provides for a reassurance force after a ceasefire.', expected: ['europe security.foreign-troops support', 'ukraine security.foreign-troops support'] },
  // "It" right after a text was named, opening its sentence or the clause after an opening citation, is that text.
  {
    text: 'The framework agreed by Ukrainian and American negotiators was published on Tuesday. According to two officials familiar with the document, it sets the ceiling on the Ukrainian army at 800,000.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
  },
  { text: 'Washington published its revised plan on Monday. It also states that Ukraine is eligible for membership of the European Union.', expected: ['united-states security.eu-membership support'] },
  // ... but "they said" after a joint statement are its authors speaking, each for themselves.
  {
    text: 'In a joint statement, the US and Ukrainian delegations called the talks productive. They said they had agreed that robust security guarantees for Ukraine would be a core element of the framework.',
    expected: ['united-states security.guarantees support', 'ukraine security.guarantees support'],
  },
  // Territory left to people to settle is deferred; left to Russia, it is ceded.
  { text: 'Scoop: U.S. and Ukraine trim peace plan to 19 points, leave territory to Trump and Zelensky', expected: [] },
  { text: 'Russia demands that Ukraine leave territory to Russia.', expected: ['russia territory.ukrainian-withdrawal support'] },
  // Leaving the sensitive issues to the leaders is no stance on them.
  {
    text: 'US and Ukrainian negotiators said they had drafted an updated peace framework. The revised text, now 19 points, was agreed by both delegations, according to a joint statement, and leaves the most sensitive issues — territory and Ukraine\'s relationship with NATO — for the presidents to settle.',
    expected: [],
  },
  // A counter-proposal is not the author's of the text it answers; unsigned, its terms are nobody's known.
  { text: 'The United States presented a 28-point plan on Friday. A counter-proposal circulated in Geneva on Sunday would allow Ukraine to join the European Union.', expected: [] },
  {
    text: 'The United States presented a 28-point plan on Friday. European national security advisers brought their own counterproposal. It would allow Ukraine to join the EU.',
    expected: ['europe security.eu-membership support'],
  },
  // "Under the European version" cites Europe's text.
  { text: 'European powers have drawn up a counter-proposal to the US plan. Under the European version, Ukraine would be eligible for membership of the European Union.', expected: ['europe security.eu-membership support'] },
  // "the memorandum that X handed over" is X's.
  {
    text: "The memorandum that Vladimir Medinsky's delegation handed the Ukrainians in Istanbul has three sections. On the ceasefire, the document gives Kyiv two options. Under the first, a truce would take effect once Ukraine begins a full withdrawal of its troops from the Donetsk region.",
    expected: ['russia process.ceasefire support', 'russia territory.ukrainian-withdrawal support'],
  },
  // A text's second verb, a verb of saying, cites it: what it says Ukraine will do is its author's term.
  {
    text: "The US plan caps Ukraine's armed forces at 600,000 personnel and says Ukraine will enshrine in its constitution that it will not join NATO.",
    expected: ['united-states military.army-cap support', 'united-states security.nato-membership oppose'],
  },
  // A demilitarised zone is no cap on the army.
  {
    text: 'US negotiators have floated turning the part of Donetsk still held by Kyiv into a demilitarised "free economic zone" from which Ukrainian troops would pull back.',
    expected: ['united-states territory.ukrainian-withdrawal support'],
  },
  // A party's text named as what holds the issue puts it among the author's terms.
  { text: 'Zelensky rejected the amnesty clause in the US plan.', expected: ['ukraine justice.amnesty oppose', 'united-states justice.amnesty support'] },
  // "under the" plan cites it, as "according to" does.
  { text: 'Kyiv would have to cede Donbas under the American plan, officials said.', expected: ['united-states territory.ukrainian-withdrawal support'] },
  // A name before a dash owns no text after it.
  { text: "US plan would cap Ukraine's army at 600,000 after talks in Russia - draft", expected: ['united-states military.army-cap support'] },
  // A text after a dash that sets off something else holds nothing before it.
  { text: "Russia's memorandum demands Ukraine ban 'Nazi glorification' — what's in the text", expected: ['russia society.denazification support'] },
  // A plain "with" names no co-author.
  { text: 'Washington unveiled a plan with security guarantees for Ukraine.', expected: ['united-states security.guarantees support'] },
  { text: 'Moscow rejected the plan agreed with Ukraine in Geneva.', expected: [] },
  // A document as the subject states its author's terms, whatever its verb.
  { text: 'The US administration has been working on a peace plan. The draft puts the ceiling on the Ukrainian army at 600,000 troops.', expected: ['united-states military.army-cap support'] },
  // ... but not as the object of a handover, nor past "and" on a second verb.
  { text: 'Russia handed Ukraine a memorandum at talks on a ceasefire.', expected: [] },
  { text: 'Washington drafted a new text. The text caps the Ukrainian army at 800,000 and leaves territory for the leaders to settle.', expected: ['united-states military.army-cap support'] },
  // An offer is a text: what it goes on to set out is its author's.
  {
    text: "President Trump's final offer includes formal U.S. recognition of Russian control of Crimea. The offer would also effectively freeze the front line. In return, sanctions on Russia would be lifted.",
    expected: ['united-states territory.recognize-crimea support', 'united-states territory.freeze-line support', 'united-states economy.sanctions-relief support'],
  },
  // "Binding guarantees" are security guarantees.
  { text: 'The signatories of the Paris declaration, Britain and France, commit to binding guarantees that would be activated in the event of a future Russian attack.', expected: ['europe security.guarantees support'] },
  // Who produced, hammered out or finalised a text wrote it.
  {
    text: 'U.S. and Ukrainian negotiators said they had produced an updated peace framework. The revised framework raises the ceiling on Ukraine\'s armed forces to 800,000.',
    expected: ['united-states military.army-cap support', 'ukraine military.army-cap support'],
    detail: { numbers: [800000] },
  },
  // The text a sentence is about, not one named after a preposition, is "the document" after it.
  {
    text: 'The European counterproposal to the US peace plan was drafted by the UK, France and Germany. Territorial negotiations, the document says, would start from the current line of contact.',
    expected: ['europe territory.freeze-line support'],
  },
  // A part of the text named before ("the final section", «окремим пунктом») speaks for its author.
  { text: 'Russia handed Ukraine a memorandum in Istanbul. The final section calls for the lifting of sanctions on Russia.', expected: ['russia economy.sanctions-relief support'] },
  { text: 'The final section calls for the lifting of sanctions on Russia.', expected: [] },
  // "The signatories" are the authors of the text named last; the word alone names no one.
  {
    text: 'The joint statement was signed by Zelensky, Merz, Macron and Starmer. The signatories also pledged to use the full value of Russia\'s immobilised sovereign assets to rebuild Ukraine.',
    expected: ['ukraine economy.frozen-assets-reconstruction support', 'europe economy.frozen-assets-reconstruction support'],
  },
  { text: 'The signatories also pledged to use the full value of Russia\'s immobilised sovereign assets to rebuild Ukraine.', expected: [] },
  // "The American proposal" is what the Americans put forward, even sentences before.
  {
    text: 'Washington proposed a 30-day ceasefire. Moscow demanded a halt to Western arms deliveries. Kyiv accepted the American proposal.',
    expected: ['united-states process.ceasefire support', 'russia military.halt-western-arms support', 'ukraine process.ceasefire support'],
  },
  // A stance noun judged after an aside of saying is what the speaker judges, not what they demand.
  { text: "Ukraine's foreign minister spoke in Brussels. Demands for denazification, he said, are unacceptable.", expected: ['ukraine society.denazification oppose'] },
  { text: "Ukraine's foreign minister spoke in Brussels. Demands for denazification are unacceptable, he said.", expected: ['ukraine society.denazification oppose'] },
  // Agreeing with a party: both hold it; talks with a party are not an agreement with it.
  { text: 'Russia reached an agreement with Ukraine on a prisoner exchange.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  { text: 'Russia agreed to talks with Ukraine on a prisoner exchange.', expected: ['russia humanitarian.prisoner-exchange support'] },
  // Bringing the two presidents together is their meeting; a party's wish or hope "is" to host it asks for it.
  { text: 'Erdogan called the meeting a great result and said he hoped to bring Putin and Zelensky together in Istanbul or Ankara.', expected: ['turkey process.leaders-meeting support'] },
  { text: "Fidan said Türkiye's greatest wish was to host a meeting between Presidents Vladimir Putin and Volodymyr Zelensky.", expected: ['turkey process.leaders-meeting support'] },
  // A meeting "of the leaders" at talks between the two countries is Putin's and Zelensky's.
  { text: 'Fidan said Ankara was ready to host a meeting of the leaders at any moment.', expected: ['turkey process.leaders-meeting support'] },
  // A text's author named past a person's titles ("by special envoy Steve Witkoff's team") is remembered for "the draft".
  {
    text: "A draft drawn up by special envoy Steve Witkoff's team would require Ukraine to pull out of Donetsk. The draft caps Ukraine's army at 600,000.",
    expected: ['united-states territory.ukrainian-withdrawal support', 'united-states military.army-cap support'],
  },
  // An aside describing a name, after a participle clause set off before it, is left out with it: the plan is the subject.
  {
    text: "The plan, drawn up by Steve Witkoff and discussed with Kirill Dmitriev, the head of Russia's sovereign wealth fund, would see Crimea recognised as de facto Russian.",
    expected: ['united-states territory.recognize-crimea support'],
  },
  // "it states", "it says" set off by commas stand for the text named before.
  {
    text: "Russia's envoy met Witkoff. The US draft says Ukraine would leave Donetsk. In Kherson and Zaporizhzhia, it states, the lines would be frozen along the line of contact.",
    expected: ['united-states territory.ukrainian-withdrawal support', 'united-states territory.freeze-line support'],
  },
  // A bare refusal answers what was demanded before, past an aside between it and its subject.
  {
    text: 'Russia is still demanding that Kyiv withdraw from the rest of the Donetsk region. The Ukrainian team, headed by Rustem Umerov, refused.',
    expected: ['russia territory.ukrainian-withdrawal support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // A sentence naming someone outside the taxonomy is no summary of the text named before: it is theirs.
  {
    text: "The US draft plan states that Ukraine is eligible for EU membership. Hungary's Prime Minister Viktor Orbán has so far blocked the formal opening of the first negotiating clusters.",
    expected: ['united-states security.eu-membership support'],
  },
  // A text owned through "plan to" is its owner's in the sentences after it.
  {
    text: "The Trump administration's 28-point plan to end the war would require Kyiv to leave Donetsk. The draft caps Ukraine's armed forces at 600,000 troops.",
    expected: ['united-states territory.ukrainian-withdrawal support', 'united-states military.army-cap support'],
  },
  // A text after a verb that judges it is that verb's object: the judgement is the speaker's, not the text's author's.
  {
    text: "Dmitriev described the EU's plans to use frozen Russian assets for Ukraine as theft.",
    expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  {
    text: 'Zakharova called the EU\'s plan for using the frozen Russian assets "theft".',
    expected: ['europe economy.frozen-assets-reconstruction support', 'russia economy.frozen-assets-reconstruction oppose'],
  },
  // The verb before a region governs it; the same issue's words after it ("as Russian") only complete the phrase.
  {
    text: 'Ukraine would not recognise the occupied parts of the Donetsk and Zaporizhzhia regions as Russian, "neither now nor in 20 years".',
    expected: ['ukraine territory.recognize-annexed-oblasts oppose'],
    detail: { regions: ['donetsk', 'zaporizhzhia'] },
  },
  { text: 'Kyiv would never recognise any of its occupied territories, Crimea included, as Russian.', expected: ['ukraine territory.recognize-crimea oppose'] },
  // "not something X will accept" judges what it is said of, as "unacceptable" does.
  { text: 'Zelensky said withdrawing from Donbas was "not something Ukrainians will accept".', expected: ['ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'An amnesty for war crimes is not something we can accept, Yermak said.', expected: ['ukraine justice.amnesty oppose'] },
  { text: 'Zelensky said a 30-day ceasefire was something Ukraine could accept.', expected: ['ukraine process.ceasefire support'] },
  // "end Russia's war", "end the three-year war" end the war: no reversal of the issue after them.
  {
    text: "Trump said Saturday that the best way to end Russia's war in Ukraine was to go directly to a peace agreement rather than a ceasefire.",
    expected: ['united-states process.ceasefire oppose'],
  },
  // A party ruling out putting its own soldiers in Ukraine does not oppose foreign troops there.
  { text: 'Washington has ruled out putting American soldiers on the ground in Ukraine.', expected: [] },
  // An issue wanted "to be repealed", "to be halted" is wanted undone.
  { text: 'Russia wants the 2024 church law to be repealed.', expected: ['russia society.church support'] },
  { text: 'Russia wants Western arms deliveries to Ukraine to be halted.', expected: ['russia military.halt-western-arms support'] },
  // ... but what a preposition's object names is not what is undone.
  { text: "Russia wants the restrictions on the Moscow-linked Ukrainian Orthodox Church to be lifted.", expected: ['russia society.church support'] },
  // «предстоит» (has to) is asked of its subject, as «придется» is: the text's term, not Kyiv's course.
  {
    text: 'План США предусматривает, что Украина выведет войска из Донбасса. Киеву предстоит закрепить в конституции отказ от вступления в НАТО.',
    expected: ['united-states territory.ukrainian-withdrawal support', 'united-states security.nato-membership oppose'],
  },
  // "but not X" leaves the verb out and refuses another of its objects; "freeze along the current positions" is the freeze.
  { text: 'Zelensky said he would accept a freeze along the current positions as a basis for talks, but not a withdrawal from Donbas.', expected: ['ukraine territory.freeze-line support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  { text: 'Київ готовий погодитися на перемир\'я, але не на виведення військ з Донбасу.', expected: ['ukraine process.ceasefire support', 'ukraine territory.ukrainian-withdrawal oppose'] },
  // ... but what the sides did not agree on, neither refused.
  { text: 'Russia and Ukraine agreed on a prisoner swap but not on a ceasefire.', expected: ['russia humanitarian.prisoner-exchange support', 'ukraine humanitarian.prisoner-exchange support'] },
  // Another issue that the anchor opens is its object: Donbas is not given up with NATO.
  { text: 'Зеленский готов отказаться от НАТО, но не от Донбасса.', expected: ['ukraine security.nato-membership oppose'] },
  // "threw their weight behind" backs; the country of a person's title does not end a list of subjects.
  {
    text: "European leaders and Ukraine's Volodymyr Zelensky threw their weight behind Trump's call for a ceasefire.",
    expected: ['europe process.ceasefire support', 'ukraine process.ceasefire support', 'united-states process.ceasefire support'],
  },
  // Every counter-proposal of an item is one text: "Europe's counter-plan" is what "the counter-proposal states".
  {
    text: "Europe's counter-plan is out. Territorial negotiations would start from the line of contact, the counter-proposal states.",
    expected: ['europe territory.freeze-line support'],
  },
  // The negation of a modal right before the issue reaches past it: what no one is obliged to do, the text does not ask.
  {
    text: 'The European counterproposal was drawn up by the E3. Nor would Ukraine be obliged to recognize Russian control of Crimea.',
    expected: ['europe territory.recognize-crimea oppose'],
  },
  // Striking out a ban wants what it banned.
  { text: 'The Europeans strike out the ban on European troops.', expected: ['europe security.foreign-troops support'] },
  // A text handed over in a relative clause whose subject and an adverb stand before the verb is the subject's.
  {
    text: 'Проект мирного соглашения, который администрация Трампа на этой неделе передала Киеву, состоит из 28 пунктов. Согласно проекту, Украина должна вывести войска из Донецкой области.',
    expected: ['united-states territory.ukrainian-withdrawal support'],
  },
  // "under no plan", «ни по какому плану» cites no text.
  {
    text: 'Американский проект состоит из 28 пунктов. Зеленский заявил, что Украина «не отдаст Донбасс ни по какому плану».',
    expected: ['ukraine territory.ukrainian-withdrawal oppose'],
  },
  // «но не к тому, чтобы …»: the contrast may name what it refuses in a clause of its own.
  {
    text: 'Зеленский повторил, что Украина готова к заморозке фронта по нынешней линии соприкосновения, но не к тому, чтобы добровольно уходить из Донбасса.',
    expected: ['ukraine territory.freeze-line support', 'ukraine territory.ukrainian-withdrawal oppose'],
  },
  // Leaning towards an option backs it; fixing («закрепить») the front line freezes it.
  { text: 'Trump had leaned toward a ceasefire.', expected: ['united-states process.ceasefire support'] },
  { text: 'Трамп склонялся к более простому варианту — закрепить линию фронта там, где она проходит сейчас.', expected: ['united-states territory.freeze-line support'] },
  // «ни на X, ни на Y»: each item of a negative series is an object of the negated verb, not of the stance word inside the item before.
  {
    text: 'Киев не согласится ни на отказ от западного оружия, ни на остановку мобилизации.',
    expected: ['ukraine military.halt-western-arms oppose', 'ukraine military.demobilization oppose'],
  },
  // Cutting a country off from arms halts them; «увидеться» is to meet.
  { text: 'Москва хоче відрізати Україну від західної зброї.', expected: ['russia military.halt-western-arms support'] },
  { text: 'Путин готов увидеться с Зеленским только в Москве.', expected: ['russia process.leaders-meeting support'] },
  // Capitals hold positions; a dash sets off the clause of a pointing word, with its own subject.
  {
    text: 'Американський план передбачав, що українські війська залишать решту Донецької області, – європейські столиці цю вимогу вважають неприйнятною.',
    expected: ['united-states territory.ukrainian-withdrawal support', 'europe territory.ukrainian-withdrawal oppose'],
  },
  // A judgement right after the pointing word says what is held of it, whatever the verb of judging before.
  {
    text: 'The US plan requires Ukraine to withdraw from Donetsk. European capitals consider this demand unacceptable.',
    expected: ['united-states territory.ukrainian-withdrawal support', 'europe territory.ukrainian-withdrawal oppose'],
  },
  // A text adopted at a meeting of a party is that party's.
  {
    text: "A declaration adopted at the Paris meeting of the coalition of the willing was published. Ukraine's army, it said, should face no limits on its size.",
    expected: ['europe military.army-cap oppose'],
  },
  // A plan's summary goes on in the conditional.
  {
    text: 'The White House has been drafting a 28-point plan. Under the draft, Kyiv would pull its forces out of Donbas. Ukraine would also commit never to join NATO.',
    expected: ['united-states territory.ukrainian-withdrawal support', 'united-states security.nato-membership oppose'],
  },
  // A sentence with a speaker of its own ends the summary.
  {
    text: 'The White House has been drafting a 28-point plan. Under the draft, Kyiv would pull its forces out of Donbas. Zelensky said Ukraine would never abandon its bid to join NATO.',
    expected: ['united-states territory.ukrainian-withdrawal support', 'ukraine security.nato-membership support'],
  },
  // A pronoun as speaker stands for the party named before.
  { text: 'Peskov spoke to reporters on Monday. He said any Western troops in Ukraine would be unacceptable.', expected: ['russia security.foreign-troops oppose'] },
  // ... but not where the sentence names a party of its own.
  { text: 'Peskov spoke to reporters on Monday. Ukraine backs a ceasefire, he said.', expected: ['ukraine process.ceasefire support'] },
  // A refusal carried by a pronoun yields to the same party's request for another form.
  {
    text: 'Zelensky said Ukraine would be ready to hold elections within 90 days if partners guarantee security for the vote. Elections are impossible under martial law, he added.',
    expected: ['ukraine process.elections support'],
  },
  // "theft" judges what it names: a refusal.
  { text: 'Moscow has called any use of its frozen assets "theft" and threatened retaliation.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'The Kremlin warned that using the frozen Russian assets for Ukraine would amount to theft.', expected: ['russia economy.frozen-assets-reconstruction oppose'] },
  { text: 'Ukrainian police said the theft of grain from occupied Kherson continued.', expected: [] },
  { text: 'The 20-point framework agreed by Ukrainian and American negotiators was published on Tuesday. The draft, which the Americans have passed on to the Russian side, provides for a peacetime army of 800,000.', expected: ['ukraine military.army-cap support', 'united-states military.army-cap support'], detail: { numbers: [800000] } },
];
