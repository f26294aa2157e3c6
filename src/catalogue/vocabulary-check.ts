// A catalogue's vocabulary checked: each id declared once, and every platform type and operator
// the catalogue uses declared by it (or, for a catalogue that declares none, by the built-in one).
import { vocabularyOf } from './built-in-vocabulary';
import { duplicateIds } from './duplicate-ids';
import type { CatalogueProblem } from './problem';
import { cut, quote } from './quote';
import type { Catalogue, Vocabulary } from './schema';

const MAX_LISTED = 8;

/** What a catalogue may use instead, in words: the declared ids and where a new one goes. */
function declaredList(ids: readonly string[], field: string, declares: boolean): string {
  const listed = ids.slice(0, MAX_LISTED).map((id) => quote(cut(id)));
  const more = ids.length > MAX_LISTED ? ` and ${ids.length - MAX_LISTED} more` : '';
  const where = declares
    ? `add it to vocabulary.${field}`
    : `this catalogue declares no vocabulary, so it uses the built-in one; declare its own in vocabulary.${field}`;
  return `declared: ${listed.join(', ')}${more}; ${where}`;
}

/** "platform type "x" is not declared (declared: …)", or null when `id` is declared. */
export function undeclaredMessage(
  catalogue: { vocabulary?: Vocabulary | undefined },
  field: 'platformTypes' | 'operators',
  id: string,
): string | null {
  const entries = vocabularyOf(catalogue)[field];
  if (entries.some((entry) => entry.id === id)) return null;
  const noun = field === 'platformTypes' ? 'platform type' : 'operator';
  const ids = entries.map((entry) => entry.id);
  return `${noun} ${quote(cut(id))} is not declared by this catalogue (${declaredList(ids, field, catalogue.vocabulary !== undefined)})`;
}

/** Problems with the declaration itself and with the glossary's platform types. */
export function checkVocabulary(catalogue: Catalogue, file: string): CatalogueProblem[] {
  const { vocabulary } = catalogue;
  const problems: CatalogueProblem[] = vocabulary
    ? [
        ...duplicateIds(
          vocabulary.platformTypes,
          file,
          (i) => `vocabulary.platformTypes[${i}]`,
          'platform type',
        ),
        ...duplicateIds(
          vocabulary.operators,
          file,
          (i) => `vocabulary.operators[${i}]`,
          'operator',
        ),
      ]
    : [];
  catalogue.glossary.forEach((entry, i) => {
    if (entry.platformType === undefined) return;
    const message = undeclaredMessage(catalogue, 'platformTypes', entry.platformType);
    if (message) problems.push({ file, path: `glossary[${i}].platformType`, message });
  });
  return problems;
}
