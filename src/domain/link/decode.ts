// A link read back into a view. Links come from the wild, so reading never throws: whatever
// cannot be used is reported with its reason, and the rest is kept.
import { normaliseView } from '../view/normalise';
import { defaultView, type ViewState } from '../view/state';
import { cutOverlong } from './cut-off';
import { IgnoredParts, type IgnoredPart } from './ignored-parts';
import { withImpliedColumnSet } from './implied-values';
import { migrateViewParams, readVersion } from './link-version';
import type { KnownIds } from './known-ids';
import { VIEW_PARAM_LIST, VIEW_PARAMS } from './params';
import { keysNotUtf8 } from './utf8';

const MAX_PARAMS_READ = 64;
const MAX_VALUE_LENGTH = 1000;

export const UNREADABLE_LINK = 'the link could not be read: the default view is shown';

export type DecodedView = { view: ViewState; ignored: IgnoredPart[] };

/** Reads a raw `location.search`; never throws. */
export function decodeSearch(search: string, known: KnownIds): DecodedView {
  const report = new IgnoredParts();
  const text = cutOverlong(search, report);
  return decodeInto(new URLSearchParams(text), known, report, () => keysNotUtf8(text));
}

export function decodeView(params: URLSearchParams, known: KnownIds): DecodedView {
  return decodeInto(params, known, new IgnoredParts(), () => new Set());
}

function decodeInto(
  params: URLSearchParams,
  known: KnownIds,
  report: IgnoredParts,
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

function readFirstValues(params: URLSearchParams, report: IgnoredParts): Map<string, string> {
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

function readView(
  params: Map<string, string>,
  known: KnownIds,
  report: IgnoredParts,
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
  for (const [key, { field, read, raw }] of VIEW_PARAM_LIST) {
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
  const normal = withImpliedColumnSet(params, normalised);
  for (const fix of fixes) ignore(fix.key, fix.value, fix.reason);
  for (const [key] of VIEW_PARAM_LIST) {
    for (const [value, reason] of lost.get(key) ?? []) report.add(key, value, reason);
  }
  return normal;
}
