// The rows a client has received: each kept once, and word sent only when something new arrived.
import { describe, expect, it } from 'vitest';
import { TRUST_ALL } from '../../../src/domain/sources/trust';
import { postedRow, deriveRows } from '../../../src/domain/table/rows';
import { receivedRows } from '../../../src/state/catalogue-service/received-rows';
import { loadShippedCatalogue } from '../../support/render-with-store';

const posted = deriveRows(loadShippedCatalogue().catalogue).map(postedRow);

describe('receivedRows', () => {
  it('tells its listeners only when rows arrive that it did not hold where they are', () => {
    const received = receivedRows();
    let told = 0;
    received.subscribe(() => (told += 1));
    received.remember(TRUST_ALL, posted.slice(0, 3), [0, 1, 2]);
    expect(told).toBe(1);
    // The same rows again, some of them: nothing new to draw.
    received.remember(TRUST_ALL, posted.slice(0, 2), [0, 1]);
    expect(told).toBe(1);
    // A fourth row is news; so is a row at another place, a system found absent, another trust.
    received.remember(TRUST_ALL, posted.slice(0, 4), [0, 1, 2, 3]);
    expect(told).toBe(2);
    received.remember(TRUST_ALL, posted.slice(0, 1), [5]);
    expect(told).toBe(3);
    received.remember(TRUST_ALL, [], [], ['no-such-system']);
    expect(told).toBe(4);
    received.remember(TRUST_ALL, [], [], ['no-such-system']);
    expect(told).toBe(4);
    received.remember({ ...TRUST_ALL, minGrade: 'B2' }, posted.slice(0, 1), [0]);
    expect(told).toBe(5);
    expect(received.version()).toBe(5);
  });

  it('keeps the row it holds when the same system arrives again', () => {
    const received = receivedRows();
    const [first] = posted;
    if (!first) throw new Error('the shipped catalogue has rows');
    received.remember(TRUST_ALL, [first], [0]);
    received.remember(TRUST_ALL, [{ ...first }], [0]);
    expect(received.heldAt(TRUST_ALL, 0)).toBe(first);
    expect(received.held(TRUST_ALL, 'no-such-system')).toBeUndefined();
  });
});
