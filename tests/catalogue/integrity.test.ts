import { describe, expect, it } from 'vitest';
import { checkCorroboration } from '../../src/catalogue/corroboration-check';
import { checkIntegrity } from '../../src/catalogue/integrity';
import type { Catalogue } from '../../src/catalogue/schema';
import type { Source } from '../../src/catalogue/register-schema';
import { CATALOGUE_FILE, REGISTER_FILE } from '../../src/catalogue/loaded';
import { readJson } from './read-shipped-data';

const FILES = { catalogue: CATALOGUE_FILE, register: REGISTER_FILE };

function fixture(): { catalogue: Catalogue; sources: Source[] } {
  return {
    catalogue: readJson(CATALOGUE_FILE) as Catalogue,
    sources: (readJson(REGISTER_FILE) as { sources: Source[] }).sources,
  };
}

/** What `check` finds in the shipped data once `breakIt` has changed a fresh copy of it. */
const after =
  <T>(check: (catalogue: Catalogue, sources: Source[]) => T) =>
  (breakIt: (data: { catalogue: Catalogue; sources: Source[] }) => void): T => {
    const data = fixture();
    breakIt(data);
    return check(data.catalogue, data.sources);
  };
const problemsAfter = after((catalogue, sources) => checkIntegrity(catalogue, sources, FILES));

