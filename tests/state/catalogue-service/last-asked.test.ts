// The last query asked, kept with its answer: the same question gets the same answer.
import { describe, expect, it } from 'vitest';
import { NO_FACET_CHOICE } from '../../../src/domain/table/facets';
import { TRUST_ALL } from '../../../src/domain/sources/trust';
import { askedKey, lastAsked } from '../../../src/state/catalogue-service/last-asked';

const query = (search: string) => ({ ...NO_FACET_CHOICE, search, sorting: [] });

describe('the last query asked', () => {
  it('keys equal questions alike and different ones apart', () => {
    expect(askedKey(query('apc'), TRUST_ALL, 60)).toBe(
      askedKey(query('apc'), { ...TRUST_ALL }, 60),
    );
    expect(askedKey(query('apc'), TRUST_ALL, 60)).not.toBe(askedKey(query('apc'), TRUST_ALL, 6));
    expect(askedKey(query('apc'), TRUST_ALL, 60)).not.toBe(
      askedKey(query('apc'), { ...TRUST_ALL, evidence: 'stated' }, 60),
    );
  });

  it('gives the kept answer to the same key only, until forgotten', () => {
    const asked = lastAsked<string>();
    const answer = Promise.resolve('rows');
    asked.keep('a', answer);
    expect(asked.answerTo('a')).toBe(answer);
    expect(asked.answerTo('b')).toBeUndefined();
    asked.forget();
    expect(asked.answerTo('a')).toBeUndefined();
  });

  it('keeps no answer that was dropped', async () => {
    const asked = lastAsked<string>();
    const dropped = Promise.resolve(null);
    asked.keep('a', dropped);
    await dropped;
    await Promise.resolve();
    expect(asked.answerTo('a')).toBeUndefined();
  });
});
