// The closed vocabularies of the catalogue. Each table is declared once: it gives the union type,
// the schema's picklist, the filter options and the labels the UI shows.

export const PLATFORM_TYPES = {
  mbt: { label: 'Main battle tank', short: 'Tank', plural: 'tanks' },
  sph: { label: 'Self-propelled howitzer', short: 'Howitzer', plural: 'howitzers' },
  apc: { label: 'Armoured personnel carrier', short: 'APC', plural: 'APCs' },
  helicopter: { label: 'Transport helicopter', short: 'Helicopter', plural: 'helicopters' },
  rpg: { label: 'Rocket-propelled grenade launcher', short: 'RPG', plural: 'RPG launchers' },
  rifle: { label: 'Assault rifle', short: 'Rifle', plural: 'rifles' },
} as const;
export type PlatformType = keyof typeof PLATFORM_TYPES;
export const PLATFORM_TYPE_IDS = Object.keys(PLATFORM_TYPES) as PlatformType[];

export const COUNTRIES = {
  iraq: { label: 'Iraq', adjective: 'Iraqi' },
  iran: { label: 'Iran', adjective: 'Iranian' },
} as const;
export type Country = keyof typeof COUNTRIES;
export const COUNTRY_IDS = Object.keys(COUNTRIES) as Country[];

export const OPERATORS = {
  'iraqi-army': { label: 'Iraqi Army', country: 'iraq' },
  'iraqi-air-force': { label: 'Iraqi Air Force (IqAF)', country: 'iraq' },
  'iraqi-federal-police': { label: 'Iraqi Federal Police', country: 'iraq' },
  'iranian-army': { label: 'Iranian Army (Artesh)', country: 'iran' },
  'iranian-armed-forces': { label: 'Iranian armed forces (branch not named)', country: 'iran' },
  irgc: { label: 'Revolutionary Guard (IRGC)', country: 'iran' },
  'irgc-af': { label: 'Revolutionary Guard air force (IRGC-AF)', country: 'iran' },
} as const;
export type Operator = keyof typeof OPERATORS;
export const OPERATOR_IDS = Object.keys(OPERATORS) as Operator[];

export const ACQUISITIONS = {
  'licence-built': { label: 'Licence-built in Iran' },
  'own-variant': { label: 'Iran makes its own variant' },
  'in-service': { label: 'In Iranian service' },
} as const;
export type Acquisition = keyof typeof ACQUISITIONS;
export const ACQUISITION_IDS = Object.keys(ACQUISITIONS) as Acquisition[];

/** What Iran can make or supply for a system, in the order the table shows them. */
export const CAPABILITY_KINDS = {
  platform: { label: 'Platform', phrase: 'Iran makes the platform' },
  'own-variant': { label: 'Own variant', phrase: 'Iran makes its own variant' },
  ammunition: { label: 'Ammunition', phrase: 'Iran makes ammunition' },
  spares: { label: 'Spares & servicing', phrase: 'Iran makes spares or services it' },
  'adapted-weapons': { label: 'Adapted weapons', phrase: 'Iran offers adapted weapons' },
  'service-experience': { label: 'Service experience', phrase: 'Iran has service experience' },
} as const;
export type CapabilityKind = keyof typeof CAPABILITY_KINDS;
export const CAPABILITY_KIND_IDS = Object.keys(CAPABILITY_KINDS) as CapabilityKind[];

export const CAPABILITY_STATUSES = {
  reported: { label: 'Reported' },
  'not-reported': { label: 'Not reported' },
} as const;
export type CapabilityStatus = keyof typeof CAPABILITY_STATUSES;
export const CAPABILITY_STATUS_IDS = Object.keys(CAPABILITY_STATUSES) as CapabilityStatus[];

/** How firmly a cited source supports a fact. */
export const CONFIDENCES = {
  stated: { label: 'Stated', description: 'the source says this in so many words' },
  inferred: {
    label: 'Inferred',
    description: 'follows from the source, which does not say it outright',
  },
} as const;
export type Confidence = keyof typeof CONFIDENCES;
export const CONFIDENCE_IDS = Object.keys(CONFIDENCES) as Confidence[];

export const DATE_PRECISIONS = {
  day: { label: 'Day' },
  month: { label: 'Month' },
  year: { label: 'Year' },
} as const;
export type DatePrecision = keyof typeof DATE_PRECISIONS;
export const DATE_PRECISION_IDS = Object.keys(DATE_PRECISIONS) as DatePrecision[];

/** How a source's date is known (the bases of SOURCES.md). */
export const DATE_BASES = {
  stated: { label: 'stated in the text' },
  checked: { label: 'checked against other copies' },
  inferred: { label: 'inferred' },
} as const;
export type DateBasis = keyof typeof DATE_BASES;
export const DATE_BASIS_IDS = Object.keys(DATE_BASES) as DateBasis[];

/** The kinds of reference fact a system may carry; none is stated by a source. */
export const REFERENCE_FACT_KINDS = {
  origin: { label: 'Country of origin' },
  armament: { label: 'Main armament / calibre' },
  ammunitionFamily: { label: 'Ammunition family' },
} as const;
export type ReferenceFactKind = keyof typeof REFERENCE_FACT_KINDS;
export const REFERENCE_FACT_KIND_IDS = Object.keys(REFERENCE_FACT_KINDS) as ReferenceFactKind[];
