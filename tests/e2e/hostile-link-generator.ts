import {
  BUILT_IN_PLATFORM_TYPE_IDS,
  BUILT_IN_OPERATOR_IDS,
} from '../../src/catalogue/built-in-vocabulary';
// Seeded hostile links: a random valid view written in any of the ways a person or a tool might
// write it, then zero to four mutations from the reliability review, and sometimes a fragment.
import { CAPABILITY_KIND_IDS } from '../../src/catalogue/vocabulary';
import { idsOf, type KnownIds } from '../../src/domain/link/known-ids';
import { COLUMN_IDS, HIDEABLE_COLUMN_IDS } from '../../src/domain/table/columns';
import { seededRandom } from '../../scripts/seeded-random';

export function hostileLinks(seed: number, count: number, known: KnownIds): string[] {
  const systems = idsOf(known.systems);
  const comparisonItems = idsOf(known.comparisonItems);
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max = list.length): T[] =>
    list.filter(() => next() < 0.4).slice(0, max);
  const separator = () => pick(['_', ',', '%2C']);
  const list = (items: readonly string[]) => items.join(separator());
  const text = () =>
    pick([
      'T-72',
      'army',
      'federal police',
      'تانک',
      '👨‍👩‍👧‍👦 family',
      '+&=?',
      '%41',
      'e\u0301',
      '\u202Eevil',
      '<script>alert(1)</script>',
    ]);
  const encode = (value: string) =>
    next() < 0.5 ? encodeURIComponent(value) : encodeURIComponent(value).replace(/%20/g, '+');

  const valid = (): string[] => {
    const parts: string[] = [];
    const add = (key: string, value: string) => {
      if (next() < 0.35) parts.push(`${key}=${value}`);
    };
    add('type', list(some(BUILT_IN_PLATFORM_TYPE_IDS, 3)));
    add('op', list(some(BUILT_IN_OPERATOR_IDS, 3)));
    add('cap', list(some(CAPABILITY_KIND_IDS, 2)));
    add('basis', pick(['all', 'sourced']));
    add('q', encode(text()));
    add('sort', list(some(COLUMN_IDS, 3).map((id) => (next() < 0.5 ? `-${id}` : id))));
    add('hide', list(some(HIDEABLE_COLUMN_IDS, 3)));
    add('sys', pick(systems));
    add('more', '1');
    const compared = some(comparisonItems, 5);
    if (compared.length > 0) {
      add('cmp', list(compared));
      add('cmpopen', '1');
      add('mode', pick(['all', 'differences', 'similarities']));
      add('base', pick(compared));
    }
    return parts.filter((part) => !part.endsWith('='));
  };

  const mutations: ((parts: string[]) => void)[] = [
    (parts) => parts.push(pick(['zoom=3', '__proto__=1', 'constructor%5Bprototype%5D%5Bx%5D=1'])),
    (parts) => parts.push(pick(['%3Cscript%3E=1', '%F0%9F%98%80=x', 'toString=1'])),
    (parts) => parts.push(pick(['=foo', '=', '&&&=&'])),
    (parts) =>
      parts.push(
        `${pick(['type', 'op', 'cap', 'hide', 'sort', 'cmp'])}=${pick(['zzz', 'mbt_tnk', '__proto__', 'prototype'])}`,
      ),
    (parts) => parts.push(`sys=${pick(['t-80', 'constructor', '%3Cb%3E'])}`),
    (parts) =>
      parts.push(`${pick(['type', 'op', 'sort', 'cmp', 'hide'])}=${pick(['_', '%2C%2C', ',_,'])}`),
    (parts) =>
      parts.push(`type=${pick(BUILT_IN_PLATFORM_TYPE_IDS)}_${pick(BUILT_IN_PLATFORM_TYPE_IDS)}`),
    (parts) =>
      parts.push(
        `type=${pick(BUILT_IN_PLATFORM_TYPE_IDS)}`,
        `type=${pick(BUILT_IN_PLATFORM_TYPE_IDS)}`,
      ),
    (parts) =>
      parts.unshift(
        `v=${pick(['-1', '0', '2', '999999', '1e3', 'NaN', 'Infinity', '0x1', '%D9%A1', '%EF%BC%91', '1'.repeat(23)])}`,
      ),
    (parts) => parts.push(`q=${pick(['%E0%A4%A', '%C0%80', '%F0%9F%98', 'T-72+%FF'])}`),
    (parts) => parts.push(`q=${pick(['%EF%BF%BD', 'T-72+%EF%BF%BD%25A'])}`),
    (parts) => parts.push(`q=a%07b%00c`),
    (parts) => parts.push(`q=${encodeURIComponent('👨‍👩‍👧‍👦'.repeat(20))}`),
    (parts) => parts.push(`cmp=${comparisonItems.slice(0, 7).join('_')}`),
    (parts) =>
      parts.push(
        pick(['cmpopen=1', 'base=akm', 'hide=system', 'mode=same', 'basis=some', 'more=yes']),
      ),
    (parts) => parts.push(`q=${'x'.repeat(pick([150, 1500]))}`),
    (parts) => parts.push(`zz=${'y'.repeat(pick([4100, 12_000]))}`, 'type=mbt'),
    (parts) => parts.push(...Array.from({ length: 70 }, (_, index) => `p${index}=1`)),
  ];

  const fragments = ['', '', '', '#main', '#%ZZ', '#__proto__', '#?v=1&type=zzz', '#%00'];

  const links: string[] = [];
  while (links.length < count) {
    const parts = valid();
    const times = Math.floor(next() * 5);
    for (let time = 0; time < times; time += 1) pick(mutations)(parts);
    const shuffled = next() < 0.3 ? [...parts].sort(() => next() - 0.5) : parts;
    const query = shuffled.length > 0 ? `?${shuffled.join('&')}` : '';
    const link = `${query}${pick(fragments)}`;
    // Node's HTTP server (vite preview) answers 431 to a request line over 16 kB; the codec's
    // handling of longer links is covered by the unit tests.
    if (link.length <= MAX_LINK_LENGTH) links.push(link);
  }
  return links;
}

const MAX_LINK_LENGTH = 14_000;
