import { describe, expect, it } from 'vitest';
import { BUILT_IN_VOCABULARY } from '../../src/catalogue/built-in-vocabulary';
import type { Vocabulary } from '../../src/catalogue/schema';
import { checkVocabulary, undeclaredMessage } from '../../src/catalogue/vocabulary-check';
import { loadShippedCatalogue } from '../support/render-with-store';

const declared: Vocabulary = {
  platformTypes: [{ id: 'tank', label: 'Tank' }],
  operators: [{ id: 'iraq', label: 'Iraq (branch not given)', country: 'iraq' }],
};

describe('a catalogue declares its own vocabulary', () => {
  it('takes a declared id, and refuses another by naming what is declared and where to add it', () => {
    expect(undeclaredMessage({ vocabulary: declared }, 'platformTypes', 'tank')).toBeNull();
    expect(undeclaredMessage({ vocabulary: declared }, 'platformTypes', 'mbt')).toBe(
      'platform type "mbt" is not declared by this catalogue (declared: "tank"; add it to vocabulary.platformTypes)',
    );
    expect(undeclaredMessage({ vocabulary: declared }, 'operators', 'irgc')).toMatch(
      /^operator "irgc" is not declared by this catalogue \(declared: "iraq"; add it/,
    );
  });

  it('uses the built-in lists for a catalogue that declares none, and says so', () => {
    expect(undeclaredMessage({}, 'platformTypes', 'mbt')).toBeNull();
    const message = undeclaredMessage({}, 'platformTypes', 'tank') ?? '';
    expect(message).toContain('this catalogue declares no vocabulary, so it uses the built-in one');
    for (const entry of BUILT_IN_VOCABULARY.platformTypes) expect(message).toContain(entry.id);
  });

  it('refuses an id declared twice and a glossary type the catalogue does not declare', () => {
    const { catalogue } = loadShippedCatalogue();
    const twice: Vocabulary = {
      platformTypes: [...BUILT_IN_VOCABULARY.platformTypes, BUILT_IN_VOCABULARY.platformTypes[0]!],
      operators: BUILT_IN_VOCABULARY.operators,
    };
    const problems = checkVocabulary({ ...catalogue, vocabulary: twice }, 'file.json');
    expect(problems.map((problem) => problem.path)).toContain(
      `vocabulary.platformTypes[${BUILT_IN_VOCABULARY.platformTypes.length}].id`,
    );
    const typed = catalogue.glossary.findIndex((entry) => entry.platformType !== undefined);
    expect(typed).toBeGreaterThanOrEqual(0);
    const narrow = checkVocabulary({ ...catalogue, vocabulary: declared }, 'file.json');
    expect(narrow.map((problem) => problem.path)).toContain(`glossary[${typed}].platformType`);
    expect(checkVocabulary(catalogue, 'file.json')).toEqual([]);
  });
});
