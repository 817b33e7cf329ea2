import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAgreement,
  diffAgreement,
  evaluateAgreement,
  getAgreement,
  listAgreements,
  validateAgreementText,
} from '../../app/agreements.js';
import { dayReport } from '../../app/day-report.js';
import { AgreementRecord } from '../../core/agreement/agreement-record.js';
import { DayReport } from '../../core/report/day-report.js';
import { notFound } from '../../core/errors.js';
import { AgreementId } from '../../core/ids.js';
import { IsoInstant } from '../../core/time/time-interval.js';
import type { ApiContext } from '../api-context.js';
import { NoQuery, listOf } from '../api-schemas.js';
import { BODY_LIMIT } from '../body-limits.js';
import { EvaluationDiffSchema, EvaluationSchema } from '../evaluation-schema.js';
import { problemResponses } from '../problem.js';

const AgreementParams = z.object({ id: AgreementId });
const Version = z.coerce.number().int().positive();

const AgreementText = z
  .object({
    text: z.string().min(1, 'the agreement is empty').describe('the agreement file (YAML)'),
  })
  .strict();

const AgreementRecordSchema = AgreementRecord.meta({ id: 'AgreementRecord' });
const AgreementSummary = AgreementRecord.unwrap()
  .omit({ text: true })
  .meta({ id: 'AgreementSummary' });

const Named = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).readonly(),
});

/** A party or mediator as the API shows it: how the agreement names it. */
const namesOf = ({ id, name, aliases }: z.infer<typeof Named>) => ({ id, name, aliases });

const AgreementDetail = AgreementRecord.unwrap()
  .extend({
    timezone: z.string().describe("the IANA zone whose clocks the agreement's days follow"),
    parties: z.array(Named).readonly(),
    mediators: z.array(Named).readonly(),
  })
  .meta({ id: 'AgreementDetail' });

const Recorded = z
  .object({ outcome: z.enum(['added', 'known']), agreement: AgreementRecordSchema })
  .meta({ id: 'RecordedAgreement' });

const AgreementCheck = z
  .object({
    ok: z.boolean(),
    problems: z
      .array(
        z.object({
          line: z.number().int().nullable(),
          column: z.number().int().nullable(),
          path: z.string().describe('the key path in the file ("norms[2].quantity.min")'),
          message: z.string(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'AgreementCheck' });

export const agreementRoutes: FastifyPluginAsyncZod<ApiContext> = async (
  app,
  { store, author },
) => {
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
          200: Recorded.describe('the same text was already recorded'),
          201: Recorded,
          ...problemResponses(400, 409, 413, 415),
        },
      },
    },
    async ({ body }, reply) => {
      const { outcome, record } = await addAgreement(store, body.text, author);
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
      const checked = validateAgreementText(body.text);
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
        querystring: z.object({ version: Version.optional() }).strict(),
        response: { 200: AgreementDetail, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => {
      const { record, agreement } = await getAgreement(store, params.id, query.version);
      return {
        ...record,
        timezone: agreement.timezone,
        parties: agreement.parties.map(namesOf),
        mediators: agreement.mediators.map(namesOf),
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
          'The verdicts of every norm, period by period, from the claims known at asOf (default: now)',
        params: AgreementParams,
        querystring: z
          .object({
            asOf: IsoInstant.optional().describe('evaluate what was known at this instant'),
            version: Version.optional().describe(
              'judge every period by this version (default: each by the version in effect then)',
            ),
          })
          .strict(),
        response: { 200: EvaluationSchema, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) => evaluateAgreement(store, params.id, query),
  );

  app.get(
    '/api/agreements/:id/report',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The daily situation report of one local day: term, grid row, new claims by origin, alleged breaches, tallies, every statement footnoted to its document',
        params: AgreementParams,
        querystring: z
          .object({
            day: z.string().describe("the local date in the agreement's zone, 2023-11-26"),
            asOf: IsoInstant.optional().describe('report what was known at this instant'),
          })
          .strict(),
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
        querystring: z
          .object({ from: IsoInstant, to: IsoInstant.optional().describe('default: now') })
          .strict(),
        response: { 200: EvaluationDiffSchema, ...problemResponses(400, 404) },
      },
    },
    async ({ params, query }) =>
      diffAgreement(store, params.id, query.from, query.to ?? new Date().toISOString()),
  );
};