describe('checkIntegrity', () => {
  it('finds nothing wrong with the shipped data', () => {
    const { catalogue, sources } = fixture();
    expect(checkIntegrity(catalogue, sources, FILES)).toEqual([]);
  });

  it('names a citation resting on a report its source does not list, and a report reason that does not name its axis (N22)', () => {
    const problems = problemsAfter(({ catalogue, sources }) => {
      const event = catalogue.events.find((found) => found.id === 'us-seeks-clarification');
      const cite = event?.cites[0];
      if (cite) cite.report = 'not-a-report';
      const report = sources[0]?.reports?.[0];
      if (report) report.reason = 'an official spokeswoman';
    });
    const messages = problems.map((problem) => problem.message);
    expect(messages).toContainEqual(expect.stringContaining('rests on report "not-a-report"'));
    expect(messages).toContainEqual(expect.stringContaining('should start "Reliability B:"'));
    expect(problems).toHaveLength(2);
  });

  it('names the citation whose source is not in the register', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[2]!.capabilities[3]!.cites[0]!.source = 'S009';
    });
    expect(problems).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[2].capabilities[3].cites[0].source',
        message: expect.stringContaining('S009') as string,
      },
    ]);
  });

  it('names the citation whose locator its source does not have', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.events[1]!.cites[0]!.locator = 'para-99';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: CATALOGUE_FILE,
      path: 'events[1].cites[0].locator',
    });
    expect(problems[0]?.message).toMatch(/para-99.*S004/);
  });

  it('reports a fact that cites the same passage twice', () => {
    const problems = problemsAfter(({ catalogue }) => {
      const capability = catalogue.systems[1]!.capabilities[2]!;
      capability.cites = [...capability.cites, { ...capability.cites[0]!, confidence: 'inferred' }];
    });
    expect(problems).toEqual([
      {
        file: 'data/catalogue.json',
        path: 'systems[1].capabilities[2].cites[1]',
        message: expect.stringMatching(
          /^cites S000 item-2 a second time \(first at .*cites\[0\]\)/,
        ),
      },
    ]);
  });

  it.each([3, 40])('finds every repeat among %i citations of one passage', (count) => {
    const problems = problemsAfter(({ catalogue }) => {
      const capability = catalogue.systems[1]!.capabilities[2]!;
      capability.cites = Array.from({ length: count }, () => ({ ...capability.cites[0]! }));
    });
    expect(problems.map((problem) => problem.path)).toEqual(
      Array.from({ length: count - 1 }, (_, k) => `systems[1].capabilities[2].cites[${k + 1}]`),
    );
    for (const problem of problems) expect(problem.message).toMatch(/\(first at .*cites\[0\]\)/);
  });

  it('checks citations on variants and mentioned items too', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[0]!.iran[0]!.cites[0]!.locator = 'item-9';
      catalogue.mentioned[0]!.cites[1]!.source = 'S123';
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[0].iran[0].cites[0].locator',
      'mentioned[0].cites[1].source',
    ]);
  });

  it.each([
    ['systems', 'systems[1].id'],
    ['mentioned', 'mentioned[1].id'],
    ['events', 'events[1].id'],
    ['glossary', 'glossary[1].id'],
  ] as const)('reports a duplicate id among %s at the second use', (list, path) => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue[list][1]!.id = catalogue[list][0]!.id;
    });
    expect(problems.map((problem) => problem.path)).toContain(path);
    expect(problems.find((problem) => problem.path === path)?.message).toMatch(/duplicate/);
  });

  it('reports a variant id used on both the Iraqi and the Iranian side of a system', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[1]!.iran[0]!.id = catalogue.systems[1]!.iraq[0]!.id;
    });
    expect(problems).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[1].iran[0].id',
        message: 'duplicate variant (in m109) id "m109-iraq" (first used at systems[1].iraq[0])',
      },
    ]);
  });

  it('reports duplicate source and locator ids against the register file', () => {
    const problems = problemsAfter(({ sources }) => {
      sources[3]!.locators.push({ ...sources[3]!.locators[0]! });
      sources.push({ ...sources[4]!, locators: [...sources[4]!.locators] });
    });
    expect(problems.map((problem) => [problem.file, problem.path])).toEqual([
      [REGISTER_FILE, 'sources[6].id'],
      [REGISTER_FILE, 'sources[3].locators[9].id'],
    ]);
  });

  describe('a source id used twice', () => {
    it('is one problem, not one more for every citation of that id', () => {
      const problems = problemsAfter(({ sources }) => {
        sources.push({ ...structuredClone(sources[2]!), id: 'S000' });
      });
      expect(problems).toEqual([
        {
          file: REGISTER_FILE,
          path: 'sources[6].id',
          message: expect.stringMatching(
            /^duplicate source id "S000" \(first used at sources\[0\]\); the \d+ citations of S000 are checked against both records until this is fixed$/,
          ),
        },
      ]);
    });

    it('reads the record as the id its file name points to, when no record has that id', () => {
      const problems = problemsAfter(({ sources }) => {
        sources[1]!.id = 'S000';
      });
      expect(problems).toEqual([
        {
          file: REGISTER_FILE,
          path: 'sources[1].id',
          message: expect.stringMatching(
            /^duplicate source id "S000" \(first used at sources\[0\]\); its file "001_[^"]+" suggests it is S001; the \d+ citations of S001 are checked against it until this is fixed$/,
          ),
        },
      ]);
    });

    it('still reports a citation that neither record can answer', () => {
      const problems = problemsAfter(({ catalogue, sources }) => {
        sources.push({ ...structuredClone(sources[2]!), id: 'S000' });
        catalogue.systems[0]!.iraq[0]!.cites[0] = {
          ...catalogue.systems[0]!.iraq[0]!.cites[0]!,
          source: 'S000',
          locator: 'nowhere',
        };
      });
      expect(problems.map((problem) => problem.path)).toEqual([
        'sources[6].id',
        'systems[0].iraq[0].cites[0].locator',
      ]);
    });
  });

  it('names the missing capability kind', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[3]!.capabilities = catalogue.systems[3]!.capabilities.filter(
        (capability) => capability.kind !== 'spares',
      );
    });
    expect(problems).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[3].capabilities',
        message: expect.stringContaining('"spares"') as string,
      },
    ]);
  });

  it('names the repeated capability kind', () => {
    const problems = problemsAfter(({ catalogue }) => {
      const capabilities = catalogue.systems[0]!.capabilities;
      capabilities[5] = { ...capabilities[2]! };
    });
    expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
      [
        'systems[0].capabilities[5].kind',
        'duplicate capability record for "ammunition" (first at systems[0].capabilities[2])',
      ],
      ['systems[0].capabilities', expect.stringContaining('"service-experience"')],
    ]);
  });

  it('requires at least one variant on each side', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[4]!.iran = [];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'systems[4].iran',
        message: expect.stringMatching(/Iranian variant/),
      }),
    ]);
  });

  it('rejects an operator from the other country', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[0]!.iraq[0]!.operator = 'irgc';
      catalogue.systems[0]!.iran[0]!.operator = 'iraqi-army';
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[0].iraq[0].operator',
      'systems[0].iran[0].operator',
    ]);
  });

  it('allows acquisition only on Iranian variants, and requires it there', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.systems[2]!.iraq[0]!.acquisition = 'in-service';
      delete catalogue.systems[2]!.iran[0]!.acquisition;
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[2].iraq[0].acquisition',
      'systems[2].iran[0].acquisition',
    ]);
  });

  it('rejects an event date that is not on the calendar', () => {
    const problems = problemsAfter(({ catalogue }) => {
      catalogue.events[0]!.date = '2014-02-30';
      catalogue.events[0]!.precision = 'day';
    });
    expect(problems).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'events[0].date',
        message: '"2014-02-30" is not a day of that month',
      },
    ]);
  });

  it('rejects a source date whose precision does not match its form', () => {
    const problems = problemsAfter(({ sources }) => {
      sources[1]!.published.precision = 'month';
    });
    expect(problems).toEqual([
      {
        file: REGISTER_FILE,
        path: 'sources[1].published.date',
        message: '"2017-07-31" is written at day precision but precision says month',
      },
    ]);
  });

  it('rejects a source whose file name does not match its id', () => {
    const problems = problemsAfter(({ sources }) => {
      sources[2]!.file = '003_985d7b441ebaf08e.txt';
    });
    expect(problems).toEqual([expect.objectContaining({ path: 'sources[2].file' })]);
  });
});

