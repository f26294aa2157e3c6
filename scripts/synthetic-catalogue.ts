// Writes a valid catalogue file (the format of CatalogueFileSchema) of any number of systems, for
// benchmarks: realistic text lengths, a spread of platform types, operators and statuses, and
// citations into a generated register. Deterministic by seed; streams, so 100,000 systems take
// seconds and little memory.
//
//   npm run catalogue:synthetic -- --systems 100000 --out .bench/catalogue-100000.json [--seed 1]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CATALOGUE_FILE_KIND,
  type Capability,
  type CatalogueEvent,
  type CatalogueFile,
  type Citation,
  type GlossaryEntry,
  type MentionedItem,
  type System,
  type Variant,
} from '../src/catalogue/schema';
import { type Source } from '../src/catalogue/register-schema';
import {
  CAPABILITY_KIND_IDS,
  INFORMATION_CREDIBILITY_IDS,
  SOURCE_RELIABILITY_IDS,
  type Acquisition,
  type CapabilityKind,
  type CapabilityStatus,
  type Operator,
} from '../src/catalogue/vocabulary';
import { seededRandom, type Random } from './seeded-random';

const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks by weight: `[['a', 3], ['b', 1]]` gives a three times in four. */
function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of table) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return (table.at(-1) as readonly [T, number])[0];
}

const chance = (random: Random, probability: number): boolean => random() < probability;

/** Sentences from the list, in random order, until the text is between min and max characters. */
function prose(random: Random, sentences: readonly string[], min: number, max: number): string {
  let text = '';
  for (let tries = 0; text.length < min && tries < 20; tries++) {
    const next = pick(random, sentences);
    if (text.includes(next)) continue;
    const longer = text === '' ? next : `${text} ${next}`;
    if (longer.length > max) continue;
    text = longer;
  }
  return text === '' ? (sentences[0] ?? 'No text.') : text;
}

type Family = {
  bases: readonly string[];
  origin: readonly string[];
  armament: readonly string[];
  ammunition: readonly string[];
  noun: string;
};

// The built-in catalogue's six platform types; the types a SIPRI register adds are left out.
type FamilyType = 'mbt' | 'sph' | 'apc' | 'helicopter' | 'rpg' | 'rifle';
const FAMILIES: Record<FamilyType, Family> = {
  mbt: {
    bases: ['T-72', 'T-62', 'T-55', 'Type 69', 'Chieftain', 'M60', 'Zulfiqar', 'Karrar', 'Safir'],
    origin: ['Soviet Union', 'China', 'United Kingdom', 'United States', 'Iran'],
    armament: ['125 mm smoothbore gun', '115 mm smoothbore gun', '100 mm rifled gun'],
    ammunition: ['Soviet 125 mm', 'Soviet 115 mm', 'Soviet 100 mm', 'NATO 105 mm'],
    noun: 'tank',
  },
  sph: {
    bases: ['M109', '2S1 Gvozdika', '2S3 Akatsiya', 'Raad', 'Hoveyzeh', 'M107', 'G6'],
    origin: ['United States', 'Soviet Union', 'Iran', 'South Africa'],
    armament: ['155 mm howitzer', '122 mm howitzer', '152 mm howitzer', '175 mm gun'],
    ammunition: ['NATO 155 mm', 'Soviet 122 mm', 'Soviet 152 mm'],
    noun: 'howitzer',
  },
  apc: {
    bases: ['M113', 'BMP-1', 'BMP-2', 'BTR-50', 'BTR-60', 'MT-LB', 'Boragh', 'Rakhsh'],
    origin: ['United States', 'Soviet Union', 'Iran'],
    armament: ['12.7 mm heavy machine gun', '73 mm low-pressure gun', '30 mm autocannon'],
    ammunition: ['12.7×99 mm (.50 BMG)', '12.7×108 mm', '30×165 mm', '73 mm PG-15V'],
    noun: 'carrier',
  },
  helicopter: {
    bases: ['Mi-17', 'Mi-8', 'Bell 214', 'Bell 206', 'CH-47 Chinook', 'Shahed 285', 'Toufan'],
    origin: ['Soviet Union', 'United States', 'Iran'],
    armament: ['No fixed gun; rocket pods on outrigger pylons', '7.62 mm door guns'],
    ammunition: ['Soviet unguided rockets (57 mm S-5, 80 mm S-8)', '7.62×51 mm NATO'],
    noun: 'helicopter',
  },
  rpg: {
    bases: ['RPG-7', 'RPG-29', 'SPG-9', 'Saegheh', 'Nader', 'Raad-T'],
    origin: ['Soviet Union', 'Iran', 'Bulgaria'],
    armament: ['40 mm launcher tube', '105 mm launcher tube', '73 mm recoilless gun'],
    ammunition: ['PG-7 family of rocket-assisted grenades', 'PG-9 family', 'PG-29 tandem'],
    noun: 'launcher',
  },
  rifle: {
    bases: ['AKM', 'AK-47', 'Type 56', 'KL-7.62', 'G3', 'Masaf', 'Tabuk', 'PKM'],
    origin: ['Soviet Union', 'China', 'Iran', 'West Germany', 'Iraq'],
    armament: ['7.62×39 mm rifle', '7.62×51 mm rifle', '5.56×45 mm rifle'],
    ammunition: ['7.62×39 mm M43', '7.62×51 mm NATO', '5.56×45 mm NATO'],
    noun: 'rifle',
  },
};

