import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/api-client';
import type { ClaimQuery } from '../api/api-client';
import type { Claim, ClaimReading } from '../api/api-types';
import { useRecord } from './record-context';

const PAGE_SIZE = 200;

export interface ClaimPages {
  readonly items: readonly Claim[];
  /** With an agreement in the query: how it reads each claim's attribution, by claim id. */
  readonly readings: ReadonlyMap<string, ClaimReading>;
  readonly loading: boolean;
  readonly error: Error | undefined;
  /** More pages wait behind the cursor. */
  readonly hasMore: boolean;
  /** Fetches the next page, unless one is on its way or none is left. */
  readonly loadMore: () => void;
}

interface PagesState {
  readonly items: readonly Claim[];
  readonly readings: ReadonlyMap<string, ClaimReading>;
  readonly cursor: string | null;
  readonly done: boolean;
  readonly loading: boolean;
  readonly error: Error | undefined;
}

const FIRST: PagesState = {
  items: [],
  readings: new Map(),
  cursor: null,
  done: false,
  loading: true,
  error: undefined,
};

/**
 * Claims matching a query, a page at a time through the API's cursor, as of the dashboard's
 * moment; starts again from the first page when the query, the moment or the record changes.
 */
export function useClaimPages(query: Omit<ClaimQuery, 'cursor' | 'limit'>): ClaimPages {
  const { asOf, revision } = useRecord();
  const [state, setState] = useState<PagesState>(FIRST);
  const request = useRef<AbortController | null>(null);
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    (cursor: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setState((s) => ({ ...s, loading: true }));
      api.claims({ ...query, cursor, limit: PAGE_SIZE }, { asOf, signal: controller.signal }).then(
        (page) =>
          setState((s) => ({
            items: cursor === null ? page.items : [...s.items, ...page.items],
            readings: new Map([
              ...(cursor === null ? [] : s.readings),
              ...Object.entries(page.readings ?? {}),
            ]),
            cursor: page.nextCursor,
            done: page.nextCursor === null,
            loading: false,
            error: undefined,
          })),
        (error: unknown) => {
          if (!controller.signal.aborted)
            setState((s) => ({ ...s, loading: false, error: error as Error }));
        },
      );
    },
    // `key` stands for the query's content, which a caller may rebuild on every render.
    [key, asOf],
  );

  useEffect(() => {
    fetchPage(null);
    return () => request.current?.abort();
  }, [fetchPage, revision]);

  const { cursor, done, loading } = state;
  const loadMore = useCallback(() => {
    if (!loading && !done) fetchPage(cursor);
  }, [fetchPage, cursor, done, loading]);

  return {
    items: state.items,
    readings: state.readings,
    loading: state.loading,
    error: state.error,
    hasMore: !state.done,
    loadMore,
  };
}
