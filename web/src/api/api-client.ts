import type {
  AgreementDetail,
  AgreementSummary,
  Claim,
  ClaimContent,
  DocumentSummary,
  DocumentWithClaims,
  EventCluster,
  Evaluation,
  Extraction,
  Ingested,
  Iso,
  Listing,
  NewReport,
  Page,
  ReviewStatus,
  SignedHead,
  Source,
} from './api-types';
import type { DayReport } from '../report/day-report-types';

/** An error the API answered with (application/problem+json), or a failed request. */
export class ApiProblem extends Error {
  readonly status: number;

  constructor(status: number, detail: string) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
  }
}

/** How to cancel a read. */
export interface Cancel {
  readonly signal?: AbortSignal;
}

/** The moment a read replays the record at (null: as known now), and how to cancel it. */
export interface ReadAt extends Cancel {
  readonly asOf: Iso | null;
}

type Query = Record<string, string | number | null | undefined>;

function urlOf(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const fallback = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    const detail = typeof body.detail === 'string' ? body.detail : body.title;
    return new ApiProblem(response.status, typeof detail === 'string' ? detail : fallback);
  } catch {
    return new ApiProblem(response.status, fallback);
  }
}

async function send<T>(method: string, url: string, body?: unknown, signal?: AbortSignal) {
  const response = await fetch(url, {
    method,
    signal: signal ?? null,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

const read = <T>(path: string, at: ReadAt, query: Query = {}): Promise<T> =>
  send<T>('GET', urlOf(path, { ...query, asOf: at.asOf }), undefined, at.signal);

const readList = async <T>(path: string, at: ReadAt): Promise<readonly T[]> =>
  (await read<Listing<T>>(path, at)).items;

/**
 * A read of the record as it stands, whatever the dashboard's moment: "as of" replays what was
 * reported (claims by their `knownAt`, documents by publication), while an agreement's terms, the
 * sources and a claim named by id are shown as recorded. An evaluation as of T names claims
 * known only later, and their accounts must still load.
 */
const readCurrent = <T>(path: string, at: Cancel, query: Query = {}): Promise<T> =>
  send<T>('GET', urlOf(path, query), undefined, at.signal);

const segment = encodeURIComponent;

export interface ClaimQuery {
  readonly status?: ReviewStatus;
  readonly document?: string;
  readonly type?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

/**
 * Every call the dashboard makes to the HTTP API. Reads taking `ReadAt` replay the record as of
 * `at.asOf`; those taking `Cancel` read it as it stands.
 */
export const api = {
  agreements: async (at: Cancel) =>
    (await readCurrent<Listing<AgreementSummary>>('/api/agreements', at)).items,
  agreement: (id: string, at: Cancel) =>
    readCurrent<AgreementDetail>(`/api/agreements/${segment(id)}`, at),
  evaluation: (agreement: string, at: ReadAt) =>
    read<Evaluation>(`/api/agreements/${segment(agreement)}/evaluation`, at),
  dayReport: (agreement: string, day: string, at: ReadAt) =>
    read<DayReport>(`/api/agreements/${segment(agreement)}/report`, at, { day }),
  events: (at: ReadAt) => readList<EventCluster>('/api/events', at),
  claims: (query: ClaimQuery, at: ReadAt) =>
    read<Page<Claim>>('/api/claims', at, { ...query, cursor: query.cursor ?? null }),
  claim: (id: string, at: Cancel) => readCurrent<Claim>(`/api/claims/${segment(id)}`, at),
  documents: (at: ReadAt) => readList<DocumentSummary>('/api/documents', at),
  document: (id: string, at: ReadAt) =>
    read<DocumentWithClaims>(`/api/documents/${segment(id)}`, at),
  sources: async (at: Cancel) => (await readCurrent<Listing<Source>>('/api/sources', at)).items,
  head: (signal?: AbortSignal) => send<SignedHead>('GET', '/api/head', undefined, signal),

  review: (id: string, status: 'accepted' | 'rejected', note?: string) =>
    send<Claim>('POST', `/api/claims/${segment(id)}/review`, { status, note }),
  edit: (id: string, changes: Partial<ClaimContent>, note?: string) =>
    send<Claim>('PATCH', `/api/claims/${segment(id)}`, { changes, note }),
  extract: (report: NewReport) => send<Extraction>('POST', '/api/extract', report),
  upload: (report: NewReport) => send<Ingested>('POST', '/api/documents', report),
};
