import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/catalogue/register-schema';
import {
  citationGrade,
  citedReport,
  reportedByText,
} from '../../../src/domain/sources/citation-grade';

const blog: Pick<Source, 'grade' | 'reports'> = {
  grade: { reliability: 'C', credibility: '3', reason: 'Reliability C: a blog.' },
  reports: [
    {
      id: 'ministry',
      originator: 'A ministry',
      carrier: 'a broadcaster',
      reliability: 'B',
      reason: 'Reliability B: on the record.',
    },
    {
      id: 'own-desk',
      originator: 'The blog desk',
      reliability: 'C',
      reason: 'Reliability C: own.',
    },
  ],
};

describe('citationGrade', () => {
  it("names the report a citation rests on and gives the item's grade, not the document's", () => {
    const grade = citationGrade({ report: 'ministry' }, blog);
    expect(grade.reportedBy).toBe('reported by A ministry, carried by a broadcaster');
    expect(grade.graded).toBe('graded B3 (usually reliable source, information possibly true)');
    expect(grade.differences).toEqual(["reliability B is the originator's, the document's own C"]);
  });

  it("keeps the document's grade and names no report where the citation names none", () => {
    const grade = citationGrade({}, blog);
    expect(grade.reportedBy).toBeNull();
    expect(grade.graded).toBe('graded C3 (fairly reliable source, information possibly true)');
    expect(grade.differences).toEqual([]);
  });

  it("says where the item's credibility is its own, beside a report's reliability", () => {
    const grade = citationGrade({ report: 'ministry', credibility: '1' }, blog);
    expect(grade.graded).toMatch(/^graded B1 /);
    expect(grade.differences).toEqual([
      "reliability B is the originator's, the document's own C",
      "this item 1, the source's own 3",
    ]);
  });

  it('names no carrier for a report that has none, and no difference where the letter is the same', () => {
    const grade = citationGrade({ report: 'own-desk' }, blog);
    expect(grade.reportedBy).toBe('reported by The blog desk');
    expect(grade.differences).toEqual([]);
  });

  it('names no report the source does not carry, and grades the item as the document', () => {
    expect(citedReport({ report: 'missing' }, blog)).toBeUndefined();
    expect(citationGrade({ report: 'missing' }, blog).reportedBy).toBeNull();
    expect(citationGrade({ report: 'missing' }, blog).graded).toMatch(/^graded C3 /);
  });

  it('says F and 6 cannot be judged, not that they are the worst', () => {
    const unjudged: Pick<Source, 'grade'> = {
      grade: { reliability: 'F', credibility: '6', reason: 'Reliability F: none.' },
    };
    expect(citationGrade({}, unjudged).graded).toBe(
      'graded F6 (source whose reliability cannot be judged, information whose truth cannot be judged)',
    );
    expect(reportedByText({ originator: 'X', carrier: 'Y' })).toBe('reported by X, carried by Y');
  });
});
