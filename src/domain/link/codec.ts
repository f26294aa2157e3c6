// The view as a link: a briefer copies it and it must reopen the same view. The query string is a
// public interface (grammar in params.ts), so it is kept stable and old links are migrated, not
// broken. Reading never throws: whatever cannot be used is reported, and the rest is kept.
import { normaliseView } from '../view/normalise';
import { clip, quote } from '../view/quote';
import { DEFAULT_VIEW, defaultView, type ViewState } from '../view/state';
import { VIEW_PARAMS, type KnownIds, type ViewParam, type ViewParamKey } from './params';
import { keysNotUtf8 } from './utf8';

export type { KnownIds } from './params';

export const VIEW_URL_VERSION = 1;
const VERSION_KEY = 'v';

/** The keys in the order they are written. */
export const VIEW_URL_KEYS = [VERSION_KEY, ...Object.keys(VIEW_PARAMS)] as readonly string[];

/**
 * Longer raw query strings are cut. The longest view written is about 2,000 characters
 * (2,600 with a search in a 3-byte script such as Devanagari).
 */
export const LINK_QUERY_MAX_LENGTH = 4000;
const MAX_PARAMS_READ = 64;
const MAX_VALUE_LENGTH = 1000;
const MAX_IGNORED_REPORTED = 20;

export const UNREADABLE_LINK = 'the link could not be read: the default view is shown';

export type IgnoredPart = { key: string; value: string; reason: string };
export type DecodedView = { view: ViewState; ignored: IgnoredPart[] };

/** Rewrites version N's parameters into version N + 1's. Keyed by N. */
export type ViewUrlMigration = (params: ReadonlyMap<string, string>) => Map<string, string>;
const VIEW_URL_MIGRATIONS: ReadonlyMap<number, ViewUrlMigration> = new Map();

const COLUMN_SET_KEY = 'cols';

/**
 * The value a link that leaves a key out stands for: the default's, except the column set, where
 * a link that hides columns hides them from the full table, as every link did before the first
 * screen became a glance (see readView).
 */
const impliedValue = (key: string, view: ViewState, field: keyof ViewState): unknown =>
  key === COLUMN_SET_KEY && view.hiddenColumns.length > 0 ? 'full' : DEFAULT_VIEW[field];

const PARAMS = Object.entries(VIEW_PARAMS) as [ViewParamKey, ViewParam][];

export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, { field, write }] of PARAMS) {
    const value = write(view[field] as never);
    if (value !== write(impliedValue(key, view, field) as never)) params.set(key, value);
  }
  if (params.size === 0) return params;
  return new URLSearchParams([[VERSION_KEY, String(VIEW_URL_VERSION)], ...params]);
}

/** The query string for a view: '' for the default view, otherwise '?…'. */
export function viewToSearch(view: ViewState): string {
  const query = encodeView(view).toString();
  return query === '' ? '' : `?${query}`;
}

/** Reads a raw `location.search`; never throws. */
export function decodeSearch(search: string, known: KnownIds): DecodedView {
  const report = new Report();
  let text = search;
  if (text.length > LINK_QUERY_MAX_LENGTH) {
    // Cut at a parameter boundary so no value is read half-way.
    const boundary = text.slice(0, LINK_QUERY_MAX_LENGTH + 1).lastIndexOf('&');
    const kept = boundary > 0 ? boundary : 0;
    reportCutOff(text.slice(kept), report);
    text = text.slice(0, kept);
  }
  return decodeInto(new URLSearchParams(text), known, report, () => keysNotUtf8(text));
}

export function decodeView(params: URLSearchParams, known: KnownIds): DecodedView {
  return decodeInto(params, known, new Report(), () => new Set());
}

const CUT_OFF = `the link is longer than ${LINK_QUERY_MAX_LENGTH.toLocaleString('en')} characters, so this part was cut off`;
// Enough raw text to decode to more than the 100 characters a notice shows, in any script.
const CUT_OFF_HEAD = 1200;

