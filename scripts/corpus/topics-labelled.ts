/**
 * A labelled set for the topic rules (data/topics.json): the primary topic an editor gives every headline of
 * the seed page (data/source/000_233a2449546a15fa.txt, 80 headlines, 13–21 October 2025), decided by reading
 * each headline on its own, before and independently of tuning the rules; then headlines written for this set
 * (not from any page) that check the rules generalise beyond the seed's wording.
 *
 * Titles are the seed's titles exactly as the builder keeps them (outlet and section split off), by source line.
 * `also` lists the other topics an editor would file the headline under too (informative: only the primary
 * topic is measured).
 *
 * Labelling criteria — the primary topic is what the headline is ABOUT, its news, not every theme it touches:
 * - fighting: clashes, strikes, shelling, casualties, soldiers killed or shamed, the war breaking out or
 *   escalating, and explainers of why the two sides fight or how far it will go.
 * - ceasefire: truces and ceasefire agreements — their announcement (also by the mediator: "…, Qatar says"),
 *   a pledge to respect them, their extension, whether they hold, their violation or collapse. A ceasefire
 *   reached "after deadly clashes" or "after talks in Qatar" is ceasefire news: the clashes and the talks are
 *   the circumstance.
 * - diplomacy ("Regional diplomacy"): what governments and third parties say to and about each other short of
 *   a ceasefire — statements, warnings and threats between the two governments ("we have other options"),
 *   offers of talks and talks beginning, mediation and offers to mediate (Qatar, Turkey, Iran, Saudi Arabia,
 *   Trump "good at making peace"), appeals by third states and the UN to end the fighting, envoys summoned.
 * - humanitarian: hunger, health, aid, refugees, deportations and returns, civilians' protection as the news,
 *   rights, crackdowns, reprisals against former allies, tribunals.
 * - india-afghanistan: India's stake in Afghanistan or in its conflict with Pakistan (ties with the Taliban, the
 *   "Great Game", "why India cares"), India's shared past with Afghanistan included.
 * - history: the Durand Line and the colonial past of the border.
 * - sport: cricket and other sport, even when the fighting is the reason ("withdraws … over military strikes").
 * - other: none of these (travel, clubs, culture).
 * Hard calls, decided so: a warning between the two governments "amid ceasefire" is diplomacy (line 55); a UN
 * appeal to end hostilities "to protect civilians" is diplomacy (74); "the latest conflict Trump wants to solve"
 * is diplomacy (80) while "is Pakistan stoking border clashes … that Trump wants to solve?" is fighting (84):
 * the main clause decides; the history column on India and Afghanistan's shared past is india-afghanistan with
 * history besides (28); the two explainers of the fighting asked for Indian readers are india-afghanistan (82, 102).
 */

export type TopicId = 'fighting' | 'ceasefire' | 'diplomacy' | 'humanitarian' | 'india-afghanistan' | 'history' | 'sport' | 'other';

export interface LabelledHeadline {
  /** Source line on the seed page (absent for the written headlines). */
  line?: number;
  title: string;
  topic: TopicId;
  also?: readonly TopicId[];
}

const seed = (line: number, title: string, topic: TopicId, ...also: TopicId[]): LabelledHeadline => ({ line, title, topic, also });
const written = (title: string, topic: TopicId, ...also: TopicId[]): LabelledHeadline => ({ title, topic, also });

