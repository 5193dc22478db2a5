/**
 * Synthetic outlets: the project's real outlets (data/outlets.json, which the builder resolves) plus
 * generated ones with realistic-looking names ("The Quetta Chronicle", "Mombasa 24", "herat-post.af"),
 * spread over about 40 countries with Pakistan, India, the US, the UK and Afghanistan the most common.
 * Generated names never collide (by slug) with a real outlet's name or alias, so a page written with them
 * gives the builder exactly one `unknown-outlet` anomaly per line naming one.
 */
import { slug } from '../corpus/text';
import type { OutletEntry } from '../corpus/table-schemas';
import { shuffle, WeightedPicker, type Rng } from './random';

export interface Country {
  name: string;
  /** Relative share of generated outlets. */
  weight: number;
  cities: readonly string[];
  tld: string;
}

/** 40 countries (the 21 of data/outlets.json and 19 more). Names as origins.json spells them. */
export const COUNTRIES: readonly Country[] = [
  { name: 'Pakistan', weight: 16, cities: ['Karachi', 'Lahore', 'Islamabad', 'Peshawar', 'Quetta', 'Multan', 'Faisalabad', 'Rawalpindi', 'Hyderabad', 'Sialkot', 'Gwadar', 'Bannu'], tld: 'pk' },
  { name: 'India', weight: 16, cities: ['Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Lucknow', 'Jaipur', 'Pune', 'Chandigarh', 'Srinagar', 'Patna', 'Bhopal'], tld: 'in' },
  { name: 'US', weight: 10, cities: ['Boston', 'Chicago', 'Denver', 'Houston', 'Atlanta', 'Seattle', 'Phoenix', 'Dallas', 'Portland', 'Baltimore', 'Richmond', 'Omaha'], tld: 'com' },
  { name: 'UK', weight: 6, cities: ['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Birmingham', 'Sheffield', 'Cardiff'], tld: 'co.uk' },
  { name: 'Afghanistan', weight: 6, cities: ['Kabul', 'Herat', 'Kandahar', 'Mazar', 'Jalalabad', 'Kunduz', 'Khost', 'Ghazni'], tld: 'af' },
  { name: 'Bangladesh', weight: 3, cities: ['Dhaka', 'Chittagong', 'Sylhet', 'Khulna'], tld: 'bd' },
  { name: 'UAE', weight: 3, cities: ['Dubai', 'Abu Dhabi', 'Sharjah'], tld: 'ae' },
  { name: 'Türkiye', weight: 3, cities: ['Istanbul', 'Ankara', 'Izmir', 'Bursa'], tld: 'com.tr' },
  { name: 'Iran', weight: 3, cities: ['Tehran', 'Mashhad', 'Isfahan', 'Tabriz', 'Zahedan'], tld: 'ir' },
  { name: 'Qatar', weight: 2, cities: ['Doha', 'Lusail'], tld: 'qa' },
  { name: 'Saudi Arabia', weight: 2, cities: ['Riyadh', 'Jeddah', 'Dammam'], tld: 'sa' },
  { name: 'Canada', weight: 2, cities: ['Toronto', 'Ottawa', 'Calgary', 'Halifax', 'Winnipeg'], tld: 'ca' },
  { name: 'Australia', weight: 2, cities: ['Sydney', 'Melbourne', 'Perth', 'Adelaide', 'Brisbane'], tld: 'com.au' },
  { name: 'Germany', weight: 2, cities: ['Berlin', 'Hamburg', 'Frankfurt', 'Cologne', 'Munich'], tld: 'de' },
  { name: 'France', weight: 2, cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse'], tld: 'fr' },
  { name: 'China', weight: 2, cities: ['Beijing', 'Shanghai', 'Urumqi', 'Kashgar'], tld: 'cn' },
  { name: 'Russia', weight: 2, cities: ['Moscow', 'Kazan', 'Novosibirsk', 'Samara'], tld: 'ru' },
  { name: 'Singapore', weight: 1, cities: ['Singapore'], tld: 'sg' },
  { name: 'Egypt', weight: 1, cities: ['Cairo', 'Alexandria'], tld: 'eg' },
  { name: 'Iraq', weight: 1, cities: ['Baghdad', 'Erbil', 'Basra'], tld: 'iq' },
  { name: 'Belgium', weight: 1, cities: ['Brussels', 'Antwerp', 'Ghent'], tld: 'be' },
  { name: 'Czechia', weight: 1, cities: ['Prague', 'Brno'], tld: 'cz' },
  { name: 'Ukraine', weight: 1, cities: ['Kyiv', 'Lviv', 'Odesa'], tld: 'ua' },
  { name: 'Montenegro', weight: 0.5, cities: ['Podgorica'], tld: 'me' },
  { name: 'Nepal', weight: 1, cities: ['Kathmandu', 'Pokhara'], tld: 'np' },
  { name: 'Sri Lanka', weight: 1, cities: ['Colombo', 'Kandy'], tld: 'lk' },
  { name: 'Japan', weight: 1, cities: ['Tokyo', 'Osaka'], tld: 'jp' },
  { name: 'Kazakhstan', weight: 1, cities: ['Almaty', 'Astana'], tld: 'kz' },
  { name: 'Uzbekistan', weight: 1, cities: ['Tashkent', 'Samarkand', 'Termez'], tld: 'uz' },
  { name: 'Tajikistan', weight: 1, cities: ['Dushanbe', 'Khujand'], tld: 'tj' },
  { name: 'Indonesia', weight: 1, cities: ['Jakarta', 'Surabaya', 'Bandung'], tld: 'id' },
  { name: 'Malaysia', weight: 1, cities: ['Kuala Lumpur', 'Penang'], tld: 'my' },
  { name: 'Kenya', weight: 1, cities: ['Nairobi', 'Mombasa'], tld: 'ke' },
  { name: 'Nigeria', weight: 1, cities: ['Lagos', 'Abuja', 'Kano'], tld: 'ng' },
  { name: 'South Africa', weight: 1, cities: ['Johannesburg', 'Cape Town', 'Durban'], tld: 'co.za' },
  { name: 'Italy', weight: 1, cities: ['Rome', 'Milan', 'Turin'], tld: 'it' },
  { name: 'Spain', weight: 1, cities: ['Madrid', 'Barcelona', 'Seville'], tld: 'es' },
  { name: 'Netherlands', weight: 1, cities: ['Amsterdam', 'Rotterdam', 'The Hague'], tld: 'nl' },
  { name: 'Oman', weight: 1, cities: ['Muscat', 'Salalah'], tld: 'om' },
  { name: 'Kuwait', weight: 1, cities: ['Kuwait City'], tld: 'kw' },
];

const PAPERS = [
  'Times', 'Post', 'Herald', 'Tribune', 'Chronicle', 'Observer', 'Gazette', 'Express', 'Mirror', 'Dispatch', 'Courier',
  'Star', 'Standard', 'Journal', 'Review', 'Monitor', 'Telegraph', 'Sentinel', 'Bulletin', 'Record', 'Mail', 'Leader',
];
const BROADCAST = ['Today', '24', 'News', 'Live', 'Online', 'TV', 'Radio', 'News Network', 'Wire', 'Report', 'Insider', 'Voice'];
const WORDS = [
  'Frontier', 'Eastern', 'Northern', 'Capital', 'Global', 'Asia', 'Continental', 'Mountain', 'Border', 'Crescent', 'Silk Road',
  'Horizon', 'Meridian', 'Citizen', 'Nation', 'Republic', 'Evening', 'Morning', 'Weekly', 'Metro', 'Pioneer', 'Beacon',
];
const WEB = ['news', 'post', 'times', 'daily', 'today', 'live', 'wire', 'herald', 'report', '24'];

export interface SyntheticOutlet {
  id: string;
  name: string;
  country: string;
  /** True for an outlet of data/outlets.json. */
  real: boolean;
  /** Writes its titles in Title Case. */
  titleCase: boolean;
}

function makeName(rng: Rng, c: Country): string {
  const city = rng.pick(c.cities);
  const k = rng.next();
  if (k < 0.22) return `The ${city} ${rng.pick(PAPERS)}`;
  if (k < 0.4) return `${city} ${rng.pick(PAPERS)}`;
  if (k < 0.55) return `${city} ${rng.pick(BROADCAST)}`;
  if (k < 0.65) return `${c.name === 'US' || c.name === 'UK' || c.name === 'UAE' ? city : c.name} ${rng.pick(PAPERS)}`;
  if (k < 0.75) return `Daily ${city} ${rng.pick(PAPERS)}`;
  if (k < 0.88) return `The ${rng.pick(WORDS)} ${rng.pick(PAPERS)}`;
  const host = city.toLowerCase().replace(/[^a-z]/g, '');
  return `${host}${rng.chance(0.5) ? '-' : ''}${rng.pick(WEB)}.${c.tld}`;
}

/**
 * `count` outlets in all (at least the real ones): the real outlets, then generated ones in seeded countries.
 * `taken` holds slugs that generated names must avoid (every real name and alias).
 */
export function makeOutlets(rng: Rng, count: number, real: readonly OutletEntry[], taken: ReadonlySet<string>): SyntheticOutlet[] {
  const out: SyntheticOutlet[] = real.map((o) => ({ id: o.id, name: o.name, country: o.country, real: true, titleCase: rng.chance(0.3) }));
  const used = new Set<string>([...taken, ...out.map((o) => o.id)]);
  const countryPicker = new WeightedPicker(COUNTRIES.map((c) => c.weight));
  // Every country gets at least one generated outlet, then the rest by weight.
  const queue: Country[] = shuffle([...COUNTRIES], rng);
  let attempts = 0;
  while (out.length < count) {
    const c = queue.length > 0 ? queue.pop()! : COUNTRIES[countryPicker.draw(rng)]!;
    let name = makeName(rng, c);
    let id = slug(name);
    for (let retry = 0; used.has(id) && retry < 20; retry++) {
      name = makeName(rng, c);
      id = slug(name);
    }
    if (used.has(id)) {
      if (++attempts > count * 10) throw new Error('could not name enough distinct outlets');
      continue;
    }
    used.add(id);
    out.push({ id, name, country: c.name, real: false, titleCase: rng.chance(0.25) });
  }
  return out;
}

/**
 * Popularity weights (Zipf, exponent 0.7) over a seeded ranking in which real outlets tend to rank high:
 * a few outlets carry many headlines, most carry a handful, and at 2,000 headlines most outlets appear.
 */
export function outletWeights(rng: Rng, outlets: readonly SyntheticOutlet[]): number[] {
  const keys = outlets.map((o) => rng.next() * (o.real ? 0.35 : 1));
  const order = outlets.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const weights = new Array<number>(outlets.length).fill(0);
  order.forEach((i, rank) => (weights[i] = 1 / Math.pow(rank + 1, 0.7)));
  return weights;
}
