import createClient from 'openapi-fetch';
import type {
  AgreementDetail,
  AgreementSummary,
  Claim,
  ClaimDraft,
  ClaimPage,
  ClaimsSuperseded,
  ClaimWithReading,
  DocumentSummary,
  DocumentWithClaims,
  EventCluster,
  CellExplanation,
  Evaluation,
  Extraction,
  Ingested,
  Iso,
  Listing,
  NewReport,
  ReviewStatus,
  DayReport,
  SignedHead,
  AuditPage,
  Session,
  SearchResults,
  Source,
  Vocabulary,
} from './api-types';
import { csrfMiddleware } from './csrf-middleware';
import { sharedReads } from './shared-reads';
import type { SharedReads } from './shared-reads';
import { signInMiddleware } from './sign-in-middleware';
import type { paths } from './openapi';

/** An error the API answered with (application/problem+json), or a failed request. */
export class ApiProblem extends Error {
  readonly status: number;
  /** A change refused because the claim changed meanwhile: who changed it last, and when. */
  readonly lastChange: { readonly author: string; readonly recordedAt: string } | undefined;

  constructor(status: number, detail: string, lastChange?: ApiProblem['lastChange']) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.lastChange = lastChange;
  }
}

/**
 * What to tell someone whose change was refused: who changed the claim meanwhile, when the
 * server says so, else the server's sentence.
 */
export function refusalMessage(error: Error): string {
  if (error instanceof ApiProblem && error.status === 409 && error.lastChange !== undefined) {
    const when = new Date(error.lastChange.recordedAt).toLocaleString();
    return `${error.lastChange.author} changed this claim meanwhile (${when}): look at it again before you change it.`;
  }
  return error.message;
}

/** A claim as the user saw it: which one, and at which revision. */
type Revised = Pick<Claim, 'id' | 'revision'>;

/** How to cancel a read. */
export interface Cancel {
  readonly signal?: AbortSignal;
}

/** The moment a read replays the record at (null: as known now), and how to cancel it. */
export interface ReadAt extends Cancel {
  readonly asOf: Iso | null;
}

/**
 * The one typed client of the API: paths, parameters and bodies are checked against the types
 * generated from the server's OpenAPI document. Relative to the page's own origin, as served.
 */
const reads = sharedReads((request) => globalThis.fetch(request));
const client = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: reads.fetch,
});
client.use(csrfMiddleware, signInMiddleware);

interface Answer<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

function problemOf(response: Response, body: unknown): ApiProblem {
  const fallback = `${response.status} ${response.statusText}`.trim();
  const { detail, title, lastChange } = (typeof body === 'object' && body !== null ? body : {}) as {
    detail?: unknown;
    title?: unknown;
    lastChange?: ApiProblem['lastChange'];
  };
  const said = typeof detail === 'string' ? detail : title;
  return new ApiProblem(response.status, typeof said === 'string' ? said : fallback, lastChange);
}

/** A named schema's type, passed as a value so a call states what its route answers. */
interface Shape<T> {
  readonly shape?: T;
}
const as = <T>(): Shape<T> => ({});

/**
 * The body of a successful answer as the named schema's type, or the problem the API answered
 * with, thrown. openapi-fetch widens tuples to arrays in what it infers (a span is `[start, end]`),
 * so each call names its schema, which must be assignable to what openapi-fetch inferred.
 */
async function bodyOf<D, T extends D>(answer: Promise<Answer<D>>, _shape: Shape<T>): Promise<T> {
  const { data, error, response } = await answer;
  if (!response.ok || data === undefined) throw problemOf(response, error);
  return data as T;
}

/** The moment as a query parameter: absent when the view shows the record as it stands. */
const moment = (at: ReadAt) => (at.asOf === null ? {} : { asOf: at.asOf });

/** The agreement a listing is narrowed to on the server: absent for the whole record. */
const scope = (agreement: string | null) => (agreement === null ? {} : { agreement });

const signalOf = (at: Cancel) => (at.signal === undefined ? {} : { signal: at.signal });

