// The field shapes both schemas build on (schema.ts for the catalogue, register-schema.ts for the
// source register), so a text, an id, a source id and a date are checked the same way in each.
import * as v from 'valibot';

/**
 * At least one character that shows: not white space, a control, or one of the characters that
 * draw nothing (zero-width spaces and joiners, direction marks, soft hyphen, fillers, variation
 * selectors). Written as a pattern so the JSON Schema says the same (issue 24, B8 and O2).
 */
const VISIBLE_TEXT_PATTERN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- each is one invisible code point, listed on purpose
  /[^\u0000-\u0020\u007F-\u00A0\u00AD\u034F\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u2800\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]/;
export const text = (what: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(VISIBLE_TEXT_PATTERN, `${what} is empty or only invisible characters`),
  );
export const id = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, `${what} must be lower-case letters, digits and hyphens`),
  );
const SOURCE_ID_PATTERN = /^S\d{3}$/;
export const sourceId = v.pipe(
  v.string(),
  v.regex(SOURCE_ID_PATTERN, 'a source id looks like S000'),
);
/** ISO date at day, month or year precision: 2014-02-24, 2014-02 or 2014. */
export const ISO_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE_PATTERN, 'a date looks like 2014, 2014-02 or 2014-02-24'),
);
