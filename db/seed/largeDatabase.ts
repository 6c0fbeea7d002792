/**
 * Generates a large, separate database of realistic stories, for search benchmarks and for trying
 * the site with a full archive:
 *
 *   npm run db:generate-large -- --articles 100000 [--out db/data/large.sqlite]
 *
 * The file is created afresh (any old one is deleted) with the real migrations, the demo
 * categories, authors and tag vocabulary, and N published stories composed from word lists and
 * sentence templates. The same N gives the same stories: the randomness has a fixed seed, and
 * publication times are spread over the five years before today (UTC midnight).
 */
import { rmSync, statSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { serializeArticleBody, type ArticleBlock } from '../../lib/articleBody';
import { openDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { optimizeSearchIndex, withSearchIndexRebuiltAfter } from '../search';
import { SEED_ARTICLES } from './articles/index';
import { SEED_AUTHORS } from './authors';
import { SEED_CATEGORIES } from './categories';
import { slugify, storySlugFrom } from '../../lib/slugify';
import type { AuthorSlug, CategorySlug, SeedArticle } from './types';
import { SeededRandom } from '../../lib/seededRandom';

export const DEFAULT_LARGE_DATABASE_PATH = 'db/data/large.sqlite';
export const DEFAULT_ARTICLE_COUNT = 100_000;
const RANDOM_SEED = 20_250_503;
const ARCHIVE_YEARS = 5;
const DAY_MS = 86_400_000;
/** The demo illustrations are drawn at these sizes (see scripts/generate-images.ts). */
const IMAGE_WIDTH = 1600;
const IMAGE_HEIGHT = 900;
/** Rows per progress-bar step. */
const PROGRESS_STEP = 1000;

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------


// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

interface Person {
  name: string;
  role: string;
}

const INDIAN_LEADERS: readonly Person[] = [
  { name: 'Narendra Modi', role: 'Prime Minister' },
  { name: 'S. Jaishankar', role: 'External Affairs Minister' },
  { name: 'Rajnath Singh', role: 'Defence Minister' },
  { name: 'Nirmala Sitharaman', role: 'Finance Minister' },
  { name: 'Piyush Goyal', role: 'Commerce Minister' },
  { name: 'Ajit Doval', role: 'National Security Adviser' },
  { name: 'Ashwini Vaishnaw', role: 'Electronics and IT Minister' },
  { name: 'Hardeep Singh Puri', role: 'Petroleum Minister' },
  { name: 'Vikram Misri', role: 'Foreign Secretary' },
  { name: 'Sanjay Malhotra', role: 'RBI Governor' },
  { name: 'Anil Chauhan', role: 'Chief of Defence Staff' },
  { name: 'Upendra Dwivedi', role: 'Army chief General' },
  { name: 'V. Narayanan', role: 'ISRO chairman' },
];

const RUSSIAN_LEADERS: readonly Person[] = [
  { name: 'Vladimir Putin', role: 'Russian President' },
  { name: 'Sergei Lavrov', role: 'Russian Foreign Minister' },
  { name: 'Dmitry Peskov', role: 'Kremlin spokesman' },
  { name: 'Denis Manturov', role: 'Russian First Deputy Prime Minister' },
  { name: 'Alexander Novak', role: 'Russian Deputy Prime Minister' },
  { name: 'Denis Alipov', role: 'Russian Ambassador to India' },
  { name: 'Andrei Belousov', role: 'Russian Defence Minister' },
];

const WORLD_LEADERS: readonly Person[] = [
  { name: 'Antonio Guterres', role: 'UN Secretary-General' },
  { name: 'Donald Trump', role: 'US President' },
  { name: 'Marco Rubio', role: 'US Secretary of State' },
  { name: 'Xi Jinping', role: 'Chinese President' },
  { name: 'Wang Yi', role: 'Chinese Foreign Minister' },
  { name: 'Shehbaz Sharif', role: 'Pakistani Prime Minister' },
  { name: 'Ishaq Dar', role: 'Pakistani Foreign Minister' },
  { name: 'Ursula von der Leyen', role: 'European Commission President' },
  { name: 'Volodymyr Zelenskyy', role: 'Ukrainian President' },
  { name: 'Anura Kumara Dissanayake', role: 'Sri Lankan President' },
  { name: 'Kristalina Georgieva', role: 'IMF Managing Director' },
];

const INDIAN_CITIES = [
  'New Delhi', 'Mumbai', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Ahmedabad', 'Pune',
  'Visakhapatnam', 'Kochi', 'Srinagar', 'Jammu', 'Guwahati', 'Lucknow', 'Jaipur', 'Chandigarh',
] as const;

const RUSSIAN_CITIES = ['Moscow', 'St Petersburg', 'Kazan', 'Sochi', 'Novosibirsk', 'Yekaterinburg'] as const;

const WORLD_CITIES = [
  'Washington', 'Beijing', 'Brussels', 'London', 'Geneva', 'New York', 'Dubai', 'Riyadh', 'Tehran',
  'Islamabad', 'Dhaka', 'Colombo', 'Kathmandu', 'Kabul', 'Tashkent', 'Astana', 'Tokyo', 'Singapore',
  'Jakarta', 'Berlin', 'Paris', 'Kyiv', 'Ankara', 'Cairo', 'Nairobi', 'Brasília', 'São Paulo',
  'Bogotá', 'Kraków', 'Gdańsk',
] as const;

/** Places a reader might look up that turn up only now and then. */
const RARE_PLACES = [
  'Tawang', 'Vladivostok', 'Chabahar', 'Kudankulam', 'Murmansk', 'Arkhangelsk', 'Siachen',
  'Lakshadweep', 'Galwan', 'Doklam', 'Zaporizhzhia', 'Sevastopol', 'Hambantota', 'Gwadar',
] as const;

const PARTNERS = [
  'Russia', 'the United States', 'China', 'Japan', 'France', 'Germany', 'the United Kingdom',
  'the European Union', 'Saudi Arabia', 'the United Arab Emirates', 'Iran', 'Australia',
  'Sri Lanka', 'Bangladesh', 'Nepal', 'Kazakhstan', 'Uzbekistan', 'Brazil', 'South Africa',
] as const;

const THINK_TANKS = [
  'the Observer Research Foundation', 'the Carnegie Endowment', 'the Valdai Discussion Club',
  'the Institute for Defence Studies and Analyses', 'the Centre for Policy Research',
  'the Gateway House think tank', 'the Russian International Affairs Council', 'Chatham House',
] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;
const ADJECTIVES = [
  'constructive', 'frank', 'difficult', 'productive', 'cautious', 'substantive', 'tense', 'cordial',
  'inconclusive', 'encouraging',
] as const;
const OUTCOMES = [
  'a framework agreement before the end of the year', 'a joint statement at the next summit',
  'a phased roll-out over the coming months', 'a formal review by a parliamentary committee',
  'a second round of talks within weeks', 'fresh guidelines from the finance ministry',
] as const;
const CAVEATS = [
  'much depends on the financing', 'the timetable could slip', 'several details remain unresolved',
  'the final text has yet to be agreed', 'sanctions complicate every payment',
  'domestic politics may slow the process', 'the costs are still being worked out',
] as const;
const REASONS = [
  'a long-standing preference for strategic autonomy', 'pressure to diversify suppliers',
  'the need to secure affordable energy', 'concern over supply chains exposed by the pandemic',
  'a wish to keep every major power engaged', 'the weight of domestic public opinion',
  'a shift in regional security calculations',
] as const;
const AGENCIES = ['PTI', 'Reuters', 'IndianDefenseNews', 'Eurasia Wire', 'ANI', 'TASS', 'IANS'] as const;

const PEOPLE = new Map([...INDIAN_LEADERS, ...RUSSIAN_LEADERS, ...WORLD_LEADERS].map((person) => [person.name, person]));

function people(...names: string[]): Person[] {
  return names.map((name) => {
    const person = PEOPLE.get(name);
    if (!person) throw new Error(`No one called ${name} in the word lists`);
    return person;
  });
}

interface Topic {
  category: CategorySlug;
  /** A noun phrase in running text, e.g. "crude oil imports". */
  subject: string;
  /** Tags from the demo vocabulary; an article takes some of them. */
  tags: readonly string[];
  /** People who speak on the subject. */
  speakers: readonly Person[];
  /** Sentences only this subject produces. */
  facts: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    category: 'india-russia',
    subject: 'Russian crude oil imports',
    tags: ['Russia', 'Oil', 'Energy', 'Sanctions', 'Trade'],
    speakers: people('Hardeep Singh Puri', 'Alexander Novak', 'S. Jaishankar'),
    facts: [
      'Russian barrels have accounted for well over a third of India’s crude purchases, up from a negligible share before 2022.',
      'Discounts on Urals crude have narrowed but still offer refiners savings over comparable Middle Eastern grades.',
      'Refiners in {city} said cargoes bought within the Western price cap could still be handled by Indian banks.',
      'Tanker tracking data showed shipments from Novorossiysk and Primorsk holding steady through {month}.',
    ],
  },
  {
    category: 'india-russia',
    subject: 'rupee-rouble trade settlement',
    tags: ['Rupee-rouble trade', 'Trade', 'Russia', 'Sanctions', 'RBI'],
    speakers: people('Piyush Goyal', 'Denis Manturov', 'Sanjay Malhotra'),
    facts: [
      'Russian exporters hold more rupees than they can readily invest or spend in India, bankers say.',
      'The Special Rupee Vostro Account framework lets foreign banks settle trade in the Indian currency.',
      'Both governments have set a target of lifting bilateral trade to $100 billion by 2030.',
      'Payments are increasingly routed through UAE dirhams and other currencies via intermediaries.',
    ],
  },
  {
    category: 'india-russia',
    subject: 'the S-400 and defence supply pipeline',
    tags: ['S-400', 'Russia', 'Air Force', 'Sanctions', 'BrahMos'],
    speakers: people('Rajnath Singh', 'Andrei Belousov', 'Denis Alipov'),
    facts: [
      'The remaining S-400 squadrons are expected to be delivered once Russian production lines clear their backlog.',
      'BrahMos, developed jointly with Russia, has become the flagship of India’s defence export drive.',
      'Spare parts for Russian-built fighters have been a recurring concern for Air Force planners.',
      'Engineers from Rosoboronexport visited {city} to review maintenance schedules.',
    ],
  },
  {
    category: 'india-russia',
    subject: 'the International North-South Transport Corridor',
    tags: ['Central Asia', 'Trade', 'Russia', 'Sanctions'],
    speakers: people('S. Jaishankar', 'Sergei Lavrov', 'Denis Manturov'),
    facts: [
      'The corridor links Mumbai with St Petersburg through Iran and the Caspian Sea, cutting transit times by up to 40 per cent.',
      'Freight forwarders in {city} reported a rise in container bookings on the western route.',
      'A missing rail link between Rasht and Astara remains the corridor’s most important gap.',
      'Shippers say the route could make Russian fertiliser and timber cheaper for Indian buyers.',
    ],
  },
  {
    category: 'defence',
    subject: 'security along the Line of Control',
    tags: ['Line of Control', 'Pakistan', 'Kashmir', 'Terrorism', 'Pahalgam attack'],
    speakers: people('Upendra Dwivedi', 'Rajnath Singh', 'Ajit Doval'),
    facts: [
      'Troops along the Line of Control have been on heightened alert, with small-arms fire reported across several sectors.',
      'Army officials in {city} said infiltration attempts had been foiled near the Kupwara sector.',
      'Security across the Kashmir valley has been tightened and tourist traffic has fallen sharply.',
      'Counter-terrorism operations continued in the forests of Kishtwar and Rajouri.',
    ],
  },
  {
    category: 'defence',
    subject: 'naval deployments in the Indian Ocean',
    tags: ['Navy', 'Indian Ocean', 'China', 'United States'],
    speakers: people('Rajnath Singh', 'Anil Chauhan', 'Marco Rubio'),
    facts: [
      'Indian warships have been deployed from the Gulf of Aden to the Malacca Strait.',
      'The Navy commissioned a new stealth frigate at {city}, the latest of its Project 17A class.',
      'Chinese research vessels have been tracked operating close to the Andaman and Nicobar Islands.',
      'Joint exercises with partner navies have grown in scale and frequency over the past five years.',
    ],
  },
  {
    category: 'defence',
    subject: 'fighter jet and engine procurement',
    tags: ['Air Force', 'Tejas', 'United States', 'Russia'],
    speakers: people('Rajnath Singh', 'Anil Chauhan', 'Denis Manturov'),
    facts: [
      'Delays in engine deliveries have slowed the induction of the Tejas Mk1A light combat aircraft.',
      'The Air Force is operating well below its sanctioned strength of 42 fighter squadrons.',
      'Hindustan Aeronautics Limited said its second assembly line at {city} was ready for production.',
      'Talks on co-producing jet engines have centred on the transfer of critical technology.',
    ],
  },
  {
    category: 'defence',
    subject: 'theatre commands and military reform',
    tags: ['Theatre commands', 'Border infrastructure', 'China', 'Narendra Modi'],
    speakers: people('Anil Chauhan', 'Rajnath Singh', 'Narendra Modi'),
    facts: [
      'Theatre commands would bring the Army, Navy and Air Force under unified operational control.',
      'New roads, tunnels and bridges along the northern border are being built at a record pace.',
      'Officials said a draft plan for integrated commands had been circulated to the services.',
      'The reform is the most far-reaching change to the armed forces since independence.',
    ],
  },
  {
    category: 'diplomacy',
    subject: 'the BRICS and SCO agenda',
    tags: ['BRICS', 'SCO', 'China', 'Russia', 'Trade'],
    speakers: people('S. Jaishankar', 'Sergei Lavrov', 'Wang Yi', 'Xi Jinping'),
    facts: [
      'India has resisted proposals for a common BRICS currency while backing trade in national currencies.',
      'The Shanghai Cooperation Organisation brings together Russia, China, India and the Central Asian states.',
      'Diplomats said the summit declaration had been negotiated line by line late into the night.',
      'New Delhi has pushed for counter-terrorism language to be included in every joint statement.',
    ],
  },
  {
    category: 'diplomacy',
    subject: 'relations with Pakistan',
    tags: ['Pakistan', 'Indus Waters Treaty', 'Terrorism', 'Kashmir', 'United Nations'],
    speakers: people('S. Jaishankar', 'Vikram Misri', 'Shehbaz Sharif', 'Ishaq Dar'),
    facts: [
      'India has held the Indus Waters Treaty in abeyance, saying Pakistan must first act against terror groups.',
      'The Attari-Wagah border crossing remains closed to most traffic.',
      'Both countries have expelled each other’s military advisers from their high commissions.',
      'New Delhi has rejected any third-party mediation and insists that talks must be bilateral.',
    ],
  },
  {
    category: 'diplomacy',
    subject: 'the Gulf and West Asia',
    tags: ['Gulf', 'Energy', 'Trade', 'Oil'],
    speakers: people('Narendra Modi', 'S. Jaishankar', 'Piyush Goyal'),
    facts: [
      'Around nine million Indians live and work in the Gulf states, sending home a large share of the country’s remittances.',
      'The India-Middle East-Europe Economic Corridor was announced at the G20 summit in New Delhi.',
      'Saudi Arabia and the United Arab Emirates are among India’s largest suppliers of crude and gas.',
      'Officials said an investment treaty with {partner} was close to being finalised.',
    ],
  },
  {
    category: 'diplomacy',
    subject: 'ties with India’s neighbours',
    tags: ['Sri Lanka', 'Bangladesh', 'Indian Ocean', 'China', 'Narendra Modi'],
    speakers: people('Narendra Modi', 'Vikram Misri', 'Anura Kumara Dissanayake'),
    facts: [
      'India signed its first defence cooperation memorandum with Sri Lanka during the Prime Minister’s visit to Colombo.',
      'The transshipment facility for Bangladeshi exports through Indian ports has been withdrawn.',
      'The Neighbourhood First policy has been tested by China’s growing lending across South Asia.',
      'Power trade agreements with Nepal and Bhutan have expanded cross-border electricity sales.',
    ],
  },
  {
    category: 'world',
    subject: 'the war in Ukraine',
    tags: ['Ukraine war', 'Russia', 'United States', 'Vladimir Putin', 'Sanctions'],
    speakers: people('Vladimir Putin', 'Volodymyr Zelenskyy', 'Donald Trump', 'Dmitry Peskov'),
    facts: [
      'Talks on a ceasefire have stalled over territory and security guarantees.',
      'Drone strikes on energy infrastructure have intensified on both sides of the front line.',
      'India has called for dialogue and diplomacy while declining to join Western sanctions.',
      'A minerals agreement between Washington and Kyiv was signed after weeks of negotiation.',
    ],
  },
  {
    category: 'world',
    subject: 'shipping through the Red Sea',
    tags: ['Gulf', 'Trade', 'Oil', 'United States'],
    speakers: people('Piyush Goyal', 'Donald Trump', 'Hardeep Singh Puri'),
    facts: [
      'Container lines have diverted vessels around the Cape of Good Hope, adding up to two weeks to voyages.',
      'Freight rates between Indian ports and northern Europe remain well above their earlier levels.',
      'Exporters of rice, textiles and engineering goods say higher costs are eroding their margins.',
      'Insurers have raised war-risk premiums for ships calling at ports near the Bab el-Mandeb strait.',
    ],
  },
  {
    category: 'world',
    subject: 'the United Nations and global institutions',
    tags: ['United Nations', 'Terrorism', 'Climate', 'Afghanistan'],
    speakers: people('Antonio Guterres', 'S. Jaishankar', 'Kristalina Georgieva'),
    facts: [
      'India has long argued for a permanent seat on a reformed UN Security Council.',
      'The Security Council issued a press statement after several days of negotiation over its wording.',
      'Aid agencies warned that funding shortfalls were forcing cuts to food rations in Afghanistan.',
      'A new climate finance goal was agreed after talks ran well past their scheduled close.',
    ],
  },
  {
    category: 'world',
    subject: 'the monsoon and extreme weather',
    tags: ['Monsoon', 'Climate', 'Bangladesh'],
    speakers: people('Nirmala Sitharaman', 'Narendra Modi'),
    facts: [
      'The India Meteorological Department has forecast above-normal rainfall for the season.',
      'Early heatwaves pushed temperatures past 45 degrees Celsius across the northern plains.',
      'Reservoir levels in {city} were reported to be below their ten-year average.',
      'Farmers have been advised to delay sowing until the monsoon sets in firmly.',
    ],
  },
  {
    category: 'economy',
    subject: 'interest rates and inflation',
    tags: ['RBI', 'Inflation', 'Rupee'],
    speakers: people('Sanjay Malhotra', 'Nirmala Sitharaman'),
    facts: [
      'The Reserve Bank of India’s Monetary Policy Committee cut the repo rate by 25 basis points.',
      'Consumer price inflation eased as vegetable and pulse prices fell.',
      'Bond yields dropped after the central bank shifted its stance to accommodative.',
      'Economists at banks in {city} expect one more cut before the end of the financial year.',
    ],
  },
  {
    category: 'economy',
    subject: 'trade talks and tariffs',
    tags: ['Trade', 'United States', 'European Union', 'Sanctions'],
    speakers: people('Piyush Goyal', 'Donald Trump', 'Ursula von der Leyen'),
    facts: [
      'Negotiators are working towards the first tranche of a bilateral trade agreement.',
      'Tariffs on cars, wine and carbon-intensive goods remain the hardest issues in the talks.',
      'Exporters of gems, jewellery and textiles are among the most exposed to higher US duties.',
      'Officials said a deal with {partner} could be signed before the end of {month}.',
    ],
  },
  {
    category: 'economy',
    subject: 'remittances and the rupee',
    tags: ['Remittances', 'Rupee', 'Gulf', 'RBI'],
    speakers: people('Sanjay Malhotra', 'Nirmala Sitharaman'),
    facts: [
      'India remains the world’s largest recipient of remittances, with inflows above $120 billion a year.',
      'The rupee ended the month stronger as foreign portfolio investors returned to Indian equities.',
      'The share of remittances from advanced economies has grown while the Gulf’s has slipped.',
      'Foreign exchange reserves rose to their highest level in several months.',
    ],
  },
  {
    category: 'economy',
    subject: 'energy prices and fuel supply',
    tags: ['Energy', 'Oil', 'Gulf', 'Russia', 'Inflation'],
    speakers: people('Hardeep Singh Puri', 'Nirmala Sitharaman', 'Alexander Novak'),
    facts: [
      'State-run fuel retailers have kept petrol and diesel prices unchanged for several months.',
      'Imports of liquefied natural gas rose as new regasification capacity came online.',
      'Refining margins improved on strong demand for diesel in Europe and Africa.',
      'The government is building strategic petroleum reserves in caverns near {city}.',
    ],
  },
  {
    category: 'technology',
    subject: 'space missions and ISRO',
    tags: ['Space', 'ISRO', 'SpaDeX', 'Russia'],
    speakers: people('V. Narayanan', 'Narendra Modi'),
    facts: [
      'ISRO docked two SpaDeX satellites in orbit, a key step towards a future Indian space station.',
      'Gaganyaan astronauts have trained in Russia and at a new facility in Bengaluru.',
      'An uncrewed test flight is planned before astronauts fly on the Gaganyaan spacecraft.',
      'Private launch companies have begun testing small rockets from Sriharikota.',
    ],
  },
  {
    category: 'technology',
    subject: 'semiconductor manufacturing',
    tags: ['Semiconductors', 'United States', 'Trade', 'China'],
    speakers: people('Ashwini Vaishnaw', 'Donald Trump'),
    facts: [
      'The first chips from an Indian assembly and test plant are expected within months.',
      'Incentives under the India Semiconductor Mission cover up to half of a project’s cost.',
      'A fabrication plant being built in Dholera is the country’s most ambitious chip project.',
      'Companies in {city} are hiring chip designers at a record pace.',
    ],
  },
  {
    category: 'technology',
    subject: 'digital payments and UPI',
    tags: ['UPI', 'Digital payments', 'Gulf', 'RBI'],
    speakers: people('Ashwini Vaishnaw', 'Sanjay Malhotra'),
    facts: [
      'The Unified Payments Interface handles more than 18 billion transactions a month.',
      'UPI can now be used by travellers in the United Arab Emirates, Singapore, France and Sri Lanka.',
      'Outages at large banks have raised questions about the reliability of the system at peak times.',
      'Payment apps in {city} have begun offering small loans on top of UPI.',
    ],
  },
  {
    category: 'technology',
    subject: 'telecoms, 5G and artificial intelligence',
    tags: ['Telecom', '5G', 'Artificial intelligence', 'Undersea cables'],
    speakers: people('Ashwini Vaishnaw', 'Narendra Modi'),
    facts: [
      'Operators have extended 5G coverage to nearly every district in the country.',
      'The IndiaAI Mission has built a shared pool of more than 18,000 GPUs for start-ups and researchers.',
      'New undersea cables landing at {city} will add capacity and resilience to the internet backbone.',
      'A home-grown large language model is being trained on Indian languages.',
    ],
  },
];

// Templates fill `{slot}`s from the story's context; sentences are common to every topic.
const SENTENCES = [
  '{speaker} said on {weekday} that India would press ahead with {subject}, adding that talks with officials from {partner} had been {adjective}.',
  'Officials in {city} described the discussions on {subject} as {adjective}, though they cautioned that {caveat}.',
  'The decision reflects {reason}, according to analysts at {thinkTank}.',
  '“We are looking at {outcome},” a senior official in {city} said, speaking on condition of anonymity.',
  'According to people familiar with the matter, {outcome} is now the most likely result.',
  'Trade between India and {partner} rose {percent} per cent in the last financial year to about ${number} billion.',
  'The issue is expected to come up when {speakerSurname} meets counterparts from {partner} in {worldCity} in {month}.',
  'Opposition leaders in Parliament demanded a full statement on {subject}.',
  'Markets in Mumbai reacted calmly, with the benchmark indices closing {percent} per cent higher.',
  'A spokesperson for the Ministry of External Affairs said India’s position on {subject} had not changed.',
  'Russian officials in {russianCity} said Moscow valued its partnership with New Delhi and would keep working on {subject}.',
  'Diplomats in {worldCity} said the developments were being watched closely across the region.',
  'The government has set aside ₹{number},000 crore for the programme over the next five years.',
  'Industry groups welcomed the move but said {caveat}.',
  'Critics argue that the approach to {subject} has been too slow, and that {caveat}.',
  'Since {year}, India has steadily widened its engagement on {subject}.',
  'A joint working group is due to meet in {city} in {month} to take the work forward.',
  'Officials stressed that the plans were at an early stage and that {caveat}.',
  'The {speakerRole} is expected to brief the Cabinet on {subject} later this week.',
  'For {partner}, the stakes are equally high, analysts at {thinkTank} noted.',
  'Data released on {weekday} showed a {percent} per cent change compared with the same period last year.',
  'Some {number} delegates from {partner} attended the meeting in {city}.',
  'Previous rounds of talks on {subject} ended without agreement in {year}.',
  'Observers said the next few weeks would show whether momentum on {subject} could be sustained.',
] as const;

const HEADLINES = [
  '{speakerSurname} Signals Fresh Push on {Subject}',
  '{Subject}: What the Latest Talks in {city} Mean for India',
  'India and {partner} Agree Next Steps on {Subject}',
  'Questions Grow Over {Subject} as Deadline Nears',
  '{speakerSurname} Defends Government’s Approach to {Subject}',
  'New Delhi Weighs Options on {Subject} After {worldCity} Meeting',
  'What Is at Stake in {Subject}',
  'Officials Upbeat on {Subject} Despite {Caveat}',
  '{Subject} Back in Focus as {partner} Steps Up Engagement',
  'Inside the Talks on {Subject}',
] as const;

const STANDFIRSTS = [
  '{speaker} says progress on {subject} is steady, but officials admit {caveat}.',
  'Talks in {city} have raised hopes of {outcome}, though {caveat}.',
  'India’s approach to {subject} reflects {reason}, analysts say, as {partner} watches closely.',
  'The government is betting on {outcome}; the opposition says {caveat}.',
] as const;

const QUOTES = [
  'We will not compromise on our national interest, and we will keep every channel of dialogue open.',
  'This is a partnership that has stood the test of time, and it will continue to grow.',
  'The numbers speak for themselves: we have never seen this level of engagement before.',
  'There is still a lot of work to do, but the direction is clear.',
] as const;

/** Asides that bring in the rarely mentioned places. */
const RARE_ASIDES = [
  'The delegation later travelled to {rarePlace}, where local officials briefed it on the project.',
  'A similar arrangement was tried at {rarePlace} several years ago, with mixed results.',
] as const;

const HEADINGS = ['What happens next', 'The background', 'Why it matters', 'The view from Moscow', 'The numbers'] as const;

// ---------------------------------------------------------------------------
// Composition
// ---------------------------------------------------------------------------

type Template = readonly string[];

/** Splits a template into literal text (even indexes) and slot names (odd indexes) once. */
function compile(template: string): Template {
  return template.split(/\{(\w+)\}/);
}

const COMPILED = {
  sentences: SENTENCES.map(compile),
  headlines: HEADLINES.map(compile),
  standfirsts: STANDFIRSTS.map(compile),
  rareAsides: RARE_ASIDES.map(compile),
  facts: new Map(TOPICS.map((topic) => [topic, topic.facts.map(compile)])),
};

type Slots = Record<string, string>;

function fill(template: Template, slots: Slots): string {
  let text = '';
  for (let index = 0; index < template.length; index += 1) {
    const part = template[index] ?? '';
    if (index % 2 === 0) text += part;
    else {
      const value = slots[part];
      if (value === undefined) throw new Error(`Template slot {${part}} has no value`);
      text += value;
    }
  }
  return text;
}

const MINOR_WORDS = new Set(['a', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/** Headline capitals: every word but the minor ones, and the first word always. */
function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, index) =>
      index > 0 && MINOR_WORDS.has(word) ? word : word.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => dash + letter.toUpperCase()),
    )
    .join(' ');
}

