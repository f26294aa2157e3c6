// Checks the schema cannot express: links between records and between the two files, uniqueness,
// and rules that depend on the vocabulary tables. Every function here is pure; each kind of
// record has its check in a file of its own.
import { checkCitations, type IntegrityFiles } from './citation-check';
import { dateProblem } from './date-problem';
import { duplicateIds } from './duplicate-ids';
import type { CatalogueProblem } from './problem';
import { checkRegister } from './register-check';
import { citationsBySource, sourceLocators } from './repeated-sources';
import type { Catalogue } from './schema';
import type { Source } from './register-schema';
import { checkSystem } from './system-check';
import { checkVocabulary } from './vocabulary-check';

/** Everything beyond shape, for a catalogue and the register its citations point into. */
export function checkIntegrity(
  catalogue: Catalogue,
  sources: readonly Source[],
  files: IntegrityFiles,
): CatalogueProblem[] {
  const file = files.catalogue;
  const locatorsBySource = sourceLocators(sources);
  const problems: CatalogueProblem[] = [
    ...checkRegister(sources, files.register, () => citationsBySource(catalogue)),
    ...duplicateIds(catalogue.systems, file, (i) => `systems[${i}]`, 'system'),
    ...duplicateIds(catalogue.mentioned, file, (i) => `mentioned[${i}]`, 'mentioned item'),
    ...duplicateIds(catalogue.events, file, (i) => `events[${i}]`, 'event'),
    ...duplicateIds(catalogue.glossary, file, (i) => `glossary[${i}]`, 'glossary'),
    ...checkVocabulary(catalogue, file),
  ];
  catalogue.systems.forEach((system, i) =>
    problems.push(...checkSystem(catalogue, system, i, locatorsBySource, files)),
  );
  catalogue.mentioned.forEach((item, i) =>
    problems.push(...checkCitations(item.cites, `mentioned[${i}]`, locatorsBySource, files)),
  );
  catalogue.events.forEach((event, i) => {
    const dateIssue = dateProblem(event.date, event.precision);
    if (dateIssue) problems.push({ file, path: `events[${i}].date`, message: dateIssue });
    problems.push(...checkCitations(event.cites, `events[${i}]`, locatorsBySource, files));
  });
  return problems;
}
