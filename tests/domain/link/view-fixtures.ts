import {
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_OPERATOR_IDS,
} from '../../../src/catalogue/built-in-vocabulary';
// What the link tests share: the ids a link may name, an arbitrary valid view, and a check that a
// decoded view keeps every rule a view must keep.
import fc from 'fast-check';
import { idList, type KnownIds } from '../../../src/domain/link/known-ids';
import { CAPABILITY_KIND_IDS } from '../../../src/catalogue/vocabulary';
import { decodeSearch, UNREADABLE_LINK, type DecodedView } from '../../../src/domain/link/decode';
import type { IgnoredPart } from '../../../src/domain/link/ignored-parts';
import { GRADE_IDS } from '../../../src/domain/sources/trust';
import { COLUMN_IDS, HIDEABLE_COLUMN_IDS } from '../../../src/domain/table/columns';
import {
  COMPARISON_LIMIT,
  COMPARISON_MODES,
  DEFAULT_VIEW,
  SEARCH_MAX_LENGTH,
  SOURCE_BASES,
} from '../../../src/domain/view/state';
import type { ComparisonMode, SourceBasis, ViewState } from '../../../src/domain/view/state';

/** The known ids as lists, for tests that pick from them. */
export const KNOWN_IDS = {
  systems: ['t-72', 'm109', 'm113', 'mi-17', 'rpg-7', 'akm'],
  comparisonItems: [
    't-72',
    't-72.iraq.t-72m1',
    't-72.iran.t-72s',
    'm109',
    'm109.iraq.m109a1',
    'm109.iran.hm41',
    'm113',
    'mi-17.iraq.mi-17v-5',
    'rpg-7',
    'akm.iran.kl-7-62',
  ],
  glossaryTerms: ['mbt', 'sph', 'irgc-af', 'not-reported'],
  platformTypes: BUILT_IN_PLATFORM_TYPE_IDS,
  operators: BUILT_IN_OPERATOR_IDS,
} as const;

export const KNOWN: KnownIds = {
  ...KNOWN_IDS,
  systems: idList(KNOWN_IDS.systems),
  comparisonItems: idList(KNOWN_IDS.comparisonItems),
};

export const HIDEABLE = [...HIDEABLE_COLUMN_IDS];
export const BASES = Object.keys(SOURCE_BASES) as SourceBasis[];
export const MODES = Object.keys(COMPARISON_MODES) as ComparisonMode[];

export const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
export const decode = (search: string) => decodeSearch(search, KNOWN);
export const reasons = (ignored: IgnoredPart[]) => ignored.map((part) => part.reason);

export const persian = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
const searchChar = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...persian, ' ', '\u200c', '+', '&', '=', '%', '?', '#', '<', '>', '\ufffd'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
// eslint-disable-next-line no-control-regex -- decoding strips these, so valid views have none
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above, without the global flag's lastIndex state
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const KNOWN_SYSTEMS: readonly string[] = KNOWN_IDS.systems;
const KNOWN_COMPARE_ITEMS: readonly string[] = KNOWN_IDS.comparisonItems;
const KNOWN_GLOSSARY_TERMS: readonly string[] = KNOWN.glossaryTerms;
const searchText = fc.array(searchChar, { maxLength: 60 }).map((chars) => {
  let text = chars.join('').replace(CONTROL, '').slice(0, SEARCH_MAX_LENGTH);
  if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  return text;
});