const FAMILY_TYPES = Object.keys(FAMILIES) as FamilyType[];

const PLATFORM_WEIGHTS: readonly (readonly [FamilyType, number])[] = [
  ['rifle', 24],
  ['apc', 20],
  ['mbt', 16],
  ['rpg', 15],
  ['helicopter', 13],
  ['sph', 12],
];

const IRAQI_OPERATORS: readonly (readonly [Operator, number])[] = [
  ['iraqi-army', 6],
  ['iraqi-federal-police', 2],
  ['iraqi-air-force', 1],
];
const IRANIAN_OPERATORS: readonly (readonly [Operator, number])[] = [
  ['iranian-army', 4],
  ['irgc', 3],
  ['iranian-armed-forces', 2],
  ['irgc-af', 1],
];
const ACQUISITION_WEIGHTS: readonly (readonly [Acquisition, number])[] = [
  ['in-service', 5],
  ['licence-built', 2],
  ['own-variant', 2],
];

const SUFFIXES = ['M', 'M1', 'A2', 'S', 'B', 'K', 'Mk 2', 'Mod', 'T', 'V'];
const SUMMARY_SENTENCES = [
  'Both armies field it, though in different versions and numbers.',
  'It was designed in the 1960s and has been rebuilt several times since, so few examples are alike.',
  'Iraq received its first examples in the 1970s and rebuilt its stocks after 2003.',
  'Iran keeps it in service with parts it makes at home and upgrades it in its own workshops.',
  'The sources disagree on how many are still in working order on either side of the border.',
  'Its ammunition is made in several countries, which makes it easy to keep supplied.',
  'Students often confuse it with a later model that looks the same from the outside.',
  'Photographs from 2014 onwards show it with Iraqi units fighting in the north.',
  'The export version has simpler sights and thinner armour than the one built for the home army.',
  'A licence to build it was sold abroad, and copies were made without one as well.',
];
const DETAIL_SENTENCES: Record<CapabilityStatus, readonly string[]> = {
  makes: [
    'Iran produces it in a state factory and has shown it at arms fairs.',
    'The source says Iranian plants build it and have done so for more than a decade.',
    'Production is reported by an Iranian news agency and repeated by a defence weekly.',
    'Made at home since the 1990s, with parts that fit the imported originals.',
  ],
  built: [
    'Iran built it under licence; the source does not say whether production goes on.',
    'Assembled in Iran in the 1990s, by the source; nothing is said of later years.',
  ],
  offers: [
    'Iran has offered it for export; the source does not say whether Iran makes it.',
    'An Iranian trade catalogue lists it, without saying who builds it.',
    'Supplied to allied forces in the region, according to the source.',
  ],
  experience: [
    'Iran has operated the type for decades and trains crews on it.',
    'Iranian units used it through the 1980s war and still maintain it.',
  ],
  'not-reported': [
    'The sources say nothing about this.',
    'No source mentions it; they are silent rather than negative.',
    'The entry for this system does not cover it.',
  ],
};
const OUTLETS = [
  'Defence weekly',
  'Regional news agency',
  'Arms-trade research institute',
  'Analyst blog',
  'Parliamentary report',
  'Wire service',
];
const CLAIMS = [
  'Lists the equipment both countries field and what Iran could supply for each.',
  'Reports a delivery of ammunition and spare parts across the border.',
  'Describes Iranian production lines for small arms and artillery shells.',
  'Quotes an official who denies that any deal was signed.',
  'Shows photographs of Iranian-made vehicles with Iraqi units.',
];
const GRADE_REASONS = [
  'A named outlet with editorial checks; its figures agree with other reports.',
  'A single blog without editorial checks; nothing else confirms its production claims.',
  'An official document, but it speaks for one side of the dispute.',
  'A wire report that names its sources; later reports confirmed most of it.',
];

