import { describe, expect, it } from 'vitest';
import { citationTest } from '../../../src/domain/sources/trust';
import { commonalityOf } from '../../../src/domain/table/commonality';
import {
  commonalityDescription,
  commonalityReason,
  commonalityText,
} from '../../../src/domain/table/commonality-text';
import { SHIPPED_GRADES, SHIPPED_SYSTEMS, shipped, systemReporting } from './commonality-fixtures';

describe('a level the filters set aside (N1)', () => {
  const strict = citationTest({ evidence: 'all', minGrade: 'C2' }, SHIPPED_GRADES);

  it('reads "set aside by the filter" under "C2 or better", never the sources\' silence', () => {
    for (const system of SHIPPED_SYSTEMS.filter((entry) => entry.id !== 't-72')) {
      const commonality = commonalityOf(system, strict);
      expect(commonality.level).toBe('none');
      expect(commonality.setAside.length).toBeGreaterThan(0);
      expect(commonalityText(commonality)).toBe('Set aside by the filter');
      expect(commonalityDescription(commonality)).not.toMatch(/report no Iranian support/);
      expect(commonalityDescription(commonality)).toMatch(/no support is reported at this filter/);
    }
  });

  it('still reads None when nothing is reported at all', () => {
    const silent = commonalityOf(systemReporting([]), () => false);
    expect(commonalityText(silent)).toBe('None');
    expect(commonalityDescription(silent)).toBe('the sources report no Iranian support');
  });
});

describe('why a row has its level', () => {
  it('names the records this row rests on, with status and evidence', () => {
    expect(commonalityReason(commonalityOf(shipped('t-72')))).toBe(
      'This row: Medium, resting on ammunition (makes, stated); spares & servicing (makes, inferred).',
    );
  });

  it('names what the filter set aside', () => {
    const stated = commonalityOf(shipped('m109'), (cite) => cite.confidence === 'stated');
    expect(commonalityReason(stated)).toBe(
      'This row: Low, resting on ammunition (makes, stated). Set aside by the filter: spares & servicing.',
    );
    expect(commonalityReason(commonalityOf(shipped('m109'), () => false))).toMatch(
      /^This row: set aside by the filter; the sources report support, but none of it passes the filter\. Set aside by the filter: ammunition, spares & servicing\.$/,
    );
  });
});
