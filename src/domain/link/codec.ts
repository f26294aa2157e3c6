// The view as a link: a briefer copies it and it must reopen the same view. The query string is a
// public interface, so the grammar below is kept stable and old links are migrated, not broken.
import * as v from 'valibot';
import {
  CAPABILITY_KIND_IDS,
  OPERATOR_IDS,
  PLATFORM_TYPE_IDS,
} from '../../catalogue/vocabulary';
import {
  ALWAYS_VISIBLE_COLUMN_IDS,
  COLUMN_IDS,
  COMPARE_LIMIT,
  COMPARE_MODES,
  DEFAULT_VIEW,
  capSearch,
  defaultView,
  SEARCH_MAX_LENGTH,
  SOURCE_BASES,
} from '../view/state';
import type {
  ColumnId,
  CompareItemId,
  CompareMode,
  SortRule,
  SourceBasis,
  ViewState,
} from '../view/state';

export const VIEW_URL_VERSION = 1;
export const VERSION_KEY = 'v';

/** The keys in the order they are written. */
export const VIEW_URL_KEYS = [
  VERSION_KEY,
  'type',
  'op',
  'cap',
  'basis',
  'q',
  'sort',
  'hide',
  'sys',
  'more',
  'cmp',
  'cmpopen',
  'mode',
  'base',
] as const;
type ViewUrlKey = (typeof VIEW_URL_KEYS)[number];

// URLSearchParams.toString() leaves only [A-Za-z0-9*._-] unescaped (WHATWG URL,
// application/x-www-form-urlencoded serializer): `,` and `~` become %2C and %7E, `/` becomes %2F.
// Ids are [a-z0-9-], so `_` separates list items and `.` separates the parts of a compare item.
const LIST_SEPARATOR = '_';
const LIST_SEPARATORS_READ = /[_,]/;
const COMPARE_PART_SEPARATOR = '.';
const DESCENDING_PREFIX = '-';

/**
 * Longer raw query strings are cut. The longest view written is about 2,000 characters
 * (2,600 with a search in a 3-byte script such as Devanagari).
 */
export const LINK_QUERY_MAX_LENGTH = 4000;
const MAX_PARAMS_READ = 64;
const MAX_VALUE_LENGTH = 1000;
const MAX_IGNORED_REPORTED = 20;
const QUOTE_MAX_LENGTH = 40;

export const UNREADABLE_LINK = 'the link could not be read: the default view is shown';

export type IgnoredPart = { key: string; value: string; reason: string };
export type KnownIds = { systems: readonly string[]; compareItems: readonly CompareItemId[] };
export type DecodedView = { view: ViewState; ignored: IgnoredPart[] };

/** Rewrites version N's parameters into version N + 1's. Keyed by N. */
export type ViewUrlMigration = (params: ReadonlyMap<string, string>) => Map<string, string>;
export const VIEW_URL_MIGRATIONS: ReadonlyMap<number, ViewUrlMigration> = new Map();

const basisSchema = v.picklist(Object.keys(SOURCE_BASES) as SourceBasis[]);
const compareModeSchema = v.picklist(Object.keys(COMPARE_MODES) as CompareMode[]);
const flagSchema = v.picklist(['0', '1']);
const versionSchema = v.pipe(v.string(), v.regex(/^[0-9]{1,6}$/), v.transform(Number));
const hideableColumnIds = COLUMN_IDS.filter(
  (id) => !(ALWAYS_VISIBLE_COLUMN_IDS as readonly ColumnId[]).includes(id),
);

const compareToken = (id: CompareItemId): string => id.replaceAll('/', COMPARE_PART_SEPARATOR);