export const validView: fc.Arbitrary<ViewState> = fc
  .record({
    platformTypes: fc.subarray(BUILT_IN_PLATFORM_TYPE_IDS),
    operators: fc.subarray(BUILT_IN_OPERATOR_IDS),
    capabilities: fc.subarray(CAPABILITY_KIND_IDS),
    basis: fc.constantFrom(...BASES),
    catalogueId: fc.option(fc.stringMatching(/^[0-9a-f]{12}$/), { nil: null }),
    catalogueFile: fc.constantFrom('analyst catalogue.json', 'تانک.json', 'a&b=c?.json'),
    evidence: fc.constantFrom('all', 'stated'),
    minGrade: fc.option(fc.constantFrom(...GRADE_IDS), { nil: null }),
    search: searchText,
    sorting: fc.uniqueArray(
      fc.record({ column: fc.constantFrom(...COLUMN_IDS), desc: fc.boolean() }),
      { selector: (rule) => rule.column, maxLength: 6 },
    ),
    columnSet: fc.constantFrom('glance', 'full'),
    hiddenColumns: fc.subarray(HIDEABLE),
    detail: fc.option(fc.constantFrom(...KNOWN_IDS.systems), { nil: null }),
    showMentioned: fc.boolean(),
    comparison: fc.uniqueArray(fc.constantFrom(...KNOWN_IDS.comparisonItems), {
      maxLength: COMPARISON_LIMIT,
    }),
    comparisonOpen: fc.boolean(),
    comparisonMode: fc.constantFrom(...MODES),
    baselineIndex: fc.nat(),
    pinBaseline: fc.boolean(),
    glossaryOpen: fc.boolean(),
    term: fc.option(fc.constantFrom(...KNOWN.glossaryTerms), { nil: null }),
  })
  .map(({ baselineIndex, pinBaseline, comparisonOpen, catalogueFile, term, ...rest }) => ({
    ...rest,
    catalogueFile: rest.catalogueId === null ? null : catalogueFile,
    glossaryTerm: rest.glossaryOpen ? term : null,
    comparisonOpen: comparisonOpen && rest.comparison.length >= 2 && rest.detail === null,
    baseline:
      pinBaseline && rest.comparison.length > 0
        ? (rest.comparison[baselineIndex % rest.comparison.length] ?? null)
        : null,
  }));

// Plain checks rather than expect(): the never-throws properties call this 100,000 times.
function problemsOf(decoded: ViewState): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const unique = (list: readonly unknown[]) => new Set(list).size === list.length;
  const inTableOrder = <T>(table: readonly T[], list: readonly T[]) =>
    list.every(
      (id, i) =>
        table.includes(id) && (i === 0 || table.indexOf(list[i - 1] as T) < table.indexOf(id)),
    );
  check(inTableOrder(BUILT_IN_PLATFORM_TYPE_IDS, decoded.platformTypes), 'platform types');
  check(inTableOrder(BUILT_IN_OPERATOR_IDS, decoded.operators), 'operators');
  check(inTableOrder(CAPABILITY_KIND_IDS, decoded.capabilities), 'capabilities');
  check(inTableOrder(HIDEABLE, decoded.hiddenColumns), 'hidden columns');
  check(BASES.includes(decoded.basis), 'basis');
  check(MODES.includes(decoded.comparisonMode), 'compare mode');
  check(decoded.search.length <= SEARCH_MAX_LENGTH, 'search length');
  check(!CONTROL_CHARACTER.test(decoded.search), 'search control characters');
  check(unique(decoded.sorting.map((rule) => rule.column)), 'sort columns repeated');
  check(
    decoded.sorting.every((rule) => COLUMN_IDS.includes(rule.column)),
    'sort columns',
  );
  check(decoded.detail === null || KNOWN_SYSTEMS.includes(decoded.detail), 'detail');
  check(decoded.comparison.length <= COMPARISON_LIMIT, 'compare length');
  check(unique(decoded.comparison), 'compare repeated');
  check(
    decoded.comparison.every((id) => KNOWN_COMPARE_ITEMS.includes(id)),
    'compare items',
  );
  check(decoded.baseline === null || decoded.comparison.includes(decoded.baseline), 'baseline');
  check(typeof decoded.showMentioned === 'boolean', 'showMentioned');
  check(typeof decoded.comparisonOpen === 'boolean', 'comparisonOpen');
  check(
    !decoded.comparisonOpen || decoded.comparison.length >= 2,
    'comparison open with too few items',
  );
  check(!decoded.comparisonOpen || decoded.detail === null, 'comparison and detail both open');
  check(
    decoded.glossaryTerm === null ||
      (decoded.glossaryOpen && KNOWN_GLOSSARY_TERMS.includes(decoded.glossaryTerm)),
    'glossary term',
  );
  return problems;
}

export const isReadable = ({ view: decoded, ignored }: DecodedView) =>
  problemsOf(decoded).length === 0 && ignored.every((part) => part.reason !== UNREADABLE_LINK);
export const PROPERTY_TIMEOUT = 20_000;
