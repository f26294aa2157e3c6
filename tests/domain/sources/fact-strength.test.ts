import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/catalogue/schema';
import {
  factStrength,
  isSetAsideFact,
  SET_ASIDE,
  strengthText,
} from '../../../src/domain/sources/fact-strength';

const grades = new Map([
  ['S000', { reliability: 'C', credibility: '3' }] as const,
  ['S001', { reliability: 'B', credibility: '2' }] as const,
]);
const cite = (source: string, confidence: Citation['confidence']): Citation => ({
  source,
  locator: 'para-1',
  confidence,
});

describe('factStrength', () => {
  it('grades each citation by its own report and credibility, and each register by its own grades', () => {
    const relayed = new Map([
      [
        'S000',
        { reliability: 'C', credibility: '3', reports: [{ id: 'state', reliability: 'B' }] },
      ] as const,
    ]);
    const fromReport: Citation = { ...cite('S000', 'stated'), report: 'state' };
    const confirmed: Citation = { ...cite('S000', 'stated'), credibility: '2' };
    expect(factStrength([cite('S000', 'stated')], undefined, relayed).grades).toEqual(['C3']);
    expect(factStrength([fromReport], undefined, relayed).grades).toEqual(['B3']);
    expect(factStrength([confirmed], undefined, relayed).grades).toEqual(['C2']);
    expect(factStrength([fromReport, confirmed], undefined, relayed).grades).toEqual(['B3', 'C2']);
    // The same citations under another register's grades are graded afresh, not from a cache.
    expect(factStrength([fromReport], undefined, grades).grades).toEqual(['C3']);
  });

  it('names each grade once, of counted citations only, or of all when the fact is set aside', () => {
    const cites = [cite('S001', 'stated'), cite('S000', 'inferred'), cite('S001', 'inferred')];
    const countsStated = (one: Citation) => one.confidence === 'stated';
    expect(factStrength(cites, countsStated, grades)).toEqual({
      standing: 'counted',
      confidence: 'stated',
      grades: ['B2'],
    });
    expect(factStrength(cites, () => false, grades)).toEqual({
      standing: 'set-aside',
      grades: ['B2', 'C3'],
    });
  });

  it('is stated when one counted citation states the fact, with the counted grades', () => {
    const strength = factStrength(
      [cite('S000', 'inferred'), cite('S001', 'stated')],
      undefined,
      grades,
    );
    expect(strength).toEqual({ standing: 'counted', confidence: 'stated', grades: ['B2', 'C3'] });
    expect(strengthText(strength)).toBe('B2/C3, stated');
  });

  it('is inferred when every counted citation only infers it', () => {
    const strength = factStrength(
      [cite('S000', 'inferred'), cite('S001', 'stated')],
      (c) => c.source === 'S000',
      grades,
    );
    expect(strengthText(strength)).toBe('C3, inferred');
  });

  it('is set aside, never absent, when the filters count none of its citations', () => {
    const strength = factStrength([cite('S000', 'stated')], () => false, grades);
    expect(strength.standing).toBe('set-aside');
    expect(strengthText(strength)).toBe(`C3, ${SET_ASIDE}`);
    expect(strengthText(strength)).not.toMatch(/none|no support/i);
    expect(isSetAsideFact([cite('S000', 'stated')], () => false)).toBe(true);
    expect(isSetAsideFact([cite('S000', 'stated')])).toBe(false);
  });

  it('says "ungraded" for a source the register does not grade', () => {
    expect(strengthText(factStrength([cite('S404', 'stated')]))).toBe('ungraded, stated');
  });
});