function surname(person: Person): string {
  return person.name.split(' ').at(-1) ?? person.name;
}

const AUTHORS_BY_CATEGORY: Record<CategorySlug, readonly AuthorSlug[]> = {
  'india-russia': ['elena-sokolova', 'news-desk', 'vikram-sethi'],
  defence: ['vikram-sethi', 'news-desk'],
  diplomacy: ['ananya-rao', 'rohan-iyer', 'news-desk'],
  world: ['rohan-iyer', 'elena-sokolova', 'news-desk'],
  economy: ['meera-kulkarni', 'news-desk'],
  technology: ['arjun-menon', 'news-desk'],
};

interface GeneratedArticle {
  slug: string;
  headline: string;
  standfirst: string;
  body: ArticleBlock[];
  category: CategorySlug;
  author: AuthorSlug;
  tags: string[];
  image: SeedArticle;
  sourceName: string | null;
  disclaimer: string | null;
}

class StoryWriter {
  private readonly random = new SeededRandom(RANDOM_SEED);
  private readonly imagesByCategory = new Map<CategorySlug, SeedArticle[]>();

  constructor(private readonly tagVocabulary: ReadonlySet<string>) {
    for (const article of SEED_ARTICLES) {
      const list = this.imagesByCategory.get(article.category) ?? [];
      list.push(article);
      this.imagesByCategory.set(article.category, list);
    }
    for (const topic of TOPICS) {
      for (const tag of topic.tags) {
        if (!tagVocabulary.has(tag)) throw new Error(`Topic tag "${tag}" is not in the demo tag vocabulary`);
      }
    }
  }

