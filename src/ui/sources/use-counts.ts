import { useMemo } from 'react';
import type { Citation } from '../../catalogue/schema';
import type { Source } from '../../catalogue/register-schema';
import { trustTest, trustsAll } from '../../domain/sources/trust';
import { useApp } from '../shared/store-context';

const NO_SOURCES: readonly Source[] = [];
const ALL_COUNT = () => true;

/**
 * The evidence and grade filters' test for one citation, for the facts outside the table (events,
 * mentioned items), so the filters reach them too (issue 21, N21).
 */
export function useCounts(): (cite: Citation) => boolean {
  const evidence = useApp((state) => state.view.evidence);
  const minGrade = useApp((state) => state.view.minGrade);
  const sources = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.sources : NO_SOURCES,
  );
  return useMemo(() => {
    const trust = { evidence, minGrade };
    if (trustsAll(trust)) return ALL_COUNT;
    return trustTest(trust, sources);
  }, [evidence, minGrade, sources]);
}
