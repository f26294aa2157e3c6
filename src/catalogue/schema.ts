// The one definition of the data: the TypeScript types are inferred from these schemas and the
// JSON Schemas for data/ and seeds/ are generated from them (scripts/write-json-schema.ts).
import * as v from 'valibot';
import {
  ACQUISITION_IDS,
  CAPABILITY_KIND_IDS,
  CAPABILITY_STATUS_IDS,
  CONFIDENCE_IDS,
  COUNTRY_IDS,
  DATE_BASIS_IDS,
  DATE_PRECISION_IDS,
  INFORMATION_CREDIBILITY_IDS,
  SOURCE_RELIABILITY_IDS,
} from './vocabulary';

/**
 * At least one character that shows: not white space, a control, or one of the characters that
 * draw nothing (zero-width spaces and joiners, direction marks, soft hyphen, fillers, variation
 * selectors). Written as a pattern so the JSON Schema says the same (issue 24, B8 and O2).
 */
const VISIBLE_TEXT_PATTERN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- each is one invisible code point, listed on purpose
  /[^\u0000-\u0020\u007F-\u00A0\u00AD\u034F\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u2800\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]/;
const text = (what: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(VISIBLE_TEXT_PATTERN, `${what} is empty or only invisible characters`),
  );
const id = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, `${what} must be lower-case letters, digits and hyphens`),
  );
const SOURCE_ID_PATTERN = /^S\d{3}$/;
const sourceId = v.pipe(v.string(), v.regex(SOURCE_ID_PATTERN, 'a source id looks like S000'));
/** ISO date at day, month or year precision: 2014-02-24, 2014-02 or 2014. */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE_PATTERN, 'a date looks like 2014, 2014-02 or 2014-02-24'),
);

/**
 * A report one document carries from another originator: the State Department's statement a blog
 * quotes via the BBC. Reliability belongs to the originator, with the carrier noted.
 */
const ReportSchema = v.strictObject({
  id: id('a report id'),
  /** Who the report comes from (the US State Department). */
  originator: text('an originator'),
  /** Who carried it to this document, if not the document itself (BBC News). */
  carrier: v.optional(text('a carrier')),
  reliability: v.picklist(SOURCE_RELIABILITY_IDS),
  /** Why the originator has this reliability, in the project's words. */
  reason: text('a report reason'),
});

/** A pointer into one source: which document, where in it, and how firmly it supports the fact. */
const CitationSchema = v.strictObject({
  source: sourceId,
  locator: id('a locator id'),
  confidence: v.picklist(CONFIDENCE_IDS),
  /**
   * The credibility of this item of information where it is not the source's own: "1" when
   * another independent source states the same fact, "2" when one states it but differs on a
   * detail (issue 21). The source's reliability stays its own.
   */
  credibility: v.optional(v.picklist(INFORMATION_CREDIBILITY_IDS)),
  /** Where this source's record differs from the fact as written (a version, a count), in the project's words. */
  differs: v.optional(text('a difference')),
  /**
   * The report inside the source this item rests on, where the source relays one (a statement
   * the blog quotes from the BBC): the item then takes that report's reliability (issue 21, N22).
   */
  report: v.optional(id('a report id')),
});

const citations = v.pipe(
  v.array(CitationSchema),
  v.minLength(1, 'a fact needs at least one citation'),
);

const VariantSchema = v.strictObject({
  id: id('a variant id'),
  designation: text('a designation'),
  operator: id('an operator'),
  /** Iranian variants only: how Iran came to have it. */
  acquisition: v.optional(v.picklist(ACQUISITION_IDS)),
  note: v.optional(text('a note')),
  cites: citations,
});

const CapabilitySchema = v.strictObject({
  kind: v.picklist(CAPABILITY_KIND_IDS),
  status: v.picklist(CAPABILITY_STATUS_IDS),
  detail: text('a capability detail'),
  /** Where the status is read from; a "not reported" status cites the passage that is silent. */
  cites: citations,
});

/** A standard fact no source states, shown to users as general reference. */
const ReferenceFactSchema = v.strictObject({
  value: text('a reference value'),
  basis: v.literal('general-reference'),
});

export const SystemSchema = v.strictObject({
  id: id('a system id'),
  name: text('a system name'),
  platformType: id('a platform type'),
  /** A plain-language explanation for students. */
  summary: text('a summary'),
  iraq: v.pipe(v.array(VariantSchema), v.minLength(1, 'a system needs an Iraqi variant')),
  iran: v.pipe(v.array(VariantSchema), v.minLength(1, 'a system needs an Iranian variant')),
  capabilities: v.array(CapabilitySchema),
  // Every entry is optional, so valibot alone would take [] for an object; JSON Schema does not.
  reference: v.pipe(
    v.custom<unknown>((input) => !Array.isArray(input), 'expected Object but got Array'),
    v.strictObject({
      origin: v.optional(ReferenceFactSchema),
      armament: v.optional(ReferenceFactSchema),
      ammunitionFamily: v.optional(ReferenceFactSchema),
    }),
  ),
});

/** Equipment a source names in passing: no variants, no capability records. */
const MentionedItemSchema = v.strictObject({
  id: id('a mentioned item id'),
  name: text('a name'),
  category: text('a category'),
  supplier: text('a supplier'),
  recipient: v.picklist(COUNTRY_IDS),
  context: text('a context line'),
  cites: citations,
});

