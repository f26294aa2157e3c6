// Compare items: a whole system ("t-72") or one of its variants ("t-72.iraq.t-72m1").
// The dot keeps ids readable in a link without percent-encoding.
import type { Catalogue } from '../../catalogue/schema';
import type { Country } from '../../catalogue/vocabulary';

export const variantCompareItemId = (systemId: string, country: Country, variantId: string) =>
  `${systemId}.${country}.${variantId}`;

/** Every item that can be compared in a catalogue: each system, then each of its variants. */
export function knownCompareItems(catalogue: Catalogue): string[] {
  return catalogue.systems.flatMap((system) => [
    system.id,
    ...system.iraq.map((variant) => variantCompareItemId(system.id, 'iraq', variant.id)),
    ...system.iran.map((variant) => variantCompareItemId(system.id, 'iran', variant.id)),
  ]);
}
