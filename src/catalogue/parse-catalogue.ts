// The built-in catalogue and its register checked: shape first, then the links between them. A
// chunk of its own, fetched while the files are (issue 22).
import * as v from 'valibot';
import { catalogueDateProblems, registerDateProblems } from './early-dates';
import { checkIntegrity } from './integrity';
import { issueMessage, issuePath, pathText } from './issue-text';
import { CATALOGUE_FILE, REGISTER_FILE, type LoadResult } from './loaded';
import type { CatalogueProblem } from './problem';
import { CatalogueSchema } from './schema';
import { SourceRegisterSchema } from './register-schema';

type Issue = v.BaseIssue<unknown>;

function toProblems(file: string, issues: readonly Issue[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const arrays = new Set<string>();
  for (const issue of issues) {
    // valibot reads an array where an object belongs as an object with the wrong keys (every
    // property missing, each index unknown); that is one problem, and not the one they describe.
    const items = issue.path ?? [];
    const array = items.findIndex((item) => item.type === 'object' && Array.isArray(item.input));
    if (array >= 0) {
      const path = pathText(items.slice(0, array));
      if (!arrays.has(path)) {
        arrays.add(path);
        problems.push({ file, path, message: 'expected Object but got Array' });
      }
    } else {
      problems.push({ file, path: issuePath(issue), message: issueMessage(issue) });
    }
  }
  return problems;
}

/** Validates both documents: shape first, then the links between them. */
export function parseCatalogue(catalogueJson: unknown, registerJson: unknown): LoadResult {
  const catalogue = v.safeParse(CatalogueSchema, catalogueJson);
  const register = v.safeParse(SourceRegisterSchema, registerJson);
  if (!catalogue.success || !register.success) {
    // The integrity checks will not run, so the dates are checked here, in both files.
    const problems = [
      ...(catalogue.success ? [] : toProblems(CATALOGUE_FILE, catalogue.issues)),
      ...catalogueDateProblems(catalogueJson, CATALOGUE_FILE),
      ...(register.success ? [] : toProblems(REGISTER_FILE, register.issues)),
      ...registerDateProblems(registerJson, REGISTER_FILE),
    ];
    return { ok: false, problems };
  }

  const integrity = checkIntegrity(catalogue.output, register.output.sources, {
    catalogue: CATALOGUE_FILE,
    register: REGISTER_FILE,
  });
  if (integrity.length > 0) return { ok: false, problems: integrity };
  return { ok: true, data: { catalogue: catalogue.output, sources: register.output.sources } };
}
