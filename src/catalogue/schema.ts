// The one definition of the catalogue's data: the TypeScript types are inferred from these
// schemas and the JSON Schemas for data/ are generated from them (scripts/write-json-schema.ts).
// The source register's schema is register-schema.ts; a catalogue file holds both.
import * as v from 'valibot';
import { SourceRegisterSchema } from './register-schema';
import { id, isoDate, sourceId, text } from './schema-fields';
import {
  ACQUISITION_IDS,
  CAPABILITY_KIND_IDS,
  CAPABILITY_STATUS_IDS,
  CONFIDENCE_IDS,
  COUNTRY_IDS,
  DATE_PRECISION_IDS,
  INFORMATION_CREDIBILITY_IDS,
} from './vocabulary';

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
  /**
   * A system the term is another name for ("Kalashnikov" for the AKM): search finds it by it. A
   * catalogue without that system keeps the entry, which then explains the word and finds nothing.
   */
  system: v.optional(id('a system id')),
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
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>;
