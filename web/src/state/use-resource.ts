import { useEffect, useRef, useState } from 'react';
import type { ReadAt } from '../api/api-client';
import { useRecord } from './record-context';

export interface Resource<T> {
  /** The last value loaded; kept while a newer one loads, so views do not flicker. */
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
}

/**
 * Loads something from the API as of the dashboard's moment, again whenever `deps`, that
 * moment or the record changes; a load overtaken by a newer one is cancelled.
 */
export function useResource<T>(
  load: (at: ReadAt) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const { asOf, revision } = useRecord();
  const loadRef = useRef(load);
  loadRef.current = load;
  const [state, setState] = useState<Resource<T>>({
    data: undefined,
    error: undefined,
    loading: true,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef.current({ asOf, signal: controller.signal }).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error as Error, loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is read through a ref: the caller lists in `deps` what it depends on.
  }, [asOf, revision, ...deps]);

  return state;
}
