// Ids must be unique within their list; the problem names where the id was first used.
import type { CatalogueProblem } from './problem';
import { quote } from './quote';

/** One problem for each id that repeats an earlier one in the list. */
export function duplicateIds(
  items: readonly { id: string }[],
  file: string,
  pathOf: (index: number) => string,
  what: string,
): CatalogueProblem[] {
  const firstSeen = new Map<string, number>();
  const problems: CatalogueProblem[] = [];
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
