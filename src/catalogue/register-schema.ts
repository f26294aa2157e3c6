// The source register: the documents the catalogue cites, where in each to look, the project's
// grade of each and the reports a document carries from others. Its JSON Schema for seeds/ is
// generated from here (scripts/write-json-schema.ts).
import * as v from 'valibot';
import { id, isoDate, sourceId, text } from './schema-fields';
import {
  DATE_BASIS_IDS,
  DATE_PRECISION_IDS,
  INFORMATION_CREDIBILITY_IDS,
  SOURCE_RELIABILITY_IDS,
} from './vocabulary';

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

export type Locator = v.InferOutput<typeof LocatorSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceGrade = Source['grade'];
export type SourceReport = v.InferOutput<typeof ReportSchema>;
export type SourceRegister = v.InferOutput<typeof SourceRegisterSchema>;
