import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Iso } from '../api/api-types';

/**
 * The record as the dashboard reads it: the moment it is replayed at, and a revision that moves
 * whenever the dashboard itself changes the record, so every view reloads.
 */
export interface RecordView {
  readonly asOf: Iso | null;
  readonly revision: number;
  readonly recordChanged: () => void;
}

const RecordContext = createContext<RecordView | null>(null);

export function RecordProvider(props: { readonly asOf: Iso | null; readonly children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const recordChanged = useCallback(() => setRevision((r) => r + 1), []);
  const view = useMemo(
    () => ({ asOf: props.asOf, revision, recordChanged }),
    [props.asOf, revision, recordChanged],
  );
  return <RecordContext.Provider value={view}>{props.children}</RecordContext.Provider>;
}

export function useRecord(): RecordView {
  const view = useContext(RecordContext);
  if (view === null) throw new Error('useRecord must be used inside a RecordProvider');
  return view;
}
