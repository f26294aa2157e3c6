import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSearch, decodeView } from '../../../src/domain/link/decode';
import { encodeView, viewToSearch } from '../../../src/domain/link/encode';
import { COMPARISON_LIMIT, DEFAULT_VIEW, SEARCH_MAX_LENGTH } from '../../../src/domain/view/state';
import {
  KNOWN,
  KNOWN_IDS,
  PROPERTY_TIMEOUT,
  decode,
  reasons,
  validView,
  view,
} from './view-fixtures';

describe('decodeView', () => {
  it(
    'reads back every valid view it wrote',
    () => {
      fc.assert(
        fc.property(validView, (original) => {
          const { view: decoded, ignored } = decodeView(encodeView(original), KNOWN);
          expect(decoded).toEqual(original);
          expect(ignored).toEqual([]);
          // The link as the address bar holds it: a search holding U+FFFD raises no notice.
          expect(decodeSearch(viewToSearch(original), KNOWN)).toEqual({
            view: original,
            ignored: [],
          });
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('reads an empty query as the default view and returns fresh lists', () => {
    const { view: decoded, ignored } = decode('');
    expect(decoded).toEqual(DEFAULT_VIEW);
    expect(ignored).toEqual([]);
    decoded.platformTypes.push('mbt');
    expect(DEFAULT_VIEW.platformTypes).toEqual([]);
  });

  it('reads a hand-typed link without a version, with commas as separators', () => {
    const { view: decoded, ignored } = decode('?type=mbt,rifle&sort=-commonality,system');
    expect(decoded.platformTypes).toEqual(['mbt', 'rifle']);
    expect(decoded.sorting).toEqual([
      { column: 'commonality', desc: true },
      { column: 'system', desc: false },
    ]);
    expect(ignored).toEqual([]);
  });

  // One row per link the decoder reads with exactly one part ignored: the link, then that part's
  // key, value and reason as the notice names them.
  type OneIgnored = [search: string, key: string, value: string, reason: string];
  const decodesIgnoringOnly = ([search, key, value, reason]: OneIgnored) => {
    const decoded = decode(search);
    expect(decoded.ignored).toEqual([{ key, value, reason }]);
    return decoded.view;
  };

  describe('says why each ignored part was ignored', () => {
    const cases: OneIgnored[] = [
      ['?zoom=3', 'zoom', '3', 'unknown key'],
      ['?type=mbt&type=sph', 'type', 'sph', 'repeated key: the first value is used'],
      ['?type=', 'type', '', 'no value given'],
      ['?type=mbt_tnk', 'type', 'tnk', "unknown platform type 'tnk'"],
      ['?type=mbt_mbt', 'type', 'mbt', "'mbt' is listed more than once"],
      ['?op=iraqi-navy', 'op', 'iraqi-navy', "unknown operator 'iraqi-navy'"],
      ['?cap=nukes', 'cap', 'nukes', "unknown capability 'nukes'"],
      ['?basis=some', 'basis', 'some', "unknown basis 'some': use all or sourced"],
      ['?q=a%07b', 'q', 'a\u0007b', 'control characters removed from the search text'],
      [
        '?q=%E0%A4%A',
        'q',
        '\ufffd%A',
        'part of the search text was not valid UTF-8 and shows as �',
      ],
      ['?ev=some', 'ev', 'some', "unknown evidence level 'some': use all or stated"],
      ['?grade=Z9', 'grade', 'Z9', "unknown grade 'Z9': use a letter A–F and a digit 1–6, e.g. C3"],
      ['?sort=speed', 'sort', 'speed', "unknown column 'speed'"],
      [
        '?sort=origin_-origin',
        'sort',
        '-origin',
        "column 'origin' is sorted twice: the first rule is used",
      ],
      ['?hide=system', 'hide', 'system', "the 'system' column cannot be hidden"],
      ['?hide=speed', 'hide', 'speed', "unknown column 'speed'"],
      ['?sys=t-80', 'sys', 't-80', "unknown system 't-80'"],
      ['?more=yes', 'more', 'yes', 'more takes 1 or 0'],
      ['?cmpopen=true', 'cmpopen', 'true', 'cmpopen takes 1 or 0'],
      ['?cmp=t-80', 'cmp', 't-80', "unknown compare item 't-80'"],
      [
        '?mode=same',
        'mode',
        'same',
        "unknown compare mode 'same': use all, differences or similarities",
      ],
      ['?cmp=t-72&base=m109', 'base', 'm109', "baseline 'm109' is not one of the compared items"],
      ['?cmp=t-72&cmpopen=1', 'cmpopen', '1', 'the comparison needs at least 2 items to open'],
      [
        '?sys=akm&cmp=t-72_m109&cmpopen=1',
        'cmpopen',
        '1',
        'a system detail and the comparison cannot both be open: the detail is shown',
      ],
    ];
    it.each(cases)('%s', (...row) => {
      decodesIgnoringOnly(row);
    });
  });

  describe('names what it ignored as the link wrote it', () => {
    it('reports a value with no key, and names the value', () => {
      expect(decode('?=foo').ignored).toEqual([{ key: '', value: 'foo', reason: 'no key given' }]);
      expect(decode('?&&&=&').ignored).toEqual([{ key: '', value: '', reason: 'no key given' }]);
    });

    it.each<OneIgnored>([
      ['?type=_', 'type', '_', 'no platform type given'],
      ['?type=,,,', 'type', ',,,', 'no platform type given'],
      ['?type=%2C_%2C', 'type', ',_,', 'no platform type given'],
      ['?op=_', 'op', '_', 'no operator given'],
      ['?hide=,', 'hide', ',', 'no column given'],
      ['?sort=__', 'sort', '__', 'no column given'],
      ['?cmp=_', 'cmp', '_', 'no compare item given'],
    ])('reports %s, a list with separators and no items', (...row) => {
      expect(decodesIgnoringOnly(row)).toEqual(DEFAULT_VIEW);
    });

    it('never cuts a character in half when it shortens a value', () => {
      const emoji = decode(`?q=${'a'.repeat(99)}%F0%9F%98%80`).ignored[0]?.value;
      expect(emoji).toBe(`${'a'.repeat(99)}…`);
      const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
      const families = decode(`?q=${encodeURIComponent(family.repeat(20))}`).ignored[0]?.value;
      expect(families).toBe(`${family.repeat(Math.floor(100 / family.length))}…`);
      const quoted = decode(`?type=${encodeURIComponent(`${'t'.repeat(39)}${family}`)}`);
      expect(quoted.ignored[0]?.reason).toBe(`unknown platform type '${'t'.repeat(39)}…'`);
    });

    it('raises the UTF-8 notice for a broken link but not for the link it is rewritten to', () => {
      const broken = decode('?q=%E0%A4%A');
      expect(reasons(broken.ignored)).toEqual([
        'part of the search text was not valid UTF-8 and shows as �',
      ]);
      const rewritten = viewToSearch(broken.view);
      expect(rewritten).toBe('?v=1&q=%EF%BF%BD%25A');
      expect(decode(rewritten)).toEqual({ view: broken.view, ignored: [] });
      expect(decode('?q=T-72+\ufffd').ignored).toEqual([]);
    });
  });

  it('keeps the valid part of a partly valid list', () => {
    const { view: decoded, ignored } = decode('?v=1&type=rifle_tnk_mbt_rifle&op=irgc_navy');
    expect(decoded.platformTypes).toEqual(['mbt', 'rifle']);
    expect(decoded.operators).toEqual(['irgc']);
    expect(reasons(ignored)).toEqual([
      "unknown platform type 'tnk'",
      "'rifle' is listed more than once",
      "unknown operator 'navy'",
    ]);
  });

  it("checks platform types and operators against the named catalogue's own vocabulary", () => {
    // A SIPRI export declares its classes: 'tank' is one of them, 'mbt' (built-in) is not.
    const sipri = { ...KNOWN, platformTypes: ['tank', 'apc'], operators: ['iraq', 'iran'] };
    const { view: decoded, ignored } = decodeSearch('?v=1&type=tank_mbt&op=iran_irgc', sipri);
    expect(decoded.platformTypes).toEqual(['tank']);
    expect(decoded.operators).toEqual(['iran']);
    expect(reasons(ignored)).toEqual(["unknown platform type 'mbt'", "unknown operator 'irgc'"]);
  });

  it('keeps the first five compare items and drops a baseline that is not among them', () => {
    const { view: decoded, ignored } = decode(
      `?cmp=${KNOWN_IDS.comparisonItems.slice(0, 7).join('_')}&base=m109.iran.hm41`,
    );
    expect(decoded.comparison).toEqual(KNOWN_IDS.comparisonItems.slice(0, COMPARISON_LIMIT));
    expect(decoded.baseline).toBeNull();
    expect(ignored).toEqual([
      {
        key: 'cmp',
        value: 'm109.iran.hm41_m113',
        reason: 'too many compare items: the first 5 are kept',
      },
      {
        key: 'base',
        value: 'm109.iran.hm41',
        reason: "baseline 'm109.iran.hm41' is not one of the compared items",
      },
    ]);
  });

  it('cuts long search text to the limit without splitting a character', () => {
    const long = '\u{1F600}'.repeat(SEARCH_MAX_LENGTH);
    const { view: decoded, ignored } = decode(`?q=${encodeURIComponent(long)}`);
    expect(decoded.search).toBe('\u{1F600}'.repeat(SEARCH_MAX_LENGTH / 2));
    expect(reasons(ignored)).toEqual([`search text cut to ${SEARCH_MAX_LENGTH} characters`]);
  });

  it('keeps search text as typed, spaces and markup included', () => {
    const typed = '  <b>T-72</b> تانک ';
    expect(decode(viewToSearch(view({ search: typed }))).view.search).toBe(typed);
  });

  describe('with hostile input', () => {
    it.each(['?__proto__=1', '?constructor=x', '?prototype=y', '?__proto__[polluted]=1'])(
      'ignores %s as an unknown key and pollutes nothing',
      (search) => {
        const { view: decoded, ignored } = decode(search);
        expect(decoded).toEqual(DEFAULT_VIEW);
        expect(reasons(ignored)).toEqual(['unknown key']);
        expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      },
    );

    it('rejects markup where an id is expected and keeps it as text in the search', () => {
      const { view: decoded, ignored } = decode(
        '?type=<script>alert(1)</script>&q=<script>alert(1)</script>',
      );
      expect(decoded.platformTypes).toEqual([]);
      expect(decoded.search).toBe('<script>alert(1)</script>');
      expect(reasons(ignored)).toEqual(["unknown platform type '<script>alert(1)</script>'"]);
    });

    it('survives a URLSearchParams built outside decodeSearch with huge values', () => {
      const params = new URLSearchParams();
      params.set('q', 'b'.repeat(1_000_000));
      params.set('cmp', 't-72_'.repeat(200_000));
      const { view: decoded, ignored } = decodeView(params, KNOWN);
      expect(decoded.search).toBe('b'.repeat(SEARCH_MAX_LENGTH));
      expect(decoded.comparison).toEqual([]);
      expect(reasons(ignored)).toEqual([
        `search text cut to ${SEARCH_MAX_LENGTH} characters`,
        'value longer than 1000 characters',
      ]);
    });
  });
});