  write(sequence: number): GeneratedArticle {
    const random = this.random;
    const topic = random.pick(TOPICS);
    const speaker = random.pick(topic.speakers);
    const subject = topic.subject;
    const slots: Slots = {
      speaker: `${speaker.role} ${speaker.name}`,
      speakerSurname: surname(speaker),
      speakerRole: speaker.role,
      subject,
      // Headlines drop the article: "Inside the Talks on International North-South Transport Corridor".
      Subject: subject.replace(/^the /, ''),
      city: random.pick(INDIAN_CITIES),
      russianCity: random.pick(RUSSIAN_CITIES),
      worldCity: random.pick(WORLD_CITIES),
      partner: random.pick(PARTNERS),
      thinkTank: random.pick(THINK_TANKS),
      weekday: random.pick(WEEKDAYS),
      month: random.pick(MONTHS),
      adjective: random.pick(ADJECTIVES),
      outcome: random.pick(OUTCOMES),
      caveat: random.pick(CAVEATS),
      Caveat: random.pick(['funding gaps', 'delays', 'sanctions hurdles', 'doubts', 'cost worries']),
      reason: random.pick(REASONS),
      year: String(random.int(2014, 2024)),
      percent: `${random.int(1, 40)}.${random.int(0, 9)}`,
      number: String(random.int(12, 95)),
      rarePlace: random.pick(RARE_PLACES),
    };
    const headline = titleCase(fill(random.pick(COMPILED.headlines), slots));
    const standfirst = fill(random.pick(COMPILED.standfirsts), slots);
    const facts = COMPILED.facts.get(topic) ?? [];

    const body: ArticleBlock[] = [];
    const paragraphCount = random.int(5, 9);
    for (let paragraph = 0; paragraph < paragraphCount; paragraph += 1) {
      if (paragraph === 3 && random.chance(0.2)) body.push({ type: 'heading', level: 2, text: random.pick(HEADINGS) });
      const sentences: string[] = [];
      const sentenceCount = random.int(3, 5);
      for (let sentence = 0; sentence < sentenceCount; sentence += 1) {
        // Keep the slots fresh so that paragraphs do not repeat each other's figures and places.
        slots.city = random.pick(INDIAN_CITIES);
        slots.partner = random.pick(PARTNERS);
        slots.percent = `${random.int(1, 40)}.${random.int(0, 9)}`;
        slots.number = String(random.int(12, 95));
        const template = random.chance(0.3) && facts.length > 0 ? random.pick(facts) : random.pick(COMPILED.sentences);
        sentences.push(fill(template, slots));
      }
      if (random.chance(0.01)) sentences.push(fill(random.pick(COMPILED.rareAsides), slots));
      body.push({ type: 'paragraph', content: [{ type: 'text', text: sentences.join(' ') }] });
      if (paragraph === 1 && random.chance(0.15)) {
        body.push({ type: 'quote', text: random.pick(QUOTES), attribution: `${speaker.name}, ${speaker.role}` });
      }
      if (paragraph === 2 && random.chance(0.1)) {
        const items = random.sample(facts, 3).map((fact) => [{ type: 'text' as const, text: fill(fact, slots) }]);
        body.push({ type: 'list', ordered: false, items });
      }
    }

    const tagCount = random.int(2, 5);
    const tags = random.sample(topic.tags, tagCount);
    const author = random.chance(0.1)
      ? random.pick(SEED_AUTHORS).slug
      : random.pick(AUTHORS_BY_CATEGORY[topic.category]);
    const images = this.imagesByCategory.get(topic.category) ?? [...SEED_ARTICLES];
    return {
      slug: `${storySlugFrom(headline)}-${sequence.toString(36)}`,
      headline,
      standfirst,
      body,
      category: topic.category,
      author,
      tags,
      image: random.pick(images),
      sourceName: random.chance(0.3) ? random.pick(AGENCIES) : null,
      disclaimer: random.chance(0.03)
        ? 'Disclaimer: This report is based on information available at the time of writing and may be updated.'
        : null,
    };
  }
}

