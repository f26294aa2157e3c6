// Checks the schema cannot express: links between records and between the two files, uniqueness,
// and rules that depend on the vocabulary tables. Every function here is pure.
import {
  ISO_DATE_PATTERN,
  type Catalogue,
  type Citation,
  type Source,
  type System,
  type Variant,
} from './schema';
import {
  CAPABILITY_KIND_IDS,
  COUNTRIES,
  COUNTRY_IDS,
  OPERATORS,
  type Country,
  type DatePrecision,
} from './vocabulary';

import type { CatalogueProblem } from './problem';
import { cut, quote } from './quote';
import {
  citationsBySource,
  repeatedSourceProblem,
  repeatedSources,
  sourceLocators,
} from './repeated-sources';

export type IntegrityProblem = CatalogueProblem;
export type IntegrityFiles = { catalogue: string; register: string };

const PRECISION_OF_FORM: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** Why an ISO date at the given precision is not a real one, or null if it is. */
export function dateProblem(date: string, precision: DatePrecision): string | null {
  const form = PRECISION_OF_FORM[date.length];
  if (!ISO_DATE_PATTERN.test(date) || form === undefined) {
    return `${quote(date)} is not a date of the form 2014, 2014-02 or 2014-02-24`;
  }
  if (form !== precision) {
    return `${quote(date)} is written at ${form} precision but precision says ${precision}`;
  }
  const [year, month, day] = date.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `${quote(date)} has no month ${month}`;
  }
  if (year !== undefined && month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return `${quote(date)} is not a day of that month`;
  }
  return null;
}

/** One problem for each id that repeats an earlier one in the list. */
function duplicateIds(
  items: readonly { id: string }[],
  file: string,
  pathOf: (index: number) => string,
  what: string,
): IntegrityProblem[] {
  const firstSeen = new Map<string, number>();
  const problems: IntegrityProblem[] = [];
  items.forEach((item, index) => {
    const first = firstSeen.get(item.id);
    if (first === undefined) firstSeen.set(item.id, index);
    else {
      problems.push({
        file,
        path: `${pathOf(index)}.id`,
        message: `duplicate ${what} id ${quote(item.id)} (first used at ${pathOf(first)})`,
      });
    }
  });
  return problems;
}

/**
 * The source register on its own: unique ids, file names that match ids, real dates. `cited`
 * counts the citations of each source, so a repeated id can say what it affects.
 */
export function checkRegister(
  sources: readonly Source[],
  file: string,
  cited: ReadonlyMap<string, number> = new Map(),
): IntegrityProblem[] {
  const repeats = repeatedSources(sources);
  const problems = [...repeats].map(([index, first]) =>
    repeatedSourceProblem(sources, index, first, file, cited),
  );
  sources.forEach((source, i) => {
    const at = `sources[${i}]`;
    const number = source.id.slice(1);
    // A repeated id already names the record; its file name is reported with it.
    if (!repeats.has(i) && !source.file.startsWith(`${number}_`)) {
      problems.push({
        file,
        path: `${at}.file`,
        message: `source ${source.id} should name a file starting "${number}_" but names ${quote(source.file)}`,
      });
    }
    const dateIssue = dateProblem(source.published.date, source.published.precision);
    if (dateIssue) problems.push({ file, path: `${at}.published.date`, message: dateIssue });
    problems.push(
      ...duplicateIds(
        source.locators,
        file,
        (j) => `${at}.locators[${j}]`,
        `locator (in ${source.id})`,
      ),
    );
  });
  return problems;
}

function checkCitations(
  cites: readonly Citation[],
  at: string,
  locatorsBySource: ReadonlyMap<string, ReadonlySet<string>>,
  files: IntegrityFiles,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const firstAt = new Map<string, number>();
  cites.forEach((cite, k) => {
    const place = `${cite.source} ${cite.locator}`;
    const first = firstAt.get(place);
    if (first === undefined) firstAt.set(place, k);
    else {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}]`,
        message: `cites ${cite.source} ${cut(cite.locator)} a second time (first at ${at}.cites[${first}]): cite each passage once`,
      });
    }
    const locators = locatorsBySource.get(cite.source);
    if (!locators) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}].source`,
        message: `cites source ${cite.source}, which is not in ${files.register}`,
      });
    } else if (!locators.has(cite.locator)) {
      problems.push({
        file: files.catalogue,
        path: `${at}.cites[${k}].locator`,
        message: `cites locator ${quote(cite.locator)}, which source ${cite.source} in ${files.register} does not have`,
      });
    }
  });
  return problems;
}

