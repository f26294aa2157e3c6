import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view/state';
import { decode, view } from './view-fixtures';

const CUT_OFF = 'the link is longer than 4,000 characters, so this part was cut off';

describe('an over-long link', () => {
  it('ignores whatever follows the first 4,000 characters of a 10 MB link, naming its key', () => {
    const huge = `?type=mbt&q=${'a'.repeat(10_000_000)}`;
    const { view: decoded, ignored } = decode(huge);
    expect(decoded).toEqual(view({ platformTypes: ['mbt'] }));
    expect(ignored).toEqual([{ key: 'q', value: `${'a'.repeat(100)}…`, reason: CUT_OFF }]);
  });

  it('names every key an over-long link loses, and does not say "the rest" when all is lost', () => {
    expect(decode(`?q=${'b'.repeat(6000)}`)).toEqual({
      view: DEFAULT_VIEW,
      ignored: [{ key: 'q', value: `${'b'.repeat(100)}…`, reason: CUT_OFF }],
    });
    const { view: decoded, ignored } = decode(
      `?v=1&type=mbt&zoom=${'z'.repeat(3990)}&sys=akm&op=irgc&&q=${'%F0%9F%98%80'.repeat(500)}`,
    );
    expect(decoded).toEqual(view({ platformTypes: ['mbt'] }));
    expect(ignored.map((part) => [part.key, part.reason])).toEqual([
      ['zoom', CUT_OFF],
      ['sys', CUT_OFF],
      ['op', CUT_OFF],
      ['q', CUT_OFF],
    ]);
    expect(ignored[3]?.value).toBe(`${'\u{1F600}'.repeat(50)}…`);
  });

  it('counts, without reading, the parts of a huge cut-off tail beyond those it names', () => {
    const { ignored } = decode(`?q=${'a'.repeat(4000)}&${'x=1&'.repeat(2_000_000)}`);
    expect(ignored).toHaveLength(21);
    expect(ignored.at(-1)?.reason).toBe('1999981 more ignored parts');
  });
});