const corroborationAfter = after((catalogue, sources) =>
  checkCorroboration(catalogue, sources, CATALOGUE_FILE),
);

describe('checkCorroboration', () => {
  it('finds nothing wrong with the shipped data', () => {
    const { catalogue, sources } = fixture();
    expect(checkCorroboration(catalogue, sources, CATALOGUE_FILE)).toEqual([]);
  });

  it("is the project's rule for its own data: an opened file is not held to it", () => {
    const problems = problemsAfter(({ catalogue }) => {
      delete catalogue.systems[1]!.iraq[0]!.cites[0]!.credibility;
    });
    expect(problems).toEqual([]);
  });

  it('needs credibility 1 on each stated citation when the two agree', () => {
    const problems = corroborationAfter(({ catalogue }) => {
      delete catalogue.systems[1]!.iraq[0]!.cites[0]!.credibility;
    });
    expect(problems).toEqual([
      {
        file: CATALOGUE_FILE,
        path: 'systems[1].iraq[0].cites[0].credibility',
        message: expect.stringMatching(/agree, so the item's credibility is 1 .*not 3$/) as string,
      },
    ]);
  });

  it('needs credibility 2 when one source differs on a detail', () => {
    const problems = corroborationAfter(({ catalogue }) => {
      catalogue.systems[0]!.iran[0]!.cites[0]!.credibility = '1';
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[0].iran[0].cites[0].credibility',
    ]);
    expect(problems[0]?.message).toMatch(/differs on a detail.*2 \(probably true\), not 1/);
  });

  it('refuses credibility 1 or a difference on a fact only one source states', () => {
    const problems = corroborationAfter(({ catalogue }) => {
      const [blog] = catalogue.systems[0]!.iran[0]!.cites;
      catalogue.systems[0]!.iran[0]!.cites = [{ ...blog!, credibility: '1', differs: 'x' }];
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[0].iran[0].cites[0].differs',
      'systems[0].iran[0].cites[0].credibility',
    ]);
  });

  it('does not let an inferred citation confirm anything', () => {
    const problems = corroborationAfter(({ catalogue }) => {
      for (const cite of catalogue.systems[1]!.iraq[0]!.cites) cite.confidence = 'inferred';
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'systems[1].iraq[0].cites[0].credibility',
      'systems[1].iraq[0].cites[1].credibility',
    ]);
  });
});
