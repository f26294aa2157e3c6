// The link grammar, declared once: each query key with the view field it holds, how it is read
// and how it is written. encode.ts and decode.ts derive both directions from this table (in the
// style of nuqs's parsers and tablecn's parsers.ts); a value equal to the default's is left out.
import * as v from 'valibot';
import { EVIDENCE_LEVELS, isGradeId } from '../sources/trust';
import { COLUMN_IDS } from '../table/columns';
import { CAPABILITY_KIND_IDS } from '../../catalogue/vocabulary';
import { FACET_KEYS } from '../table/facets';
import {
  COLUMN_SETS,
  COMPARISON_MODES,
  SEARCH_MAX_LENGTH,
  SOURCE_BASES,
  capSearch,
  type ComparisonItemId,
  type SortRule,
} from '../view/state';
import { quote } from '../view/quote';
import { listsId } from './known-ids';
import {
  choice,
  flag,
  idSet,
  LIST_SEPARATOR,
  param,
  splitList,
  type ReadContext,
  type ViewParam,
} from './param-kinds';

const DESCENDING_PREFIX = '-';

function readSearch(raw: string, { ignore, notUtf8 }: ReadContext): string {
  // Only the head can survive the cut, so a huge value is never scanned in full.
  const head = raw.slice(0, SEARCH_MAX_LENGTH * 4);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  let text = head.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  if (text !== head) ignore(raw, 'control characters removed from the search text');
  if (raw.length > head.length || text.length > SEARCH_MAX_LENGTH) {
    text = capSearch(text);
    ignore(raw, `search text cut to ${SEARCH_MAX_LENGTH} characters`);
  }
  // A link may carry � itself (%EF%BF%BD), as the app's own links do once it has been shown.
  if (text.includes('\ufffd') && notUtf8()) {
    ignore(raw, 'part of the search text was not valid UTF-8 and shows as �');
  }
  return text;
}

function readSorting(value: string, { ignore }: ReadContext): SortRule[] {
  const columns = v.picklist(COLUMN_IDS);
  const rules: SortRule[] = [];
  const items = splitList(value);
  if (items.length === 0) ignore(value, 'no column given');
  for (const item of items) {
    const desc = item.startsWith(DESCENDING_PREFIX);
    const column = desc ? item.slice(DESCENDING_PREFIX.length) : item;
    if (!v.is(columns, column)) {
      ignore(item, `unknown column ${quote(column)}`);
    } else if (rules.some((rule) => rule.column === column)) {
      ignore(item, `column ${quote(column)} is sorted twice: the first rule is used`);
    } else {
      rules.push({ column, desc });
    }
  }
  return rules;
}

function readComparison(value: string, { known, ignore }: ReadContext): ComparisonItemId[] {
  const items: ComparisonItemId[] = [];
  const ids = splitList(value);
  if (ids.length === 0) ignore(value, 'no compare item given');
  for (const id of ids) {
    if (!listsId(known.comparisonItems, id)) ignore(id, `unknown compare item ${quote(id)}`);
    else if (items.includes(id)) ignore(id, `${quote(id)} is listed more than once`);
    else items.push(id);
  }
  return items;
}

const CATALOGUE_ID = /^[0-9a-f]{12}$/u;
const FILE_NAME_MAX_LENGTH = 120;

/** The keys in the order they are written, after the version key `v`. */
export const VIEW_PARAMS = {
  cat: param({
    field: 'catalogueId',
    read: (id, { ignore }) => {
      if (CATALOGUE_ID.test(id)) return id;
      ignore(id, `unknown catalogue id ${quote(id)}: an id is 12 hexadecimal digits`);
      return undefined;
    },
    write: (id) => id ?? '',
  }),
  catfile: param({
    field: 'catalogueFile',
    // The file name only helps a person find the file again; it is text, never a path to load.
    read: (name) => name.slice(0, FILE_NAME_MAX_LENGTH),
    write: (name) => name ?? '',
  }),
  [FACET_KEYS.platformTypes]: idSet(
    'platformTypes',
    (known) => known.platformTypes,
    'platform type',
  ),
  [FACET_KEYS.operators]: idSet('operators', (known) => known.operators, 'operator'),
  [FACET_KEYS.capabilities]: idSet('capabilities', CAPABILITY_KIND_IDS, 'capability'),
  basis: choice('basis', SOURCE_BASES, 'basis'),
  ev: choice('evidence', EVIDENCE_LEVELS, 'evidence level'),
  grade: param({
    field: 'minGrade',
    read: (value, { ignore }) => {
      if (isGradeId(value)) return value;
      ignore(value, `unknown grade ${quote(value)}: use a letter A–F and a digit 1–6, e.g. C3`);
      return undefined;
    },
    write: (grade) => grade ?? '',
  }),
  q: param({ field: 'search', read: readSearch, write: (search) => search, raw: true }),
  sort: param({
    field: 'sorting',
    read: readSorting,
    write: (rules) =>
      rules.map((rule) => (rule.desc ? DESCENDING_PREFIX : '') + rule.column).join(LIST_SEPARATOR),
  }),
  cols: choice('columnSet', COLUMN_SETS, 'column set'),
  hide: idSet('hiddenColumns', COLUMN_IDS, 'column'),
  sys: param({
    field: 'detail',
    read: (id, { known, ignore }) => {
      if (listsId(known.systems, id)) return id;
      ignore(id, `unknown system ${quote(id)}`);
      return undefined;
    },
    write: (id) => id ?? '',
  }),
  more: flag('showMentioned', 'more'),
  cmp: param({
    field: 'comparison',
    read: readComparison,
    write: (items) => items.join(LIST_SEPARATOR),
  }),
  cmpopen: flag('comparisonOpen', 'cmpopen'),
  mode: choice('comparisonMode', COMPARISON_MODES, 'compare mode'),
  base: param({
    field: 'baseline',
    // Whether the baseline is among the compared items is a cross-field rule (normaliseView).
    read: (id) => id,
    write: (id) => id ?? '',
  }),
  gloss: flag('glossaryOpen', 'gloss'),
  // Whether the glossary is open to show it is a cross-field rule (normaliseView).
  term: param({
    field: 'glossaryTerm',
    read: (id, { known, ignore }) => {
      if (known.glossaryTerms.includes(id)) return id;
      ignore(id, `unknown glossary term ${quote(id)}`);
      return undefined;
    },
    write: (id) => id ?? '',
  }),
} as const;
export type ViewParamKey = keyof typeof VIEW_PARAMS;

/** The grammar as a list, in the order keys are written and reported. */
export const VIEW_PARAM_LIST = Object.entries(VIEW_PARAMS) as [ViewParamKey, ViewParam][];