/** The register: a few dozen sources, each with locators a citation can point at. */
export function syntheticRegister(random: Random, count = 36): Source[] {
  return Array.from({ length: count }, (_, i): Source => {
    const number = String(i).padStart(3, '0');
    const hex = Array.from({ length: 16 }, () => between(random, 0, 15).toString(16)).join('');
    const year = between(random, 2003, 2024);
    const month = String(between(random, 1, 12)).padStart(2, '0');
    const locatorCount = between(random, 6, 18);
    const paragraphs = new Set<number>();
    while (paragraphs.size < locatorCount) paragraphs.add(between(random, 1, 60));
    return {
      id: `S${number}`,
      file: `${number}_${hex}.txt`,
      title: `${pick(random, OUTLETS)} report on arms links between Iraq and Iran, ${year}`,
      outlet: pick(random, OUTLETS),
      ...(chance(random, 0.5) ? { author: `Author ${i + 1}` } : {}),
      published: { date: `${year}-${month}`, precision: 'month', basis: 'stated' },
      summary: prose(random, CLAIMS, 150, 300),
      grade: {
        reliability: pick(random, SOURCE_RELIABILITY_IDS.slice(0, 4)),
        credibility: pick(random, INFORMATION_CREDIBILITY_IDS.slice(0, 4)),
        reason: pick(random, GRADE_REASONS),
      },
      locators: [...paragraphs].map((paragraph) => ({
        id: `para-${paragraph}`,
        label: `paragraph ${paragraph} (counting non-empty lines from 1)`,
        claim: pick(random, CLAIMS),
      })),
    };
  });
}