const eventsRead = (agreement: string | null, at: ReadAt, fetch: SharedReads['fetch']) =>
  client.GET('/api/events', {
    params: { query: { ...scope(agreement), ...moment(at) } },
    ...signalOf(at),
    fetch,
  });

/**
 * Reads sent at the page's start, before the code of the view that needs them has arrived; the
 * view's own identical read takes the answer (see `SharedReads.prime`).
 */
export const readEarly = {
  events: (agreement: string, asOf: Iso | null) => {
    // The view's own read reports a failure; this one only starts the request.
    eventsRead(agreement, { asOf }, reads.prime).catch(() => undefined);
  },
};

export interface ClaimQuery {
  /** Only what this agreement reads: its claims, and unassigned ones naming its parties. */
  readonly agreement?: string;
  /** Read each claim's attribution as this agreement does, without narrowing the list. */
  readonly readAs?: string;
  readonly status?: ReviewStatus;
  readonly document?: string;
  readonly type?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

type ClaimParams = NonNullable<paths['/api/claims']['get']['parameters']['query']>;
type NewClaimBody = paths['/api/claims']['post']['requestBody']['content']['application/json'];
type ClaimChanges =
  paths['/api/claims/{id}']['patch']['requestBody']['content']['application/json']['changes'];

/**
 * Every call the dashboard makes to the HTTP API. Reads taking `ReadAt` replay the record as of
 * `at.asOf` (claims by their `knownAt`, documents by publication); those taking `Cancel` read it
 * as it stands: an agreement's terms, the sources and a claim named by id are shown as
 * recorded, since an evaluation as of T names claims known only later, whose accounts must load.
 */
export const api = {
  agreements: async (at: Cancel) =>
    (await bodyOf(client.GET('/api/agreements', signalOf(at)), as<Listing<AgreementSummary>>()))
      .items,
  agreement: (id: string, at: Cancel) =>
    bodyOf(
      client.GET('/api/agreements/{id}', { params: { path: { id } }, ...signalOf(at) }),
      as<AgreementDetail>(),
    ),
  evaluation: (agreement: string, at: ReadAt) =>
    bodyOf(
      client.GET('/api/agreements/{id}/evaluation', {
        params: { path: { id: agreement }, query: moment(at) },
        ...signalOf(at),
      }),
      as<Evaluation>(),
    ),
  /** The whole explanation of one cell: a clause in a period (from 1), or `once`. */
  cell: (agreement: string, norm: string, period: number | 'once', at: ReadAt) =>
    bodyOf(
      client.GET('/api/agreements/{id}/evaluation/cells/{norm}/{period}', {
        params: { path: { id: agreement, norm, period }, query: moment(at) },
        ...signalOf(at),
      }),
      as<CellExplanation>(),
    ),
  /** The daily situation report of one local day of the agreement's term. */
  dayReport: (agreement: string, day: string | undefined, at: ReadAt) =>
    bodyOf(
      client.GET('/api/agreements/{id}/report', {
        params: { path: { id: agreement }, query: { day, ...moment(at) } },
        ...signalOf(at),
      }),
      as<DayReport>(),
    ),
  /** Occurrences; with an agreement, only those of the claims it reads (the server's scope). */
  events: async (agreement: string | null, at: ReadAt) =>
    (await bodyOf(eventsRead(agreement, at, reads.fetch), as<Listing<EventCluster>>())).items,
  claims: (query: ClaimQuery, at: ReadAt) => {
    const { cursor, ...rest } = query;
    const params = { ...rest, ...(cursor ? { cursor } : {}), ...moment(at) } as ClaimParams;
    return bodyOf(
      client.GET('/api/claims', { params: { query: params }, ...signalOf(at) }),
      as<ClaimPage>(),
    );
  },
  /** One claim; with an agreement, read as it reads attributions (origin keys, sides). */
  claim: (id: string, agreement: string | null, at: Cancel) =>
    bodyOf(
      client.GET('/api/claims/{id}', {
        params: { path: { id }, query: scope(agreement) },
        ...signalOf(at),
      }),
      as<ClaimWithReading>(),
    ),
  /** Documents; with an agreement, only those holding a claim it reads. */
  documents: async (agreement: string | null, at: ReadAt) =>
    (
      await bodyOf(
        client.GET('/api/documents', {
          params: { query: { ...scope(agreement), ...moment(at) } },
          ...signalOf(at),
        }),
        as<Listing<DocumentSummary>>(),
      )
    ).items,
  /** One document and its claims; with an agreement, the claims' readings too. */
  document: (id: string, agreement: string | null, at: ReadAt) =>
    bodyOf(
      client.GET('/api/documents/{id}', {
        params: { path: { id }, query: { ...scope(agreement), ...moment(at) } },
        ...signalOf(at),
      }),
      as<DocumentWithClaims>(),
    ),
  /** Documents and claims holding every word of `q`; with an agreement, only what it reads. */
  search: (q: string, agreement: string | null, at: ReadAt) =>
    bodyOf(
      client.GET('/api/search', {
        params: { query: { q, ...scope(agreement), ...moment(at) } },
        ...signalOf(at),
      }),
      as<SearchResults>(),
    ),
  sources: async (at: Cancel) =>
    (await bodyOf(client.GET('/api/sources', signalOf(at)), as<Listing<Source>>())).items,
  vocabulary: (at: Cancel) => bodyOf(client.GET('/api/vocabulary', signalOf(at)), as<Vocabulary>()),
  /** Who did what to a claim and when, as recorded up to `at.asOf`: one page, oldest first. */
  claimHistory: (claim: string, at: ReadAt) =>
    bodyOf(
      client.GET('/api/audit', {
        params: { query: { claim, limit: 100, ...(at.asOf === null ? {} : { to: at.asOf }) } },
        ...signalOf(at),
      }),
      as<AuditPage>(),
    ),
  session: (signal?: AbortSignal) =>
    bodyOf(client.GET('/api/session', signalOf({ signal })), as<Session>()),
  head: (signal?: AbortSignal) =>
    bodyOf(client.GET('/api/head', signalOf({ signal })), as<SignedHead>()),

  // Changes name the revision the user saw: if someone changed the claim since, the server
  // answers 409 (ApiProblem with lastChange) instead of overwriting their change.
  review: (claim: Revised, status: 'accepted' | 'rejected', note?: string) =>
    bodyOf(
      client.POST('/api/claims/{id}/review', {
        params: { path: { id: claim.id } },
        body: { status, note, revision: claim.revision },
      }),
      as<Claim>(),
    ),
  edit: (claim: Revised, changes: ClaimChanges, note?: string) =>
    bodyOf(
      client.PATCH('/api/claims/{id}', {
        params: { path: { id: claim.id } },
        body: { changes, note, revision: claim.revision },
      }),
      as<Claim>(),
    ),
  extract: (report: NewReport) =>
    bodyOf(client.POST('/api/extract', { body: report }), as<Extraction>()),
  upload: (report: NewReport) =>
    bodyOf(client.POST('/api/documents', { body: report }), as<Ingested>()),

  /** How the ingest stages read the words at [start, end) of a document; records nothing. */
  draftClaim: (document: string, span: readonly [number, number], agreement: string | null) =>
    bodyOf(
      client.POST('/api/documents/{id}/draft-claim', {
        params: { path: { id: document } },
        body: { start: span[0], end: span[1], ...(agreement === null ? {} : { agreement }) },
      }),
      as<ClaimDraft>(),
    ),
  /** Writes down a claim from a document's words; it waits for review. */
  addClaim: (claim: NewClaimBody) =>
    bodyOf(client.POST('/api/claims', { body: claim }), as<Claim>()),
  split: (id: string, at: number, note?: string) =>
    bodyOf(
      client.POST('/api/claims/{id}/split', { params: { path: { id } }, body: { at, note } }),
      as<ClaimsSuperseded>(),
    ),
  merge: (claims: readonly string[], note?: string) =>
    bodyOf(
      client.POST('/api/claims/merge', { body: { claims: [...claims], note } }),
      as<ClaimsSuperseded>(),
    ),
  reattribute: (id: string, origin: string, note?: string) =>
    bodyOf(
      client.POST('/api/claims/{id}/reattribute', {
        params: { path: { id } },
        body: { origin, note },
      }),
      as<ClaimsSuperseded>(),
    ),
};
