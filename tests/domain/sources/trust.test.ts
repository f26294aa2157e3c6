import { describe, expect, it } from 'vitest';
import type { SourceGrade } from '../../../src/catalogue/register-schema';
import { citationTest, gradeWords, meetsGrade } from '../../../src/domain/sources/trust';

const grade = (id: string): SourceGrade =>
  ({ reliability: id[0], credibility: id[1], reason: 'test' }) as SourceGrade;

describe('meetsGrade', () => {
  it('lets in a grade no worse than the threshold on either axis', () => {
    expect(meetsGrade(grade('B2'), 'C3')).toBe(true);
    expect(meetsGrade(grade('C3'), 'C3')).toBe(true);
    expect(meetsGrade(grade('C3'), 'C2')).toBe(false);
    expect(meetsGrade(grade('D1'), 'C3')).toBe(false);
    expect(meetsGrade(grade('E5'), null)).toBe(true);
    expect(meetsGrade(undefined, 'E5')).toBe(false);
  });

  it('reads F and 6 as "cannot be judged": no basis to meet a threshold, not the worst grade', () => {
    expect(meetsGrade(grade('F3'), 'E5')).toBe(false);
    expect(meetsGrade(grade('B6'), 'E5')).toBe(false);
    expect(meetsGrade(grade('F6'), 'E5')).toBe(false);
    // A threshold of F or 6 asks nothing of its axis, so it lets "cannot be judged" through.
    expect(meetsGrade(grade('F2'), 'F3')).toBe(true);
    expect(meetsGrade(grade('E2'), 'F3')).toBe(true);
    expect(meetsGrade(grade('B6'), 'B6')).toBe(true);
    expect(meetsGrade(grade('B5'), 'B6')).toBe(true);
    expect(meetsGrade(grade('C6'), 'B6')).toBe(false);
  });
});

describe('gradeWords', () => {
  it('names both axes in words', () => {
    expect(gradeWords('C3')).toBe('fairly reliable source, information possibly true');
  });

  it('says F and 6 cannot be judged rather than ranking them', () => {
    expect(gradeWords('F6')).toBe(
      'source whose reliability cannot be judged, information whose truth cannot be judged',
    );
  });
});

describe('citationTest', () => {
  const grades = new Map([
    ['S000', grade('C3')],
    ['S001', grade('B2')],
  ]);

  it('counts only stated citations under "stated outright only"', () => {
    const counts = citationTest({ evidence: 'stated', minGrade: null }, grades);
    expect(counts({ source: 'S000', locator: 'a', confidence: 'stated' })).toBe(true);
    expect(counts({ source: 'S000', locator: 'a', confidence: 'inferred' })).toBe(false);
  });

  it('counts only citations of sources graded at or above the threshold', () => {
    const counts = citationTest({ evidence: 'all', minGrade: 'B2' }, grades);
    expect(counts({ source: 'S001', locator: 'a', confidence: 'inferred' })).toBe(true);
    expect(counts({ source: 'S000', locator: 'a', confidence: 'stated' })).toBe(false);
    expect(counts({ source: 'S999', locator: 'a', confidence: 'stated' })).toBe(false);
  });
});

describe('a citation that rests on a relayed report (issue 21, N22)', () => {
  const grades = new Map([
    ['S000', { ...grade('C3'), reports: [{ id: 'state-department', reliability: 'B' as const }] }],
  ]);

  it("takes the report's reliability and keeps its own credibility, while the document's own text keeps the document's grade", () => {
    const counts = citationTest({ evidence: 'all', minGrade: 'B3' }, grades);
    const relayed = {
      source: 'S000',
      locator: 'para-4',
      confidence: 'stated' as const,
      report: 'state-department',
    };
    expect(counts(relayed)).toBe(true);
    expect(counts.grade(relayed)).toBe('B3');
    expect(counts({ source: 'S000', locator: 'item-1', confidence: 'stated' })).toBe(false);
    expect(counts({ ...relayed, report: 'not-listed' })).toBe(false);
  });
});
