import { describe, expect, it } from 'vitest';
import { agreementOf, knownToDiffer } from '../../../src/domain/comparison/agreement';

describe('whether values agree', () => {
  it('compares the trimmed text, keeping case', () => {
    expect(agreementOf(['M109 ', ' M109'])).toBe('same');
    expect(agreementOf(['M109', 'm109'])).toBe('differs');
  });

  it('treats a value that is not stated as unknown, never as a value', () => {
    expect(agreementOf(['', 'Licence-built in Iran'])).toBe('gaps');
    expect(agreementOf(['  ', 'x', 'x'])).toBe('gaps');
    expect(agreementOf(['', ''])).toBe('gaps');
    expect(agreementOf(['', 'x', 'y'])).toBe('differs');
  });

  it('knows a difference only between two stated values', () => {
    expect(knownToDiffer('x', 'y')).toBe(true);
    expect(knownToDiffer('x ', 'x')).toBe(false);
    expect(knownToDiffer('', 'y')).toBe(false);
    expect(knownToDiffer('x', '')).toBe(false);
  });
});