/** One to three citations of distinct passages. */
function cites(random: Random, register: readonly Source[], stated = 0.65): Citation[] {
  const count = weighted(random, [
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  const seen = new Set<string>();
  const result: Citation[] = [];
  while (result.length < count) {
    const source = pick(random, register);
    const locator = pick(random, source.locators).id;
    const key = `${source.id} ${locator}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({
      source: source.id,
      locator,
      confidence: chance(random, stated) ? 'stated' : 'inferred',
    });
  }
  return result;
}

function variants(
  random: Random,
  register: readonly Source[],
  systemId: string,
  base: string,
  country: 'iraq' | 'iran',
): Variant[] {
  const count = weighted(random, [
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  return Array.from({ length: count }, (_, j): Variant => {
    const operator = weighted(random, country === 'iraq' ? IRAQI_OPERATORS : IRANIAN_OPERATORS);
    const suffix = pick(random, SUFFIXES);
    const designation = /\s/.test(base + suffix) ? `${base} ${suffix}` : `${base}${suffix}`;
    return {
      id: `${systemId}-${country === 'iraq' ? 'iq' : 'ir'}-${j + 1}`,
      designation: `${designation}${chance(random, 0.3) ? ` (${between(random, 1970, 2020)})` : ''}`,
      operator,
      ...(country === 'iran' ? { acquisition: weighted(random, ACQUISITION_WEIGHTS) } : {}),
      ...(chance(random, 0.3)
        ? { note: 'The source does not say which sub-model or how many are in service.' }
        : {}),
      cites: cites(random, register, 0.8),
    };
  });
}

function capability(random: Random, register: readonly Source[], kind: CapabilityKind): Capability {
  const status: CapabilityStatus =
    kind === 'service-experience'
      ? weighted(random, [
          ['experience', 5],
          ['not-reported', 5],
        ])
      : weighted(random, [
          ['makes', 25],
          ['built', 5],
          ['offers', 15],
          ['not-reported', 55],
        ]);
  return {
    kind,
    status,
    detail: prose(random, DETAIL_SENTENCES[status], 40, 200),
    cites: cites(random, register),
  };
}

/** The i-th system; its id is unique in the catalogue. */
export function syntheticSystem(random: Random, register: readonly Source[], i: number): System {
  const platformType = weighted(random, PLATFORM_WEIGHTS);
  const family = FAMILIES[platformType];
  const base = pick(random, family.bases);
  const id = `${base.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i.toString(36)}`;
  const reference = (values: readonly string[]) =>
    chance(random, 0.85)
      ? { value: pick(random, values), basis: 'general-reference' as const }
      : undefined;
  const origin = reference(family.origin);
  const armament = reference(family.armament);
  const ammunitionFamily = reference(family.ammunition);
  return {
    id,
    name: `${base} ${pick(random, ['Mk', 'Block', 'Model', 'Series'])} ${between(random, 1, 999)}`,
    platformType,
    summary: prose(
      random,
      [`A ${family.noun} that Iraq and Iran both field.`, ...SUMMARY_SENTENCES],
      150,
      300,
    ),
    iraq: variants(random, register, id, base, 'iraq'),
    iran: variants(random, register, id, base, 'iran'),
    capabilities: CAPABILITY_KIND_IDS.map((kind) => capability(random, register, kind)),
    reference: {
      ...(origin ? { origin } : {}),
      ...(armament ? { armament } : {}),
      ...(ammunitionFamily ? { ammunitionFamily } : {}),
    },
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function extras(random: Random, register: readonly Source[], systems: number) {
  const mentioned = Array.from(
    { length: clamp(Math.round(systems / 100), 10, 1000) },
    (_, i): MentionedItem => ({
      id: `mentioned-${i}`,
      name: `${pick(random, FAMILIES[pick(random, FAMILY_TYPES)].bases)} (mentioned)`,
      category: pick(random, ['Ammunition', 'Drones', 'Small arms', 'Vehicles']),
      supplier: pick(random, ['Iran', 'Russia', 'China', 'United States']),
      recipient: pick(random, ['iraq', 'iran'] as const),
      context: prose(random, CLAIMS, 60, 200),
      cites: cites(random, register),
    }),
  );
  const events = Array.from(
    { length: clamp(Math.round(systems / 200), 10, 500) },
    (_, i): CatalogueEvent => ({
      id: `event-${i}`,
      date: String(between(random, 1980, 2024)),
      precision: 'year',
      parties: ['Iraq', 'Iran'],
      description: prose(random, CLAIMS, 60, 200),
      cites: cites(random, register),
    }),
  );
  const glossary = FAMILY_TYPES.map((platformType): GlossaryEntry => ({
    id: `glossary-${platformType}`,
    term: FAMILIES[platformType].noun,
    definition: `A ${FAMILIES[platformType].noun}, as the table uses the word.`,
    platformType,
  }));
  return { mentioned, events, glossary };
}

export type SyntheticOptions = { systems: number; seed?: number };

const title = (systems: number) => `Synthetic catalogue of ${systems.toLocaleString('en')} systems`;
const DESCRIPTION = 'Generated by scripts/synthetic-catalogue.ts for benchmarks; not real data.';

/** The whole file in memory: for tests and small catalogues. */
export function syntheticCatalogueFile({ systems, seed = 1 }: SyntheticOptions): CatalogueFile {
  const random = seededRandom(seed);
  const register = syntheticRegister(random);
  const list = Array.from({ length: systems }, (_, i) => syntheticSystem(random, register, i));
  return {
    kind: CATALOGUE_FILE_KIND,
    version: 1,
    title: title(systems),
    description: DESCRIPTION,
    catalogue: { version: 1, systems: list, ...extras(random, register, systems) },
    register: { version: 1, sources: register },
  };
}

/**
 * The same file as syntheticCatalogueFile, written system by system so memory stays flat.
 * The register is drawn first (citations point into it) but written last.
 */
export async function writeSyntheticCatalogue(
  path: string,
  { systems, seed = 1 }: SyntheticOptions,
): Promise<{ bytes: number }> {
  const random = seededRandom(seed);
  const register = syntheticRegister(random);
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  let buffer = '';
  const write = async (text: string, flush = false) => {
    buffer += text;
    if (buffer.length < 1 << 20 && !flush) return;
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  const head = { kind: CATALOGUE_FILE_KIND, version: 1, title: title(systems) };
  await write(`${JSON.stringify({ ...head, description: DESCRIPTION }).slice(0, -1)}`);
  await write(',"catalogue":{"version":1,"systems":[');
  for (let i = 0; i < systems; i++) {
    await write(`${i === 0 ? '' : ','}\n${JSON.stringify(syntheticSystem(random, register, i))}`);
  }
  const { mentioned, events, glossary } = extras(random, register, systems);
  await write(`\n],"mentioned":${JSON.stringify(mentioned)},"events":${JSON.stringify(events)}`);
  await write(`,"glossary":${JSON.stringify(glossary)}}`);
  await write(`,"register":${JSON.stringify({ version: 1, sources: register })}}\n`, true);
  out.end();
  await once(out, 'finish');
  return { bytes };
}

async function main() {
  const { values } = parseArgs({
    options: {
      systems: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const systems = Number(values.systems);
  const seed = Number(values.seed);
  if (!Number.isInteger(systems) || systems < 0 || !values.out || !Number.isInteger(seed)) {
    console.error('usage: npm run catalogue:synthetic -- --systems N --out FILE [--seed S]');
    process.exit(2);
  }
  const start = performance.now();
  const { bytes } = await writeSyntheticCatalogue(values.out, { systems, seed });
  console.log(
    `wrote ${systems.toLocaleString('en')} systems (${(bytes / 1e6).toFixed(1)} MB) to ` +
      `${values.out} in ${((performance.now() - start) / 1000).toFixed(1)} s (seed ${seed})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
