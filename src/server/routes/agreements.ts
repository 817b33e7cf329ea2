import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAgreement,
  diffAgreement,
  getAgreement,
  listAgreements,
  validateAgreementText,
} from '../../app/agreements.js';
import type { NamedParty } from '../../core/api/agreement-api.js';
import {
  AgreementCheck,
  AgreementDetail,
  AgreementParams,
  AgreementQuery,
  AgreementRecordSchema,
  AgreementSummary,
  AgreementText,
  CellParams,
  DiffQuery,
  EvaluationQuery,
  RecordedAgreement,
} from '../../core/api/agreement-api.js';
import { NoQuery, listOf } from '../../core/api/listing.js';
import { CellExplanation, EvaluationGrid } from '../../core/evaluation/evaluation.js';
import { EvaluationDiff } from '../../core/evaluation/evaluation-diff.js';
import { AgreementEvaluations } from '../../app/agreement-evaluations.js';
import { dayReport } from '../../app/day-report.js';
import { DayReport, DayReportQuery } from '../../core/report/day-report.js';
import { notFound } from '../../core/errors.js';
import type { ApiContext } from '../api-context.js';
import { authorOf } from '../authenticate.js';
import { BODY_LIMIT } from '../body-limits.js';
import { problemResponses } from '../problem.js';
import { sendJsonText } from '../send-json-text.js';

/** A party or mediator as the API shows it: how the agreement names it. */
const namesOf = ({ id, name, aliases }: z.infer<typeof NamedParty>) => ({ id, name, aliases });

/**
 * A breach as documented: its time as the instant range alone. The engine hands on the claim's
 * whole interval (label, precision), which the published schema does not describe.
 */
const documentedBreach = <
  B extends {
    readonly when: { readonly earliest: string | null; readonly latest: string | null } | null;
  },
>(
  breach: B,
): B => ({
  ...breach,
  when: breach.when && { earliest: breach.when.earliest, latest: breach.when.latest },
});

export const agreementRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, agreements },
) => {
  // Remembered until the ledger moves: a repeated or neighbouring asOf is not evaluated again.
  const evaluations = new AgreementEvaluations(store, agreements);

  app.get(
    '/api/agreements',
    {
      schema: {
        tags: ['agreements'],
        summary: 'The agreements on record, each at its latest version',
        querystring: NoQuery,
        response: { 200: listOf(AgreementSummary), ...problemResponses(400) },
      },
    },
    async () => {
      // The store lists every version by id then version: the last of each id is its latest.
      const latest = new Map((await listAgreements(store)).map((r) => [r.id, r]));
      return { items: [...latest.values()].map(({ text: _text, ...summary }) => summary) };
    },
  );

  app.post(
    '/api/agreements',
    {
      bodyLimit: BODY_LIMIT.agreement,
      schema: {
        tags: ['agreements'],
        summary:
          'Record an agreement version; the same text again is recognised, other terms under a recorded version conflict',
        body: AgreementText,
        response: {
          200: RecordedAgreement.describe('the same text was already recorded'),
          201: RecordedAgreement,
          ...problemResponses(400, 409, 413, 415),
        },
      },
    },
    async ({ body, principal }, reply) => {
      const { outcome, record } = await addAgreement(store, body.text, authorOf(principal));
      return reply.code(outcome === 'added' ? 201 : 200).send({ outcome, agreement: record });
    },
  );

  app.post(
    '/api/agreements/validate',
    {
      bodyLimit: BODY_LIMIT.agreement,
      schema: {
        tags: ['agreements'],
        summary: 'Check an agreement text without recording it: every problem with its line',
        body: AgreementText,
        response: { 200: AgreementCheck, ...problemResponses(400, 413, 415) },
      },
    },
    async ({ body }) => {
      const checked = await validateAgreementText(body.text, store);
      return { ok: checked.ok, problems: checked.ok ? [] : checked.problems };
    },
  );

  app.get(
    '/api/agreements/:id',
    {
      schema: {
        tags: ['agreements'],
        summary: 'One agreement, at its latest version or the one asked for',
        params: AgreementParams,
        querystring: AgreementQuery,
        response: { 200: AgreementDetail, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const { record, agreement } = await getAgreement(store, params.id, query.version, agreements);
      return {
        ...record,
        timezone: agreement.timezone,
        parties: agreement.parties.map(namesOf),
        mediators: agreement.mediators.map(namesOf),
        clauses: agreement.norms.map(({ id, title }) => ({ id, title })),
      };
    },
  );

  app.get(
    '/api/agreements/:id/versions',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Every recorded version of an agreement, oldest first',
        querystring: NoQuery,
        params: AgreementParams,
        response: { 200: listOf(AgreementRecordSchema), ...problemResponses(400, 404) },
      },
    },
    async ({ params }) => {
      const versions = (await listAgreements(store)).filter((r) => r.id === params.id);
      if (versions.length === 0) throw notFound(`no agreement ${params.id}`);
      return { items: versions };
    },
  );

  app.get(
    '/api/agreements/:id/evaluation',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The verdicts of every norm, period by period, from the claims known at asOf (default: now): each cell with its count, one sentence and the claims deciding it; breaches grouped. A cell is explained in full by the cell route. The answer carries an ETag: sent back in If-None-Match, it gets 304 Not Modified while the ledger and the moment are the same.',
        params: AgreementParams,
        querystring: EvaluationQuery,
        response: {
          200: EvaluationGrid,
          304: z.undefined().describe('Not Modified: the answer whose ETag was sent still stands'),
          ...problemResponses(400, 404),
        },
      },
    },
    async ({ params, query, headers }, reply) => {
      // A client that holds this very answer (the same agreement, version, ledger head and
      // moment) is told so in a few bytes; any other repeat is sent the bytes made the first time.
      const { tag, body } = await evaluations.gridAnswer(
        params.id,
        query,
        headers['if-none-match'],
      );
      void reply.header('etag', tag).header('cache-control', 'private, no-cache');
      if (body === null) return reply.code(304).send();
      return sendJsonText(reply, body);
    },
  );

  app.get(
    '/api/agreements/:id/evaluation/cells/:norm/:period',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The whole explanation of one cell of the evaluation (a clause in a period, or `once`), for each bearer: accounts by origin, claims counted and set aside with the reasons, breaches alleged',
        params: CellParams,
        querystring: EvaluationQuery,
        response: { 200: CellExplanation, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const cell = await evaluations.cell(params.id, params, query);
      return { ...cell, breaches: cell.breaches.map(documentedBreach) };
    },
  );

  app.get(
    '/api/agreements/:id/report',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The daily situation report of one local day: term, grid row, new claims by origin, alleged breaches, tallies, every statement footnoted to its document',
        params: AgreementParams,
        querystring: DayReportQuery,
        response: { 200: DayReport, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => dayReport(store, params.id, query),
  );

  app.get(
    '/api/agreements/:id/diff',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'What changed between what was known at two moments: verdicts with the claims that changed them, the term, breaches, powers',
        params: AgreementParams,
        querystring: DiffQuery,
        response: { 200: EvaluationDiff, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const diff = await diffAgreement(
        store,
        params.id,
        query.from,
        query.to ?? new Date().toISOString(),
        agreements,
      );
      return {
        ...diff,
        breachesAdded: diff.breachesAdded.map(documentedBreach),
        breachesRemoved: diff.breachesRemoved.map(documentedBreach),
      };
    },
  );
};