/** Every headline of the seed page, in page order. */
export const SEED_LABELS: readonly LabelledHeadline[] = [
  seed(27, 'Pakistan and Afghanistan agree to a ceasefire', 'ceasefire'),
  seed(28, 'HistoriCity | Revisiting the shared past of India and Afghanistan', 'india-afghanistan', 'history'),
  seed(29, 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting', 'ceasefire', 'fighting'),
  seed(30, 'Dexters Model United Nations Club Talk Education, AI and Afghanistan', 'other'),
  seed(31, 'Italy and 19 Countries in the EU, more repatriations in Afghanistan', 'humanitarian'),
  seed(32, 'What we know about Pakistan-Afghanistan ceasefire, will it hold?', 'ceasefire'),
  seed(33, 'EU Increases humanitarian funding to expand WHOs health response in Afghanistan', 'humanitarian'),
  seed(34, 'Afghanistan and Pakistan announced a cease-fire on Sunday, after the worst outbreak of violence between the neighboring countries in years. But the...', 'ceasefire', 'fighting'),
  seed(35, 'WHO: Hunger in Afghanistan Is on the Rise', 'humanitarian'),
  seed(36, 'What is Durand Line between Afghanistan and Pakistan? Why do Afghans refuse to consider it as border?', 'history'),
  seed(37, 'Pakistan and Afghanistan agree to immediate ceasefire after peace talks in Doha', 'ceasefire', 'diplomacy'),
  seed(38, 'Ceasefire agreed between Afghanistan and Pakistan after deadly clashes', 'ceasefire', 'fighting'),
  seed(39, "'Pak Attacked Afghanistan': What Trump Said On Brokering Peace", 'diplomacy', 'fighting'),
  seed(40, 'Danger tourism: Meet the travellers flocking to Taliban-controlled Afghanistan', 'other'),
  seed(41, 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting', 'ceasefire', 'fighting'),
  seed(42, 'Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says', 'ceasefire', 'diplomacy'),
  seed(43, 'Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says', 'ceasefire', 'diplomacy'),
  seed(44, 'Tensions between Pakistan and Afghanistan spike as truce is extended', 'ceasefire'),
  seed(45, 'Afghanistan, Pakistan Agree to Ceasefire Mediated by Qatar and Turkey', 'ceasefire', 'diplomacy'),
  seed(46, 'Qatar says Afghanistan and Pakistan have agreed to an immediate ceasefire', 'ceasefire', 'diplomacy'),
  seed(47, 'Pakistan and Afghanistan begin talks in Qatar, says Taliban', 'diplomacy'),
  seed(48, 'Lasting truce? Pakistan, Afghanistan agree to immediate ceasefire after Qatar talks', 'ceasefire', 'diplomacy'),
  seed(49, 'Afghanistan and Pakistan agree ceasefire after talks in Qatar', 'ceasefire', 'diplomacy'),
  seed(50, 'Future of Pakistan-Afghanistan ceasefire hinges on Kabuls ability to rein in TTP analysts', 'ceasefire', 'fighting'),
  seed(51, 'Afghanistan and Pakistan agree to immediate ceasefire on border', 'ceasefire'),
  seed(52, 'Afghanistan withdraws from Twenty20 cricket tri-series in Pakistan over military strikes', 'sport', 'fighting'),
  seed(53, 'Pakistan and Afghanistan agree to new ceasefire after more than a week of deadly clashes', 'ceasefire', 'fighting'),
  seed(54, 'Pakistan lashes out at ICC for "biased" statement in solidarity with Afghanistan', 'sport'),
  seed(55, "Afghanistan issues BIG warning to Pakistan amid ceasefire: 'Swear by god, you will not find safety even up to Indian border'", 'diplomacy', 'ceasefire'),
  seed(56, 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting', 'ceasefire', 'fighting'),
  seed(57, 'Iran says ready to help ease Pakistan-Afghanistan tensions', 'diplomacy'),
  seed(58, "'A border that refused to die': Why no one recognises the 'Durand line' between Pakistan and Afghanistan?", 'history'),
  seed(59, 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting', 'ceasefire', 'fighting'),
  seed(60, 'Border clashes erupt between Pakistan and Afghanistanagain', 'fighting'),
  seed(61, 'Why are Afghanistan and Pakistan clashing on border?', 'fighting'),
  seed(62, 'Who are the Talibros? Meet the content creators braving Afghanistan', 'other'),
  seed(63, 'How far will escalation at Pakistan-Afghanistan border go?', 'fighting'),
  seed(64, 'Why Pakistan and Afghanistan Turned on Each Other', 'fighting'),
  seed(65, 'Fighting escalates on border between Pakistan and Afghanistan', 'fighting'),
  seed(66, 'Afghanistan and Pakistan agree ceasefire after trading their deadliest fire in years. Heres what we know', 'ceasefire', 'fighting'),
  seed(67, 'Pakistan and Afghanistan agree to a temporary ceasefire after days of deadly clashes', 'ceasefire', 'fighting'),
  seed(68, 'News Wrap: Pakistan and Afghanistan agree to a 48-hour ceasefire after days of clashes', 'ceasefire', 'fighting'),
  seed(69, 'The Return of the Great Game: India and Pakistans Shadow War in Afghanistan', 'india-afghanistan', 'diplomacy'),
  seed(70, 'Afghanistan-Pakistan war: Who blinked first and ran seeking truce?', 'ceasefire', 'fighting'),
  seed(71, 'Pakistan says ready to talk to Afghanistan on our terms', 'diplomacy'),
  seed(72, 'Escalating Tensions, Fresh Clashes on the Afghanistan-Pakistan Border', 'fighting'),
  seed(73, 'Afghanistan Faces One of the Worlds Worst Hunger Crises, UN Warns', 'humanitarian', 'diplomacy'),
  seed(74, 'UN urges Pakistan and Afghanistan to end hostilities to protect civilians', 'diplomacy', 'humanitarian', 'fighting'),
  seed(75, 'Pakistan and Afghanistan agree to temporary ceasefire after deadly violence along border', 'ceasefire', 'fighting'),
  seed(76, 'How Afghanistan Taliban displayed pants of Pakistani soldiers, leaving them red-faced', 'fighting'),
  seed(77, 'Pakistan agrees to ceasefire with Afghanistan after days of bloodshed', 'ceasefire', 'fighting'),
  seed(78, 'Dozens killed, injured in new Pakistan-Afghanistan border clashes', 'fighting'),
  seed(79, 'He supported the U.S. war in Afghanistan. Now he may be deported to the Taliban.', 'humanitarian'),
  seed(80, 'Afghanistan-Pakistan Is The Latest Conflict Trump Wants To Solve. Why Has It Erupted?', 'diplomacy', 'fighting'),
  seed(81, 'Afghanistan says more than a dozen civilians killed in renewed border fighting with Pakistan', 'fighting'),
  seed(82, 'Afghanistan-Pakistan conflict and why India cares', 'india-afghanistan', 'fighting'),
  seed(83, 'Connection beyond clampdown: an update from Afghanistan', 'humanitarian'),
  seed(84, 'Is Pakistan stoking border clashes with Afghanistan that Trump wants to solve?', 'fighting', 'diplomacy'),
  seed(85, 'Pakistan and Afghanistan Engage in Border Clashes with Conflicting Claims', 'fighting'),
  seed(86, 'Over 12 civilians killed in attacks on Afghanistan by Pakistani forces', 'fighting'),
  seed(87, 'They fought with Britain and US in Afghanistan now Taliban is taking its revenge', 'humanitarian'),
  seed(88, 'Afghanistan rewrite records and thrash Bangladesh by 200 runs, become first team to...', 'sport'),
  seed(89, 'Clashes on the Afghanistan-Pakistan border: At least 15 civilians and six paramilitary members killed?', 'fighting'),
  seed(90, "'We have other options': Afghan Foreign Minister warns amid Afghanistan-Pakistan conflict", 'diplomacy', 'fighting'),
  seed(91, 'Afghanistan says it has killed 58 Pakistani soldiers in overnight border operations', 'fighting'),
  seed(92, 'Border Clash Between Afghanistan and Pakistan Threatens a Wider Conflict', 'fighting'),
  seed(93, 'Taliban Expand Ties with India, While Accusing Pakistan of Bombing Afghanistan', 'india-afghanistan', 'diplomacy', 'fighting'),
  seed(94, 'Who Are The Taliban Indicted By The Peoples Tribunal For Afghanistan?', 'humanitarian'),
  seed(95, 'War breaks out between Pakistan and Afghanistan', 'fighting'),
  seed(96, 'Fierce Fighting, High Number Of Casualties Reported Along Pakistan-Afghanistan Border', 'fighting'),
  seed(97, "Afghanistan-Pakistan conflict: Will Saudi Arabia step in? Here's what Kingdom said", 'diplomacy', 'fighting'),
  seed(98, 'Pakistan claims over 200 Taliban forces killed in deadly border clash; claims Afghanistan facilitating t', 'fighting'),
  seed(99, 'India-Afghanistan Relations: In Search Of Dominance And Legitimacy OpEd', 'india-afghanistan', 'diplomacy'),
  seed(100, 'Im good at making peace: Trump turns attention to border skirmishes between Pakistan and Afghanistan', 'diplomacy', 'fighting'),
  seed(101, 'Im Good at Solving Wars: Is Trump Now Eyeing Pakistan-Afghanistan Conflict?', 'diplomacy', 'fighting'),
  seed(102, 'Why are Pakistan and Afghanistan battling at the border? What does it mean for India?', 'india-afghanistan', 'fighting'),
  seed(103, 'Afghanistan is free now, but if Pakistan rejects peace, we have other options: Afghan FM', 'diplomacy'),
  seed(104, 'Afghanistan open to talks with Pakistan, but we have other means: Muttaqi', 'diplomacy'),
  seed(105, 'Echoes of the Durand Line: Afghanistan and Pakistan at a crossroads', 'history'),
  seed(106, 'Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting as Afghan foreign minist', 'fighting', 'diplomacy'),
];

/**
 * Headlines written for this set, in the register of the seed's outlets but not taken from any page, at least
 * two per topic, labelled by the same criteria before the rules were weighted.
 */
export const UNSEEN_LABELS: readonly LabelledHeadline[] = [
  written('Pakistani jets strike Taliban positions in Kandahar overnight', 'fighting'),
  written('Heavy shelling reported near Chaman crossing as border fighting resumes', 'fighting'),
  written('Afghan forces say they captured three Pakistani border posts', 'fighting'),
  written('Drone attack kills civilians in Paktika province, Taliban say', 'fighting', 'humanitarian'),
  written('Ceasefire between Kabul and Islamabad holds for a third day', 'ceasefire'),
  written('Taliban accuse Pakistan of violating truce with fresh air strikes', 'ceasefire', 'fighting'),
  written('Pakistan and Afghanistan extend ceasefire until talks in Istanbul', 'ceasefire', 'diplomacy'),
  written('Both sides sign peace agreement to end border war', 'ceasefire', 'fighting'),
  written('Ceasefire collapses as Pakistani strikes hit Kabul', 'ceasefire', 'fighting'),
  written('Turkey offers to host next round of Pakistan-Afghanistan negotiations', 'diplomacy'),
  written('China calls on Islamabad and Kabul to exercise restraint', 'diplomacy'),
  written('Pakistani foreign minister summons Afghan envoy over cross-border attacks', 'diplomacy', 'fighting'),
  written('Qatar and Turkey to mediate second round of Afghanistan-Pakistan talks in Istanbul', 'diplomacy'),
  written('Saudi crown prince speaks to Pakistani PM about Afghan border tensions', 'diplomacy'),
  written("Trump says he will end the Afghanistan-Pakistan war 'very quickly'", 'diplomacy', 'fighting'),
  written('UN Security Council calls for restraint on Afghanistan-Pakistan border', 'diplomacy'),
  written('Thousands of Afghan refugees forced out of Pakistan as deportations accelerate', 'humanitarian'),
  written('Border closure leaves food trucks stranded, aid groups warn', 'humanitarian'),
  written("Taliban ban on women's education enters fourth year", 'humanitarian'),
  written('Afghan refugees in Iran face mass expulsion', 'humanitarian', 'diplomacy'),
  written('India upgrades Kabul mission to full embassy as Muttaqi visits New Delhi', 'india-afghanistan', 'diplomacy'),
  written("What the Taliban's outreach to India means for Pakistan", 'india-afghanistan'),
  written('How the British drew the Durand Line in 1893', 'history'),
  written('The colonial roots of the Afghanistan-Pakistan border dispute', 'history'),
  written('Rashid Khan leads Afghanistan to victory over Sri Lanka in Sharjah ODI', 'sport'),
  written('Pakistan Cricket Board says Afghanistan series will go ahead despite tensions', 'sport'),
  written("Kabul's restaurants adapt to a new generation of diners", 'other'),
  written("Photo essay: a week in Herat's old bazaar", 'other'),
];
