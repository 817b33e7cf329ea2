import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/api-client';
import type { Source } from '../api/api-types';
import { useResource } from './use-resource';

const SourcesContext = createContext<ReadonlyMap<string, Source>>(new Map());

/** Loads the recorded sources once, for naming origins and telling self-reports apart. */
export function SourcesProvider(props: { readonly children: ReactNode }) {
  const sources = useResource((at) => api.sources(at), []);
  const byId = useMemo(() => new Map((sources.data ?? []).map((s) => [s.id, s])), [sources.data]);
  return <SourcesContext.Provider value={byId}>{props.children}</SourcesContext.Provider>;
}

export const useSources = (): ReadonlyMap<string, Source> => useContext(SourcesContext);
