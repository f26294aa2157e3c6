import { describe, expect, it } from 'vitest';
import { inSentence } from '../../../src/domain/view/in-sentence';

describe('inSentence', () => {
  it('lower-cases ordinary words and keeps abbreviations in capitals', () => {
    expect(inSentence('Main battle tank (MBT)')).toBe('main battle tank (MBT)');
    expect(inSentence('APC')).toBe('APC');
    expect(inSentence('Tank')).toBe('tank');
    expect(inSentence('Iraqi Air Force (IqAF)')).toBe('iraqi air force (IqAF)');
    expect(inSentence('IRGC-AF')).toBe('IRGC-AF');
  });
});