export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const inOrder = <T extends string>(table: readonly T[], chosen: readonly T[]) =>
    table.filter((id) => chosen.includes(id));
  const setList = (key: ViewUrlKey, items: readonly string[]) => {
    if (items.length > 0) params.set(key, items.join(LIST_SEPARATOR));
  };

  setList('type', inOrder(PLATFORM_TYPE_IDS, view.platformTypes));
  setList('op', inOrder(OPERATOR_IDS, view.operators));
  setList('cap', inOrder(CAPABILITY_KIND_IDS, view.capabilities));
  if (view.basis !== DEFAULT_VIEW.basis) params.set('basis', view.basis);
  if (view.search !== DEFAULT_VIEW.search) params.set('q', view.search);
  setList(
    'sort',
    view.sorting.map((rule) => (rule.desc ? DESCENDING_PREFIX : '') + rule.column),
  );
  setList('hide', inOrder(COLUMN_IDS, view.hiddenColumns));
  if (view.detail !== null) params.set('sys', view.detail);
  if (view.showMentioned) params.set('more', '1');
  setList('cmp', view.compare.map(compareToken));
  if (view.compareOpen) params.set('cmpopen', '1');
  if (view.compareMode !== DEFAULT_VIEW.compareMode) params.set('mode', view.compareMode);
  if (view.baseline !== null) params.set('base', compareToken(view.baseline));

  if (params.size > 0) {
    return new URLSearchParams([[VERSION_KEY, String(VIEW_URL_VERSION)], ...params]);
  }
  return params;
}

/** The query string for a view: '' for the default view, otherwise '?…'. */
export function viewToSearch(view: ViewState): string {
  const query = encodeView(view).toString();
  return query === '' ? '' : `?${query}`;
}

/** Reads a raw `location.search`; never throws. */
export function decodeSearch(search: string, knownIds: KnownIds): DecodedView {
  let text = typeof search === 'string' ? search : '';
  let cut: IgnoredPart | null = null;
  if (text.length > LINK_QUERY_MAX_LENGTH) {
    // Cut at a parameter boundary so no value is read half-way.
    const head = text.slice(0, LINK_QUERY_MAX_LENGTH + 1);
    const boundary = head.lastIndexOf('&');
    cut = {
      key: '',
      value: clip(text.slice(boundary > 0 ? boundary : 0)),
      reason: `link longer than ${LINK_QUERY_MAX_LENGTH.toLocaleString('en')} characters: the rest is ignored`,
    };
    text = boundary > 0 ? text.slice(0, boundary) : '';
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    params = new URLSearchParams();
  }
  const decoded = decodeView(params, knownIds);
  if (cut) decoded.ignored.unshift(cut);
  return decoded;
}

export function decodeView(params: URLSearchParams, knownIds: KnownIds): DecodedView {
  const report = new Report();
  let view: ViewState;
  try {
    const firstValues = readFirstValues(params, report);
    const version = readVersion(firstValues, report);
    view = readView(migrateViewParams(firstValues, version), knownIds, report);
  } catch {
    // Last line of defence for a link from the wild; the property tests check it never fires.
    report.add('', '', UNREADABLE_LINK);
    view = defaultView();
  }
  return { view, ignored: report.parts() };
}

export function migrateViewParams(
  params: ReadonlyMap<string, string>,
  fromVersion: number,
  migrations: ReadonlyMap<number, ViewUrlMigration> = VIEW_URL_MIGRATIONS,
  toVersion: number = VIEW_URL_VERSION,
): Map<string, string> {
  let current = new Map(params);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.get(version);
    if (step) current = step(current);
  }
  return current;
}

class Report {
  private readonly list: IgnoredPart[] = [];
  private dropped = 0;

  add(key: string, value: string, reason: string): void {
    if (this.list.length < MAX_IGNORED_REPORTED) {
      this.list.push({ key: clip(key), value: clip(value), reason });
    } else {
      this.dropped += 1;
    }
  }

  parts(): IgnoredPart[] {
    if (this.dropped === 0) return this.list;
    return [...this.list, { key: '', value: '', reason: `${this.dropped} more ignored parts` }];
  }
}

