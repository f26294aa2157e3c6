import { useMemo } from 'react';
import type { Source } from '../../catalogue/register-schema';
import { useApp } from './store-context';

const NO_SOURCES: Source[] = [];

export function useSourceIndex(): ReadonlyMap<string, Source> {
  const sources = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.sources : NO_SOURCES,
  );
  return useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
}
