import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/api-client';
import type { DocumentCredit } from '../api/api-types';
import { useResource } from './use-resource';

const DocumentCreditsContext = createContext<ReadonlyMap<string, DocumentCredit>>(new Map());

/**
 * Loads the documents' credits once, so a claim's quote shown anywhere can say when its words
 * are a summary's, not the outlet's.
 */
export function DocumentCreditsProvider(props: { readonly children: ReactNode }) {
  // Every document's, whatever the agreement: a claim shown may come from any of them.
  const documents = useResource((at) => api.documents(null, at), []);
  const byId = useMemo(
    () => new Map((documents.data ?? []).map((d) => [d.id, d.credit])),
    [documents.data],
  );
  return (
    <DocumentCreditsContext.Provider value={byId}>{props.children}</DocumentCreditsContext.Provider>
  );
}

/** How a document is credited, once the documents are loaded. */
export const useDocumentCredit = (document: string): DocumentCredit | undefined =>
  useContext(DocumentCreditsContext).get(document);
