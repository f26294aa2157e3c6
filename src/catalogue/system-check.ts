// One system checked beyond its shape: variants on the right side with the right operator, unique
// variant ids, sound citations, exactly one capability record per kind.
import { checkCitations, type IntegrityFiles, type LocatorsBySource } from './citation-check';
import { duplicateIds } from './duplicate-ids';
import type { CatalogueProblem } from './problem';
import { cut } from './quote';
import type { System, Variant, Vocabulary } from './schema';
import { declaredOperator, vocabularyOf } from './built-in-vocabulary';
import { CAPABILITY_KIND_IDS, COUNTRIES, COUNTRY_IDS, type Country } from './vocabulary';
import { undeclaredMessage } from './vocabulary-check';

function checkVariants(
  catalogue: { vocabulary?: Vocabulary | undefined },
  variants: readonly Variant[],
  country: Country,
  at: string,
  file: string,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  if (variants.length === 0) {
    problems.push({
      file,
      path: `${at}.${country}`,
      message: `a system needs at least one ${COUNTRIES[country].adjective} variant`,
    });
  }
  variants.forEach((variant, j) => {
    const path = `${at}.${country}[${j}]`;
    const undeclared = undeclaredMessage(catalogue, 'operators', variant.operator);
    if (undeclared) problems.push({ file, path: `${path}.operator`, message: undeclared });
    const operator = declaredOperator(vocabularyOf(catalogue), variant.operator);
    if (operator && operator.country !== country) {
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

/** Problems with the system at `systems[i]`. */
export function checkSystem(
  catalogue: { vocabulary?: Vocabulary | undefined },
  system: System,
  i: number,
  locatorsBySource: LocatorsBySource,
  files: IntegrityFiles,
): CatalogueProblem[] {
  const file = files.catalogue;
  const at = `systems[${i}]`;
  const problems: CatalogueProblem[] = [
    ...checkVariants(catalogue, system.iraq, 'iraq', at, file),
    ...checkVariants(catalogue, system.iran, 'iran', at, file),
  ];
  const undeclaredType = undeclaredMessage(catalogue, 'platformTypes', system.platformType);
  if (undeclaredType) problems.push({ file, path: `${at}.platformType`, message: undeclaredType });

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
