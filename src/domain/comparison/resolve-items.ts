// Compare item ids ("t-72", "t-72.iraq.t-72m1") turned back into what they name, with the words
// the tray and the comparison use for them.
import type { Variant } from '../../catalogue/schema';
import { COUNTRIES, COUNTRY_IDS, type Country } from '../../catalogue/vocabulary';
import type { ComparisonRow } from '../table/rows';
import type { CompareItemId } from '../view/state';

type ItemBase = {
  id: CompareItemId;
  /** How buttons name it: "T-72", "Iraqi T-72M1". */
  name: string;
  /** How column headers and the tray show it: "T-72 (system)", "Iraqi T-72M1". */
  label: string;
  row: ComparisonRow;
};

export type CompareItem =
  | (ItemBase & { kind: 'system' })
  | (ItemBase & { kind: 'variant'; country: Country; variant: Variant });

const isCountry = (value: string | undefined): value is Country =>
  (COUNTRY_IDS as readonly (string | undefined)[]).includes(value);

export function resolveCompareItem(
  id: CompareItemId,
  rows: readonly ComparisonRow[],
): CompareItem | null {
  const [systemId, country, variantId, ...rest] = id.split('.');
  const row = rows.find((entry) => entry.id === systemId);
  if (!row || rest.length > 0) return null;
  if (country === undefined) {
    return { id, kind: 'system', name: row.system.name, label: `${row.system.name} (system)`, row };
  }
  if (!isCountry(country)) return null;
  const variants = row.system[country];
  const variant = variants.find((entry) => entry.id === variantId);
  if (!variant) return null;
  const name = `${COUNTRIES[country].adjective} ${variant.designation}`;
  return { id, kind: 'variant', name, label: name, row, country, variant };
}

/** The items in the order given; ids that name nothing in the catalogue are left out. */
export const resolveCompareItems = (
  ids: readonly CompareItemId[],
  rows: readonly ComparisonRow[],
): CompareItem[] =>
  ids.flatMap((id) => {
    const item = resolveCompareItem(id, rows);
    return item ? [item] : [];
  });