/** Names every parameter in the part of an over-long link that is not read. */
function reportCutOff(rest: string, report: Report): void {
  let start = rest.startsWith('?') ? 1 : 0;
  while (start <= rest.length) {
    const end = rest.indexOf('&', start);
    const stop = end < 0 ? rest.length : end;
    if (stop > start && report.full) {
      report.add('', '', CUT_OFF);
    } else if (stop > start) {
      let head = rest.slice(start, Math.min(stop, start + CUT_OFF_HEAD));
      if (stop - start > CUT_OFF_HEAD) head = `${head.replace(/%[0-9A-Fa-f]?$/, '')}…`;
      const [key = '', value = ''] = [...new URLSearchParams(`&${head}`)][0] ?? [];
      report.add(key, value, CUT_OFF);
    }
    if (end < 0) break;
    start = end + 1;
  }
}

function decodeInto(
  params: URLSearchParams,
  known: KnownIds,
  report: Report,
  notUtf8: () => ReadonlySet<string>,
): DecodedView {
  let view: ViewState;
  try {
    const firstValues = readFirstValues(params, report);
    const version = readVersion(firstValues, report);
    view = readView(migrateViewParams(firstValues, version), known, report, notUtf8);
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
      this.list.push({ key: clip(key, CLIP_LENGTH), value: clip(value, CLIP_LENGTH), reason });
    } else {
      this.dropped += 1;
    }
  }

  /** Whether further parts are only counted. */
  get full(): boolean {
    return this.list.length >= MAX_IGNORED_REPORTED;
  }

  parts(): IgnoredPart[] {
    if (this.dropped === 0) return this.list;
    return [...this.list, { key: '', value: '', reason: `${this.dropped} more ignored parts` }];
  }
}

const CLIP_LENGTH = 100;

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
  const fallback = `read as version ${VIEW_URL_VERSION}`;
  if (!/^[0-9]{1,6}$/u.test(raw)) {
    report.add(VERSION_KEY, raw, `unknown link version ${quote(raw)}: ${fallback}`);
    return VIEW_URL_VERSION;
  }
  const version = Number(raw);
  if (version < 1) {
    report.add(VERSION_KEY, raw, `there is no link version ${version}: ${fallback}`);
    return VIEW_URL_VERSION;
  }
  if (version > VIEW_URL_VERSION) {
    report.add(
      VERSION_KEY,
      raw,
      `link made by a newer version of the app (${version}): ${fallback}, so some parts may be ignored`,
    );
    return VIEW_URL_VERSION;
  }
  return version;
}

function readView(
  params: Map<string, string>,
  known: KnownIds,
  report: Report,
  notUtf8: () => ReadonlySet<string>,
): ViewState {
  for (const [key, value] of params) {
    if (key === '') report.add(key, value, 'no key given');
    else if (!Object.hasOwn(VIEW_PARAMS, key)) report.add(key, value, 'unknown key');
  }
  // What each key's value lost, reported key by key in the grammar's order: first what its read
  // ignored, then what the cross-field rules changed.
  const lost = new Map<string, [value: string, reason: string][]>();
  const ignore = (key: string, value: string, reason: string) =>
    lost.set(key, [...(lost.get(key) ?? []), [value, reason]]);

  const view = defaultView();
  for (const [key, { field, read, raw }] of PARAMS) {
    const value = params.get(key);
    if (value === undefined) continue;
    if (!raw && value === '') {
      ignore(key, value, 'no value given');
    } else if (!raw && value.length > MAX_VALUE_LENGTH) {
      ignore(key, value, `value longer than ${MAX_VALUE_LENGTH} characters`);
    } else {
      const result = read(value, {
        known,
        ignore: (part, reason) => ignore(key, part, reason),
        notUtf8: () => notUtf8().has(key),
      });
      if (result !== undefined) (view as Record<string, unknown>)[field] = result;
    }
  }
  const { view: normalised, fixes } = normaliseView(view);
  // Before the first screen became a glance, every link opened the full table; one that hides
  // columns from it still does (impliedValue).
  const normal: ViewState =
    !params.has(COLUMN_SET_KEY) && normalised.hiddenColumns.length > 0
      ? { ...normalised, columnSet: 'full' }
      : normalised;
  for (const fix of fixes) ignore(fix.key, fix.value, fix.reason);
  for (const [key] of PARAMS) {
    for (const [value, reason] of lost.get(key) ?? []) report.add(key, value, reason);
  }
  return normal;
}