// ---------------------------------------------------------------------------
// The database
// ---------------------------------------------------------------------------

export interface GenerateOptions {
  articles: number;
  /** Where to write the database; any existing file there is replaced. */
  out: string;
  /** Draw a progress bar on the terminal (default: true). */
  progress?: boolean;
}

export interface GeneratedDatabase {
  file: string;
  articles: number;
  durationMs: number;
  bytes: number;
}

function idMap(rows: unknown[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && 'id' in row && 'slug' in row) {
      const { id, slug } = row;
      if (typeof id === 'number' && typeof slug === 'string') ids.set(slug, id);
    }
  }
  return ids;
}

function requireId(ids: Map<string, number>, slug: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Unknown slug ${slug}`);
  return id;
}

/** Creates a fresh database at `out` with `articles` generated stories and its search index. */
export function generateLargeDatabase({ articles: count, out, progress = true }: GenerateOptions): GeneratedDatabase {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--articles must be a positive whole number, not ${count}`);
  const startedAt = performance.now();
  const file = path.resolve(out);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });

  const { sqlite, db } = openDatabase(file);
  try {
    migrateDatabase(db);
    // A new file that is deleted on failure needs no write-ahead log or fsync while it is filled;
    // the journal stays in memory so that a failed transaction can still roll back.
    sqlite.pragma('journal_mode = MEMORY');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');

    const tagNames = new Map<string, string>();
    for (const article of SEED_ARTICLES) for (const name of article.tags) tagNames.set(slugify(name), name);
    const writer = new StoryWriter(new Set(tagNames.values()));

    const insertCategory = sqlite.prepare('INSERT INTO categories (slug, name, description, position) VALUES (?, ?, ?, ?)');
    const insertAuthor = sqlite.prepare('INSERT INTO authors (slug, name, bio) VALUES (?, ?, ?)');
    const insertTag = sqlite.prepare('INSERT INTO tags (slug, name) VALUES (?, ?)');
    const insertArticle = sqlite.prepare(`
      INSERT INTO articles (slug, headline, standfirst, body, status, published_at, updated_at, modified_at,
        category_id, author_id, image_path, image_width, image_height, image_alt, image_credit,
        source_name, source_url, disclaimer)
      VALUES (@slug, @headline, @standfirst, @body, 'published', @publishedAt, @updatedAt, @modifiedAt,
        @categoryId, @authorId, @imagePath, ${IMAGE_WIDTH}, ${IMAGE_HEIGHT}, @imageAlt, @imageCredit,
        @sourceName, NULL, @disclaimer)`);
    const insertArticleTag = sqlite.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)');

    const end = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const span = ARCHIVE_YEARS * 365 * DAY_MS;
    const timeRandom = new SeededRandom(RANDOM_SEED + 1);
    const bar = new SingleBar({
      format: 'Writing stories [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
    });

    let writtenAt = 0;
    withSearchIndexRebuiltAfter(sqlite, () => {
      SEED_CATEGORIES.forEach((category, position) =>
        insertCategory.run(category.slug, category.name, category.description, position),
      );
      for (const author of SEED_AUTHORS) insertAuthor.run(author.slug, author.name, author.bio);
      for (const [slug, name] of tagNames) insertTag.run(slug, name);
      const categoryIds = idMap(sqlite.prepare('SELECT id, slug FROM categories').all());
      const authorIds = idMap(sqlite.prepare('SELECT id, slug FROM authors').all());
      const tagIds = idMap(sqlite.prepare('SELECT id, slug FROM tags').all());

      if (progress) bar.start(count, 0);
      for (let sequence = 0; sequence < count; sequence += 1) {
        const story = writer.write(sequence + 1);
        // Evenly spread with jitter, so ids rise with publication time as they do in a newsroom.
        const publishedAt = Math.round(end - span + ((sequence + timeRandom.next()) * span) / count);
        const updatedAt = timeRandom.chance(0.05) ? publishedAt + timeRandom.int(1, 48) * 3_600_000 : null;
        const { lastInsertRowid } = insertArticle.run({
          slug: story.slug,
          headline: story.headline,
          standfirst: story.standfirst,
          body: serializeArticleBody(story.body),
          publishedAt,
          updatedAt,
          modifiedAt: updatedAt ?? publishedAt,
          categoryId: requireId(categoryIds, story.category),
          authorId: requireId(authorIds, story.author),
          imagePath: `articles/${story.image.slug}`,
          imageAlt: story.image.image.alt,
          imageCredit: story.image.image.credit,
          sourceName: story.sourceName,
          disclaimer: story.disclaimer,
        });
        for (const tag of story.tags) insertArticleTag.run(lastInsertRowid, requireId(tagIds, slugify(tag)));
        if (progress && (sequence + 1) % PROGRESS_STEP === 0) bar.update(sequence + 1);
      }
      if (progress) {
        bar.update(count);
        bar.stop();
        process.stderr.write('Building the search index…\n');
      }
      writtenAt = performance.now();
    });
    const indexedAt = performance.now();
    optimizeSearchIndex(sqlite);
    // Planner statistics for the new tables and indexes, as `npm start` keeps them.
    sqlite.exec('ANALYZE');
    sqlite.pragma('optimize');
    sqlite.pragma('journal_mode = WAL');
    if (progress) {
      const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
      process.stderr.write(
        `Stories ${seconds(startedAt, writtenAt)}, search index ${seconds(writtenAt, indexedAt)}, ` +
          `index merge and statistics ${seconds(indexedAt, performance.now())}.\n`,
      );
    }
  } catch (error) {
    sqlite.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  sqlite.close();
  return { file, articles: count, durationMs: performance.now() - startedAt, bytes: statSync(file).size };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
