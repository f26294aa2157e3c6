import { describe, expect, it } from 'vitest';
import { gradeThreshold } from '../../../src/domain/sources/grade-threshold';
import { GRADE_IDS, meetsGrade, type GradeId } from '../../../src/domain/sources/trust';

const grade = (id: GradeId) =>
  ({ reliability: id[0], credibility: id[1] }) as Parameters<typeof meetsGrade>[0];

describe('gradeThreshold', () => {
  it('writes a threshold that asks something of both axes as the grade "or better"', () => {
    expect(gradeThreshold('C3').option).toBe('C3 or better');
    expect(gradeThreshold('C3').clause).toBe('sources graded C3 or better');
    expect(gradeThreshold('C3').explanation).toBe(
      'Counts an item whose source is C (fairly reliable) or better and which is itself 3 (possibly true) or better.',
    );
  });

  it('writes an F threshold as asking nothing of the source, and a 6 as asking nothing of the item', () => {
    expect(gradeThreshold('F3').option).toBe('Information 3 or better, any source');
    expect(gradeThreshold('F3').clause).toBe('information graded 3 or better, from any source');
    expect(gradeThreshold('C6').option).toBe('Source C or better, any information');
    expect(gradeThreshold('C6').explanation).toMatch(/whatever the item's credibility, 6 included/);
    expect(gradeThreshold('F6').option).toBe('Any source in the register');
  });

  it('never writes a grade of F or 6 "or better"', () => {
    for (const id of GRADE_IDS) {
      const { option, clause } = gradeThreshold(id);
      expect(`${option} ${clause}`).not.toMatch(/\b([A-E]6|F[1-6]) or better/);
    }
  });

  it('says of every threshold what meetsGrade does: "any source" lets F in, "any information" lets 6 in', () => {
    for (const id of GRADE_IDS) {
      const { explanation } = gradeThreshold(id);
      expect(meetsGrade(grade(`F${id[1]}` as GradeId), id)).toBe(
        /F included|F and 6/.test(explanation),
      );
      expect(meetsGrade(grade(`${id[0]}6` as GradeId), id)).toBe(/6 included/.test(explanation));
    }
  });
});
