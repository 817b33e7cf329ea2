import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/api-client';
import type { AgreementDetail, AgreementSummary, Evaluation } from '../api/api-types';
import { words } from '../format/labels';
import { useResource } from './use-resource';
import type { Resource } from './use-resource';
import { useViewLocation } from './view-location';

/**
 * The agreement the dashboard looks at, its evaluation as of the dashboard's moment (loaded
 * once for every view), and the zone its times are shown in.
 */
export interface AgreementView {
  readonly agreements: Resource<readonly AgreementSummary[]>;
  /** The chosen agreement's id: the one in the URL, else the first recorded. */
  readonly id: string | null;
  readonly detail: AgreementDetail | undefined;
  readonly evaluation: Resource<Evaluation | undefined>;
  /** The agreement's IANA zone; UTC until it is known. */
  readonly timeZone: string;
  /** A party as the agreement names it. */
  readonly partyName: (party: string) => string;
  /** A clause by its title in the agreement, else its id in words. */
  readonly clauseName: (clause: string) => string;
}

/** Without a choice in the address, the agreement recorded first: a mission's main one. */
function firstRecorded(
  list: readonly AgreementSummary[] | undefined,
): AgreementSummary | undefined {
  if (list === undefined || list.length === 0) return undefined;
  return list.reduce((a, b) => (b.recordedAt < a.recordedAt ? b : a));
}

const AgreementContext = createContext<AgreementView | null>(null);

export function AgreementProvider(props: { readonly children: ReactNode }) {
  const [location] = useViewLocation();
  const agreements = useResource((at) => api.agreements(at), []);
  const id = location.agreement ?? firstRecorded(agreements.data)?.id ?? null;
  const detail = useResource(
    (at) => (id === null ? Promise.resolve(undefined) : api.agreement(id, at)),
    [id],
  );
  const evaluation = useResource(
    (at) => (id === null ? Promise.resolve(undefined) : api.evaluation(id, at)),
    [id],
  );
  const view = useMemo(() => {
    const names = new Map(detail.data?.parties.map((p) => [p.id, p.name]));
    const titles = new Map(detail.data?.clauses.map((c) => [c.id, c.title]));
    return {
      agreements,
      id,
      detail: detail.data,
      evaluation,
      timeZone: detail.data?.timezone ?? 'UTC',
      partyName: (party: string) => names.get(party) ?? party,
      clauseName: (clause: string) => titles.get(clause) ?? words(clause),
    };
  }, [agreements, id, detail.data, evaluation]);
  return <AgreementContext.Provider value={view}>{props.children}</AgreementContext.Provider>;
}

export function useAgreement(): AgreementView {
  const view = useContext(AgreementContext);
  if (view === null) throw new Error('useAgreement must be used inside an AgreementProvider');
  return view;
}
