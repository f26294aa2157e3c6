import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut, quote, QUOTE_LIMIT, quoteReceived } from '../../src/catalogue/quote';

describe('quote', () => {
  it('quotes a short value as it is', () => {
    expect(quote('t-72')).toBe('"t-72"');
    expect(cut('t-72')).toBe('t-72');
  });

  it('cuts a long value and states its size', () => {
    expect(quote('A'.repeat(20_971_520))).toBe(
      `"${'A'.repeat(QUOTE_LIMIT)}…" (20,971,520 characters)`,
    );
    expect(cut('b'.repeat(100), 10)).toBe('bbbbbbbbbb… (100 characters)');
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(quote(`${'a'.repeat(QUOTE_LIMIT - 1)}🚀tail`)).toBe(
      `"${'a'.repeat(QUOTE_LIMIT - 1)}…" (${QUOTE_LIMIT + 5} characters)`,
    );
  });

  it('keeps any value to a readable length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        expect(quote(text).length).toBeLessThanOrEqual(QUOTE_LIMIT + 30);
        expect(cut(text).length).toBeLessThanOrEqual(QUOTE_LIMIT + 30);
      }),
    );
  });
});

describe('quoteReceived', () => {
  it('cuts a quoted string inside its quotes and leaves words and numbers alone', () => {
    expect(quoteReceived(`"${'x'.repeat(100)}"`, 4)).toBe('"xxxx…" (100 characters)');
    expect(quoteReceived('Object')).toBe('Object');
    expect(quoteReceived('1e+308')).toBe('1e+308');
  });
});
