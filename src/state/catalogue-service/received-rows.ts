// The rows a client has received from its catalogue service, kept for the latest trust setting
// only, by system id and by place in the catalogue, with word to whoever waits for more.
import type { Trust } from '../../domain/sources/trust';
import type { PostedRow } from '../../domain/table/rows';

export type ReceivedRows = {
  /** Undefined if the row has not arrived, null if the service said it has no such system. */
  held: (trust: Trust, id: string) => PostedRow | null | undefined;
  /** The same, by the row's place in the catalogue; and a received row's place. */
  heldAt: (trust: Trust, position: number) => PostedRow | undefined;
  positionOf: (trust: Trust, id: string) => number | undefined;
  /** Calls `listener` whenever rows arrive that were not held where they are; returns how to stop. */
  subscribe: (listener: () => void) => () => void;
  /** Changes whenever rows arrive that were not held where they are. */
  version: () => number;
};

const trustKey = (trust: Trust) => `${trust.evidence}|${trust.minGrade ?? ''}`;
const nothingReceived = (trust: string) => ({
  trust,
  rows: new Map<string, PostedRow | null>(),
  at: new Map<number, PostedRow>(),
  positions: new Map<string, number>(),
});

export function receivedRows(): ReceivedRows & {
  /** Keeps `rows`, the i-th at `positions[i]`; `absent` names ids the service lacks. */
  remember: (
    trust: Trust,
    rows: readonly PostedRow[],
    positions: ArrayLike<number>,
    absent?: readonly string[],
  ) => void;
} {
  let received = nothingReceived('');
  let version = 0;
  const listeners = new Set<() => void>();
  const under = (trust: Trust) => (received.trust === trustKey(trust) ? received : null);
  return {
    remember: (trust, rows, positions, absent = []) => {
      const key = trustKey(trust);
      let changed = received.trust !== key;
      if (changed) received = nothingReceived(key);
      for (const id of absent) {
        changed ||= received.rows.get(id) !== null;
        received.rows.set(id, null);
      }
      rows.forEach((posted, at) => {
        const position = positions[at] as number;
        // A row already held under this trust is the same row: keeping its object lets the
        // table skip redrawing it, however many answers carry it again.
        const row = received.rows.get(posted.id) ?? posted;
        if (received.at.get(position) === row && received.positions.get(row.id) === position)
          return;
        changed = true;
        received.rows.set(row.id, row);
        received.at.set(position, row);
        received.positions.set(row.id, position);
      });
      // Rows held already, where they were, are no news: nobody draws again for them.
      if (!changed) return;
      version += 1;
      for (const listener of listeners) listener();
    },
    held: (trust, id) => under(trust)?.rows.get(id),
    heldAt: (trust, position) => under(trust)?.at.get(position),
    positionOf: (trust, id) => under(trust)?.positions.get(id),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