function clip(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function quote(text: string): string {
  return `'${clip(text, QUOTE_MAX_LENGTH)}'`;
}

function readFirstValues(params: URLSearchParams, report: Report): Map<string, string> {
  const firstValues = new Map<string, string>();
  let read = 0;
  for (const [key, value] of params) {
    if (read === MAX_PARAMS_READ) {
      report.add(key, value, `more than ${MAX_PARAMS_READ} parts: the rest is ignored`);
      break;
    }
    read += 1;
    if (firstValues.has(key)) {
      report.add(key, value, 'repeated key: the first value is used');
    } else {
      firstValues.set(key, value);
    }
  }
  return firstValues;
}

function readVersion(params: Map<string, string>, report: Report): number {
  const raw = params.get(VERSION_KEY);
  params.delete(VERSION_KEY);
  // A link without `v` is hand-typed or hand-trimmed; read it as today's format.
  if (raw === undefined) return VIEW_URL_VERSION;
  const parsed = v.safeParse(versionSchema, raw);
  if (!parsed.success) {
    report.add(
      VERSION_KEY,
      raw,
      `unknown link version ${quote(raw)}: read as version ${VIEW_URL_VERSION}`,
    );
    return VIEW_URL_VERSION;
  }
  const version = parsed.output;
  if (version < 1) {
    report.add(
      VERSION_KEY,
      raw,
      `there is no link version ${version}: read as version ${VIEW_URL_VERSION}`,
    );
    return VIEW_URL_VERSION;
  }
  if (version > VIEW_URL_VERSION) {
    report.add(
      VERSION_KEY,
      raw,
      `link made by a newer version of the app (${version}): read as version ${VIEW_URL_VERSION}, so some parts may be ignored`,
    );
    return VIEW_URL_VERSION;
  }
  return version;
}

function readView(params: Map<string, string>, knownIds: KnownIds, report: Report): ViewState {
  const view = defaultView();
  const known = new Set<string>(VIEW_URL_KEYS);
  for (const [key, value] of params) {
    if (!known.has(key)) report.add(key, value, 'unknown key');
  }

  // Every value is read through this: a too-long or empty value is reported, never parsed.
  const valueOf = (key: ViewUrlKey): string | undefined => {
    const value = params.get(key);
    if (value === undefined) return undefined;
    if (value === '') {
      report.add(key, value, 'no value given');
      return undefined;
    }
    if (value.length > MAX_VALUE_LENGTH && key !== 'q') {
      report.add(key, value, `value longer than ${MAX_VALUE_LENGTH} characters`);
      return undefined;
    }
    return value;
  };

  const type = valueOf('type');
  if (type !== undefined) {
    view.platformTypes = readIdSet('type', type, PLATFORM_TYPE_IDS, 'platform type', report);
  }
  const op = valueOf('op');
  if (op !== undefined) view.operators = readIdSet('op', op, OPERATOR_IDS, 'operator', report);
  const cap = valueOf('cap');
  if (cap !== undefined) {
    view.capabilities = readIdSet('cap', cap, CAPABILITY_KIND_IDS, 'capability', report);
  }

  const basis = valueOf('basis');
  if (basis !== undefined) {
    if (v.is(basisSchema, basis)) view.basis = basis;
    else report.add('basis', basis, `unknown basis ${quote(basis)}: use all or sourced`);
  }

  const search = params.get('q');
  if (search !== undefined) view.search = readSearch(search, report);

  const sort = valueOf('sort');
  if (sort !== undefined) view.sorting = readSorting(sort, report);

  const hide = valueOf('hide');
  if (hide !== undefined) view.hiddenColumns = readHidden(hide, report);

  const sys = valueOf('sys');
  if (sys !== undefined) {
    if (knownIds.systems.includes(sys)) view.detail = sys;
    else report.add('sys', sys, `unknown system ${quote(sys)}`);
  }

  const more = readFlag('more', valueOf('more'), report);
  if (more !== undefined) view.showMentioned = more;

  const compareIds = new Map(knownIds.compareItems.map((id) => [compareToken(id), id]));
  const cmp = valueOf('cmp');
  if (cmp !== undefined) view.compare = readCompare(cmp, compareIds, report);

  // The store keeps these two invariants; a link must not open a view the app could not reach.
  const cmpopen = readFlag('cmpopen', valueOf('cmpopen'), report);
  if (cmpopen === true && view.compare.length < 2) {
    report.add('cmpopen', '1', 'the comparison needs at least 2 items to open');
  } else if (cmpopen === true && view.detail !== null) {
    report.add(
      'cmpopen',
      '1',
      'a system detail and the comparison cannot both be open: the detail is shown',
    );
  } else if (cmpopen !== undefined) {
    view.compareOpen = cmpopen;
  }

  const mode = valueOf('mode');
  if (mode !== undefined) {
    if (v.is(compareModeSchema, mode)) view.compareMode = mode;
    else {
      report.add(
        'mode',
        mode,
        `unknown compare mode ${quote(mode)}: use all, differences or similarities`,
      );
    }
  }

  const base = valueOf('base');
  if (base !== undefined) {
    const id = compareIds.get(base);
    if (id !== undefined && view.compare.includes(id)) view.baseline = id;
    else report.add('base', base, `baseline ${quote(base)} is not one of the compared items`);
  }

  return view;
}

function splitList(value: string): string[] {
  return value.split(LIST_SEPARATORS_READ).filter((item) => item !== '');
}

/** Reads an unordered selection; the result is in the table's order. */
function readIdSet<T extends string>(
  key: ViewUrlKey,
  value: string,
  table: readonly T[],
  noun: string,
  report: Report,
): T[] {
  const schema = v.picklist(table);
  const chosen = new Set<T>();
  for (const item of splitList(value)) {
    if (!v.is(schema, item)) report.add(key, item, `unknown ${noun} ${quote(item)}`);
    else if (chosen.has(item)) report.add(key, item, `${quote(item)} is listed more than once`);
    else chosen.add(item);
  }
  return table.filter((id) => chosen.has(id));
}

function readSearch(raw: string, report: Report): string {
  // Only the head can survive the cut, so a huge value is never scanned in full.
  const head = raw.slice(0, SEARCH_MAX_LENGTH * 4);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  let text = head.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  if (text !== head) report.add('q', raw, 'control characters removed from the search text');
  if (raw.length > head.length || text.length > SEARCH_MAX_LENGTH) {
    text = capSearch(text);
    report.add('q', raw, `search text cut to ${SEARCH_MAX_LENGTH} characters`);
  }
  if (text.includes('\ufffd')) {
    report.add('q', raw, 'part of the search text was not valid UTF-8 and shows as �');
  }
  return text;
}

function readSorting(value: string, report: Report): SortRule[] {
  const columns = v.picklist(COLUMN_IDS);
  const rules: SortRule[] = [];
  for (const item of splitList(value)) {
    const desc = item.startsWith(DESCENDING_PREFIX);
    const column = desc ? item.slice(DESCENDING_PREFIX.length) : item;
    if (!v.is(columns, column)) {
      report.add('sort', item, `unknown column ${quote(column)}`);
    } else if (rules.some((rule) => rule.column === column)) {
      report.add('sort', item, `column ${quote(column)} is sorted twice: the first rule is used`);
    } else {
      rules.push({ column, desc });
    }
  }
  return rules;
}

function readHidden(value: string, report: Report): ColumnId[] {
  const hidden = readIdSet('hide', value, COLUMN_IDS, 'column', report);
  for (const id of hidden) {
    if (!hideableColumnIds.includes(id)) {
      report.add('hide', id, `the ${quote(id)} column cannot be hidden`);
    }
  }
  return hidden.filter((id) => hideableColumnIds.includes(id));
}

function readFlag(key: ViewUrlKey, value: string | undefined, report: Report): boolean | undefined {
  if (value === undefined) return undefined;
  if (v.is(flagSchema, value)) return value === '1';
  report.add(key, value, `${key} takes 1 or 0`);
  return undefined;
}

function readCompare(
  value: string,
  known: ReadonlyMap<string, CompareItemId>,
  report: Report,
): CompareItemId[] {
  const items: CompareItemId[] = [];
  const extra: string[] = [];
  for (const token of splitList(value)) {
    const id = known.get(token);
    if (id === undefined) report.add('cmp', token, `unknown compare item ${quote(token)}`);
    else if (items.includes(id))
      report.add('cmp', token, `${quote(token)} is listed more than once`);
    else if (items.length === COMPARE_LIMIT) extra.push(token);
    else items.push(id);
  }
  if (extra.length > 0) {
    report.add(
      'cmp',
      extra.join(LIST_SEPARATOR),
      `too many compare items: the first ${COMPARE_LIMIT} are kept`,
    );
  }
  return items;
}