function checkVariants(
  variants: readonly Variant[],
  country: Country,
  at: string,
  file: string,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  if (variants.length === 0) {
    problems.push({
      file,
      path: `${at}.${country}`,
      message: `a system needs at least one ${COUNTRIES[country].adjective} variant`,
    });
  }
  variants.forEach((variant, j) => {
    const path = `${at}.${country}[${j}]`;
    const operator = OPERATORS[variant.operator];
    if (operator.country !== country) {
      problems.push({
        file,
        path: `${path}.operator`,
        message: `an ${COUNTRIES[country].adjective} variant cannot have the ${COUNTRIES[operator.country].adjective} operator "${variant.operator}"`,
      });
    }
    if (country === 'iraq' && variant.acquisition !== undefined) {
      problems.push({
        file,
        path: `${path}.acquisition`,
        message:
          'acquisition says how Iran came to have a system, so only Iranian variants carry it',
      });
    }
    if (country === 'iran' && variant.acquisition === undefined) {
      problems.push({
        file,
        path: `${path}.acquisition`,
        message:
          'an Iranian variant needs an acquisition (licence-built, own-variant or in-service)',
      });
    }
  });
  return problems;
}

function checkSystem(
  system: System,
  i: number,
  locatorsBySource: ReadonlyMap<string, ReadonlySet<string>>,
  files: IntegrityFiles,
): IntegrityProblem[] {
  const file = files.catalogue;
  const at = `systems[${i}]`;
  const problems: IntegrityProblem[] = [
    ...checkVariants(system.iraq, 'iraq', at, file),
    ...checkVariants(system.iran, 'iran', at, file),
  ];

  const variants = [
    ...system.iraq.map((variant, j) => ({ id: variant.id, path: `${at}.iraq[${j}]` })),
    ...system.iran.map((variant, j) => ({ id: variant.id, path: `${at}.iran[${j}]` })),
  ];
  problems.push(
    ...duplicateIds(
      variants,
      file,
      (k) => variants[k]?.path ?? at,
      `variant (in ${cut(system.id)})`,
    ),
  );
  for (const side of COUNTRY_IDS) {
    system[side].forEach((variant, j) =>
      problems.push(
        ...checkCitations(variant.cites, `${at}.${side}[${j}]`, locatorsBySource, files),
      ),
    );
  }

  const kindAt = new Map<string, number>();
  system.capabilities.forEach((capability, k) => {
    const first = kindAt.get(capability.kind);
    if (first === undefined) kindAt.set(capability.kind, k);
    else {
      problems.push({
        file,
        path: `${at}.capabilities[${k}].kind`,
        message: `duplicate capability record for "${capability.kind}" (first at ${at}.capabilities[${first}])`,
      });
    }
    problems.push(
      ...checkCitations(capability.cites, `${at}.capabilities[${k}]`, locatorsBySource, files),
    );
  });
  for (const kind of CAPABILITY_KIND_IDS) {
    if (!kindAt.has(kind)) {
      problems.push({
        file,
        path: `${at}.capabilities`,
        message: `missing a capability record for "${kind}" (each system needs exactly one per kind)`,
      });
    }
  }
  return problems;
}

/** Everything beyond shape, for a catalogue and the register its citations point into. */
export function checkIntegrity(
  catalogue: Catalogue,
  sources: readonly Source[],
  files: IntegrityFiles,
): IntegrityProblem[] {
  const file = files.catalogue;
  const locatorsBySource = sourceLocators(sources);
  const problems: IntegrityProblem[] = [
    ...checkRegister(sources, files.register, citationsBySource(catalogue)),
    ...duplicateIds(catalogue.systems, file, (i) => `systems[${i}]`, 'system'),
    ...duplicateIds(catalogue.mentioned, file, (i) => `mentioned[${i}]`, 'mentioned item'),
    ...duplicateIds(catalogue.events, file, (i) => `events[${i}]`, 'event'),
    ...duplicateIds(catalogue.glossary, file, (i) => `glossary[${i}]`, 'glossary'),
  ];
  catalogue.systems.forEach((system, i) =>
    problems.push(...checkSystem(system, i, locatorsBySource, files)),
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
