// The closed vocabularies of the catalogue (platform types and operators are open: each catalogue
// declares its own). Each table is declared once: it gives the union type,
// the schema's picklist, the filter options and the labels the UI shows.

/**
 * A platform type's id and an operator's id. They are open: each catalogue declares its own, with
 * labels (schema.ts, VocabularySchema; the built-in catalogue's in built-in-vocabulary.ts).
 */
export type PlatformType = string;
export type Operator = string;

export const COUNTRIES = {
  iraq: { label: 'Iraq', adjective: 'Iraqi' },
  iran: { label: 'Iran', adjective: 'Iranian' },
} as const;
export type Country = keyof typeof COUNTRIES;
export const COUNTRY_IDS = Object.keys(COUNTRIES) as Country[];

export const ACQUISITIONS = {
  'licence-built': { label: 'Licence-built in Iran' },
  'own-variant': { label: 'Iran makes its own variant' },
  'in-service': { label: 'In Iranian service' },
} as const;
export type Acquisition = keyof typeof ACQUISITIONS;
export const ACQUISITION_IDS = Object.keys(ACQUISITIONS) as Acquisition[];

/**
 * What Iran can make or supply for a system, in the order the table shows them. The phrase says
 * only that a source reports it; whether Iran makes or offers it is the record's status.
 */
export const CAPABILITY_KINDS = {
  platform: { label: 'Platform', phrase: 'platform reported' },
  'own-variant': { label: 'Own variant', phrase: 'own variant reported' },
  ammunition: { label: 'Ammunition', phrase: 'ammunition reported' },
  spares: { label: 'Spares & servicing', phrase: 'spares or servicing reported' },
  'adapted-weapons': { label: 'Adapted weapons', phrase: 'adapted weapons reported' },
  'service-experience': { label: 'Service experience', phrase: 'service experience reported' },
} as const;
export type CapabilityKind = keyof typeof CAPABILITY_KINDS;
export const CAPABILITY_KIND_IDS = Object.keys(CAPABILITY_KINDS) as CapabilityKind[];

/**
 * What a source says of one capability: that Iran makes it, that Iran has built it (with no word
 * on whether it still does: "licence-built" has no tense), that Iran offers or supplies it (making
 * it is not stated), that Iran has experience with the system, or nothing at all.
 */
export const CAPABILITY_STATUSES = {
  makes: { label: 'Makes', reported: true, description: 'a source says Iran makes it' },
  built: {
    label: 'Has built',
    reported: true,
    description:
      'a source says Iran has built it (under licence, for one) but not that it still builds it',
  },
  offers: {
    label: 'Offers',
    reported: true,
    description: 'a source says Iran offers or supplies it; making it is not stated',
  },
  experience: {
    label: 'Has experience',
    reported: true,
    description: 'a source says Iran has long experience operating the system',
  },
  'not-reported': {
    label: 'Not reported',
    reported: false,
    description: 'no source says Iran can supply it (the sources are silent, not negative)',
  },
} as const;
export type CapabilityStatus = keyof typeof CAPABILITY_STATUSES;
export const CAPABILITY_STATUS_IDS = Object.keys(CAPABILITY_STATUSES) as CapabilityStatus[];
export const isReported = (status: CapabilityStatus): boolean =>
  CAPABILITY_STATUSES[status].reported;

/** NATO Admiralty Code: how reliable a source is, A (best) to F. */
export const SOURCE_RELIABILITIES = {
  A: { label: 'Completely reliable' },
  B: { label: 'Usually reliable' },
  C: { label: 'Fairly reliable' },
  D: { label: 'Not usually reliable' },
  E: { label: 'Unreliable' },
  F: { label: 'Reliability cannot be judged' },
} as const;
export type SourceReliability = keyof typeof SOURCE_RELIABILITIES;
export const SOURCE_RELIABILITY_IDS = Object.keys(SOURCE_RELIABILITIES) as SourceReliability[];

/** NATO Admiralty Code: how credible the information is, 1 (best) to 6. */
export const INFORMATION_CREDIBILITIES = {
  '1': { label: 'Confirmed by other sources' },
  '2': { label: 'Probably true' },
  '3': { label: 'Possibly true' },
  '4': { label: 'Doubtful' },
  '5': { label: 'Improbable' },
  '6': { label: 'Truth cannot be judged' },
} as const;
export type InformationCredibility = keyof typeof INFORMATION_CREDIBILITIES;
export const INFORMATION_CREDIBILITY_IDS = Object.keys(
  INFORMATION_CREDIBILITIES,
) as InformationCredibility[];

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

const DATE_PRECISIONS = {
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
type DateBasis = keyof typeof DATE_BASES;
export const DATE_BASIS_IDS = Object.keys(DATE_BASES) as DateBasis[];

/** The kinds of reference fact a system may carry; none is stated by a source. */
export const REFERENCE_FACT_KINDS = {
  origin: { label: 'Country of origin' },
  armament: { label: 'Main armament / calibre' },
  ammunitionFamily: { label: 'Ammunition family' },
} as const;
export type ReferenceFactKind = keyof typeof REFERENCE_FACT_KINDS;
export const REFERENCE_FACT_KIND_IDS = Object.keys(REFERENCE_FACT_KINDS) as ReferenceFactKind[];
