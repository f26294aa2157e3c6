// Rows by system id (the detail, the comparison and its tray), from the rows the catalogue
// service's client has received: a system the table has drawn is shown at once, and one it has
// not is asked for, once, and shown when it arrives.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { TRUST_ALL } from '../../domain/sources/trust';
import { receivedRow, type TableRow } from '../../domain/table/rows';
import { useApp } from './store-context';

const ALL_COUNT = () => true;

/**
 * The rows with these ids, in their order, leaving out ids the catalogue lacks; `pending` while
 * some are still on their way.
 */
export function useRowsById(ids: readonly string[]): { rows: TableRow[]; pending: boolean } {
  const service = useApp((state) => state.service);
  const trust = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.trust : TRUST_ALL,
  );
  const counts = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.counts : ALL_COUNT,
  );
  const key = ids.join('\n');
  // Which of these rows have arrived: rows arrive for the table all the time, and only an arrival
  // of one of these changes this text, so nothing else redraws what shows them.
  const arrived = useSyncExternalStore(service.subscribe, () =>
    ids.map((id) => (service.held(trust, id) === undefined ? '0' : '1')).join(''),
  );
  const { rows, missing } = useMemo(() => {
    const found: TableRow[] = [];
    const lacking: string[] = [];
    for (const id of key === '' ? [] : key.split('\n')) {
      const row = service.held(trust, id);
      if (row === undefined) lacking.push(id);
      else if (row) found.push(receivedRow(row, counts));
    }
    return { rows: found, missing: lacking.join('\n') };
    // `arrived` says when the client has received one of these rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, trust, counts, key, arrived]);

  useEffect(() => {
    if (missing !== '') void service.rows(trust, { ids: missing.split('\n') });
  }, [service, trust, missing]);

  return { rows, pending: missing !== '' };
}
