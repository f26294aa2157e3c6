// The items a comparison can hold: a whole system ("t-72") or one of its variants
// ("t-72.iraq.t-72m1"), and how an id is turned back into what it names. The dot keeps ids
// readable in a link without percent-encoding.
import type { Catalogue, Variant } from '../../catalogue/schema';
import { COUNTRIES, COUNTRY_IDS, type Country } from '../../catalogue/vocabulary';
import type { TableRow } from '../table/rows';
import type { ComparisonItemId } from '../view/state';

export const variantItemId = (systemId: string, country: Country, variantId: string) =>
  `${systemId}.${country}.${variantId}`;

/** Every item that can be compared in a catalogue: each system, then each of its variants. */
export function knownComparisonItems(catalogue: Catalogue): ComparisonItemId[] {
  // One list filled in a loop: at 100,000 systems the lists made per system and country cost
  // more than the 400,000 ids themselves.
  const items: ComparisonItemId[] = [];
  for (const system of catalogue.systems) {
    items.push(system.id);
    for (const country of COUNTRY_IDS) {
      for (const variant of system[country]) {
        items.push(variantItemId(system.id, country, variant.id));
      }
    }
  }
  return items;
}

type ItemBase = {
  id: ComparisonItemId;
  /** How buttons name it: "T-72", "Iraqi T-72M1". */
  name: string;
  /** How column headers and the tray show it: "T-72 (system)", "Iraqi T-72M1". */
  label: string;
  row: TableRow;
};

export type ComparisonItem =
  | (ItemBase & { kind: 'system' })
  | (ItemBase & { kind: 'variant'; country: Country; variant: Variant });

const isCountry = (value: string | undefined): value is Country =>
  (COUNTRY_IDS as readonly (string | undefined)[]).includes(value);

/** "Iraqi T-72M1": how a variant is named wherever it stands alone. */
export const variantName = (country: Country, variant: Variant): string =>
  `${COUNTRIES[country].adjective} ${variant.designation}`;

/** The system an item is, or is a variant of. */
export const systemIdOf = (id: ComparisonItemId): string => id.split('.')[0] ?? id;

export function resolveComparisonItem(
  id: ComparisonItemId,
  rows: readonly TableRow[],
): ComparisonItem | null {
  const [systemId, country, variantId, ...rest] = id.split('.');
  const row = rows.find((entry) => entry.id === systemId);
  if (!row || rest.length > 0) return null;
  if (country === undefined) {
    return { id, kind: 'system', name: row.system.name, label: `${row.system.name} (system)`, row };
  }
  if (!isCountry(country)) return null;
  const variant = row.system[country].find((entry) => entry.id === variantId);
  if (!variant) return null;
  const name = variantName(country, variant);
  return { id, kind: 'variant', name, label: name, row, country, variant };
}

/** The items in the order given; ids that name nothing in the catalogue are left out. */
export const resolveComparisonItems = (
  ids: readonly ComparisonItemId[],
  rows: readonly TableRow[],
): ComparisonItem[] =>
  ids.flatMap((id) => {
    const item = resolveComparisonItem(id, rows);
    return item ? [item] : [];
  });