const EventSchema = v.strictObject({
  id: id('an event id'),
  date: isoDate,
  precision: v.picklist(DATE_PRECISION_IDS),
  parties: v.pipe(v.array(text('a party')), v.minLength(1, 'an event needs a party')),
  description: text('a description'),
  /** How the date was worked out when the source does not give it outright ("on Tuesday"). */
  dateNote: v.optional(text('a date note')),
  cites: citations,
});

const GlossaryEntrySchema = v.strictObject({
  id: id('a glossary id'),
  term: text('a term'),
  definition: text('a definition'),
  platformType: v.optional(id('a platform type')),
});

/** The most values one facet can hold: a row's values are one 32-bit mask. */
export const MAX_FACET_VALUES = 32;

/** A platform type a catalogue declares: its id, its name, and the shorter words the UI uses. */
const PlatformTypeSchema = v.strictObject({
  id: id('a platform type id'),
  label: text('a platform type label'),
  /** A short name for the view sentence and file names ("Tank"); the label when absent. */
  short: v.optional(text('a short name')),
  /** An abbreviation search answers to ("MBT"). */
  abbreviation: v.optional(text('an abbreviation')),
});

/** An operator a catalogue declares, and the country whose variants it may operate. */
const OperatorSchema = v.strictObject({
  id: id('an operator id'),
  label: text('an operator label'),
  country: v.picklist(COUNTRY_IDS),
});

const declared = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(
    v.array(item),
    v.minLength(1, `a vocabulary declares at least one ${what}`),
    v.maxLength(MAX_FACET_VALUES, `a vocabulary declares at most ${MAX_FACET_VALUES} ${what}s`),
  );

/**
 * The platform types and operators a catalogue's systems use, each declared once with its label.
 * A catalogue without one uses the built-in catalogue's (src/catalogue/built-in-vocabulary.ts).
 */
const VocabularySchema = v.strictObject({
  platformTypes: declared(PlatformTypeSchema, 'platform type'),
  operators: declared(OperatorSchema, 'operator'),
});

export const CatalogueSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  vocabulary: v.optional(VocabularySchema),
  systems: v.array(SystemSchema),
  mentioned: v.array(MentionedItemSchema),
  events: v.array(EventSchema),
  glossary: v.array(GlossaryEntrySchema),
});

const LocatorSchema = v.strictObject({
  id: id('a locator id'),
  /** Where to look, in words: "commonality list, item 1 (tank)". */
  label: text('a locator label'),
  /** What the catalogue takes from there, in the project's words. */
  claim: text('a claim'),
});

const SourceSchema = v.strictObject({
  id: sourceId,
  file: text('a file name'),
  title: text('a title'),
  outlet: text('an outlet'),
  author: v.optional(text('an author')),
  /** The outlet whose report this document relays, if it relays one. */
  relays: v.optional(text('a relayed outlet')),
  published: v.strictObject({
    date: isoDate,
    precision: v.picklist(DATE_PRECISION_IDS),
    basis: v.picklist(DATE_BASIS_IDS),
    note: v.optional(text('a date note')),
  }),
  summary: text('a summary'),
  /** What the source records and what it leaves out, so a silent source is not read as negative. */
  coverage: v.optional(
    v.strictObject({
      note: text('a coverage note'),
      /** Platform types the source does not record at all (a trade register leaves out small arms). */
      leavesOut: v.array(id('a platform type')),
    }),
  ),
  /** The project's own NATO Admiralty Code grading of the source, with its reason. */
  grade: v.strictObject({
    reliability: v.picklist(SOURCE_RELIABILITY_IDS),
    credibility: v.picklist(INFORMATION_CREDIBILITY_IDS),
    reason: text('a grade reason'),
  }),
  locators: v.pipe(v.array(LocatorSchema), v.minLength(1, 'a source needs a locator')),
  /**
   * The reports this document carries from other originators, each graded for reliability on its
   * own. A citation that names one takes its reliability; every other citation takes the grade
   * above. A catalogue without reports keeps the document's grade throughout.
   */
  reports: v.optional(v.array(ReportSchema)),
});

export const SourceRegisterSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  sources: v.array(SourceSchema),
});

/** What an opened catalogue file says it is, so any other JSON is refused at once. */
export const CATALOGUE_FILE_KIND = 'iraq-iran-commonality-catalogue';

/**
 * One file an analyst can write by hand and open in the app: a catalogue and its source register
 * together. The built-in catalogue is this with data/catalogue.json and seeds/sources.json inside.
 */
export const CatalogueFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  kind: v.literal(CATALOGUE_FILE_KIND),
  version: v.literal(1),
  /** Shown in the page header while the catalogue is open. */
  title: text('a title'),
  description: v.optional(text('a description')),
  catalogue: v.omit(CatalogueSchema, ['$schema']),
  register: v.omit(SourceRegisterSchema, ['$schema']),
});

export type Citation = v.InferOutput<typeof CitationSchema>;
export type Variant = v.InferOutput<typeof VariantSchema>;
export type PlatformTypeEntry = v.InferOutput<typeof PlatformTypeSchema>;
export type OperatorEntry = v.InferOutput<typeof OperatorSchema>;
export type Vocabulary = v.InferOutput<typeof VocabularySchema>;
export type Capability = v.InferOutput<typeof CapabilitySchema>;
export type System = v.InferOutput<typeof SystemSchema>;
export type MentionedItem = v.InferOutput<typeof MentionedItemSchema>;
export type CatalogueEvent = v.InferOutput<typeof EventSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;
export type Locator = v.InferOutput<typeof LocatorSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceGrade = Source['grade'];
export type SourceReport = v.InferOutput<typeof ReportSchema>;
export type SourceRegister = v.InferOutput<typeof SourceRegisterSchema>;
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>;
