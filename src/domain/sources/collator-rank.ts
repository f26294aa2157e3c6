/** A string's place in a collator's order, shared by every string the collator finds equal. */
export type Rank = { readonly text: string; readonly rank: number };

type Slot = { text: string; rank: number; tiesPrevious: boolean };

/**
 * Ranks strings in a collator's order, learning one new string at a time, so that sorting many
 * short lists of the same few strings compares integers instead of calling the collator each
 * time. A Rank's number is renumbered in place when a string arrives that sorts before it: compare
 * ranks only after every string of the list has been ranked. Equal strings share a rank, so a
 * stable sort by rank gives exactly the order a stable sort by the collator gives.
 */
export function collatorRanks(compare: (a: string, b: string) => number): (text: string) => Rank {
  const sorted: Slot[] = [];
  const byText = new Map<string, Slot>();
  return (text) => {
    const known = byText.get(text);
    if (known) return known;
    // The first slot that sorts after the text: the text goes last among its equals.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare((sorted[middle] as Slot).text, text) <= 0) low = middle + 1;
      else high = middle;
    }
    const before = sorted[low - 1];
    const slot: Slot = {
      text,
      rank: 0,
      tiesPrevious: before !== undefined && compare(before.text, text) === 0,
    };
    sorted.splice(low, 0, slot);
    byText.set(text, slot);
    for (let i = low; i < sorted.length; i++) {
      const current = sorted[i] as Slot;
      const previous = sorted[i - 1];
      current.rank = previous ? previous.rank + (current.tiesPrevious ? 0 : 1) : 0;
    }
    return slot;
  };
}
