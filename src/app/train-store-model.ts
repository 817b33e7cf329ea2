import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { occurrenceOf, originOf, polarityOf } from '../core/evidence/claim.js';
import type { Claim, ClaimContent, Span } from '../core/evidence/claim.js';
import { notFound } from '../core/errors.js';
import { readClaimExamples } from '../ingest/claim-examples.js';
import type { ClaimExample, ClaimExamplesFile } from '../ingest/claim-examples.js';
import { CLAIM_EXAMPLES_URL, claimModel, NO_CLAIM } from '../ingest/claim-model.js';
import type { ClaimModelFile } from '../ingest/claim-model.js';
import type { ExtractedClaim } from '../ingest/event-claims.js';
import { extractClaims } from '../ingest/extract.js';
import { isTaughtRule, learnTriggers, readCodings } from '../ingest/learned-triggers.js';
import type { HandCoding, LearnedTrigger, ReadCodings } from '../ingest/learned-triggers.js';
import { claimKeys, triggerOf } from '../ingest/review-memory.js';
import type { RememberedReview, ReviewMemory } from '../ingest/review-memory.js';
import { trainFromExamples, withReviews, writeClaimModel } from '../ingest/train-claim-model.js';
import type { Store } from '../store/store.js';
import { modelStatus } from './store-model.js';
import type { ModelStatus } from './store-model.js';

/** How far training has got, for a progress line. */
export type TrainingProgress =
  | { readonly stage: 'reviews'; readonly claims: number }
  | { readonly stage: 'document'; readonly done: number; readonly total: number }
  | { readonly stage: 'training'; readonly examples: number };

/** The content fields a reviewer may correct, beyond the four the classifier reads. */
const CORRECTABLE = [
  'when',
  'where',
  'actors',
  'quantities',
  'categories',
  'attribution',
  'until',
  'countsToward',
  'justification',
] as const;

/**
 * What an accepted claim must come back with: its type and readings always, and every other
 * field where the review left it different from what the rules read (all of them when the
 * rules no longer find the claim).
 */
function reviewedFields(content: ClaimContent, read: ExtractedClaim | undefined) {
  const fields: Record<string, unknown> = {
    type: content.type,
    modality: content.modality,
    polarity: polarityOf(content),
    occurrence: occurrenceOf(content),
  };
  for (const key of CORRECTABLE) {
    if (read === undefined || JSON.stringify(content[key]) !== JSON.stringify(read[key])) {
      fields[key] = content[key];
    }
  }
  return fields as RememberedReview['fields'];
}

/** The example a reviewed claim gives: rejected is `none`, accepted its reviewed readings. */
function reviewExample(claim: Claim, features: readonly string[]): ClaimExample {
  if (claim.status === 'rejected') {
    return { features, type: NO_CLAIM, polarity: null, occurrence: null };
  }
  return {
    features,
    type: claim.content.type,
    polarity: polarityOf(claim.content),
    occurrence: occurrenceOf(claim.content),
  };
}

/**
 * The extracted claim a reviewed one was suggested as: same span, rule and origin, the rules'
 * modality where two differ, in order (ids follow the order claims were read in).
 */
function pairOf(
  claim: Claim,
  extracted: readonly ExtractedClaim[],
  taken: ReadonlySet<number>,
): number | undefined {
  const [start, end] = claim.content.span ?? [-1, -1];
  const origin = originOf(claim.content).name;
  const fits = extracted
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c, i }) =>
        !taken.has(i) &&
        c.rule === ruleOf(claim) &&
        c.span?.[0] === start &&
        c.span[1] === end &&
        originOf(c).name === origin,
    );
  return (fits.find(({ c }) => c.modality === claim.content.modality) ?? fits[0])?.i;
}

/**
 * The words the store's hand-coded claims teach (an analyst's claims with the words they were
 * coded from), weighed against their uses in the sentences of reviewed documents that hold no
 * claim, less those whose suggestions reviewers rejected as often as they were taught.
 */
async function triggersTaught(
  store: Store,
  accepted: readonly Claim[],
  rejected: readonly Claim[],
): Promise<LearnedTrigger[]> {
  const byDocument = new Map<string, { codings: HandCoding[]; claims: Span[] }>();
  const of = (document: string) =>
    byDocument.get(document) ??
    byDocument.set(document, { codings: [], claims: [] }).get(document)!;
  for (const c of accepted) {
    if (c.content.span === null) continue;
    of(c.document).claims.push(c.content.span);
    if (c.provenance.kind === 'analyst') {
      of(c.document).codings.push({ span: c.content.span, type: c.content.type });
    }
  }
  for (const c of rejected) of(c.document);
  if (![...byDocument.values()].some((d) => d.codings.length > 0)) return [];
  const read: ReadCodings[] = [];
  for (const id of [...byDocument.keys()].sort(byText)) {
    const doc = await store.getDocument(id as Claim['document']);
    if (doc === undefined) throw notFound(`no document ${id}, though claims were read from it`);
    const { codings, claims } = byDocument.get(id)!;
    read.push(readCodings({ ...doc, text: doc.rawText }, codings, claims));
  }
  const rejections = new Map<string, number>();
  for (const c of rejected) {
    const rule = ruleOf(c).replace(/^trigger\./, '');
    if (isTaughtRule(rule)) rejections.set(rule, (rejections.get(rule) ?? 0) + 1);
  }
  return learnTriggers(read, rejections);
}

const ruleOf = (claim: Claim): string =>
  claim.provenance.kind === 'rule' ? claim.provenance.rule : '';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Trains the store's claim model: the train split's examples (shipped beside the model) plus
 * one example for every suggestion a reviewer accepted, edited or rejected, read again from its
 * document; and remembers every decision exactly. Deterministic: documents in content-hash
 * order, claims by span, rule and origin, so the same record gives the same file byte for byte.
 * Writes the model to `path` (through a temporary file, so a reader never sees half of it).
 */
export async function trainStoreModel(
  store: Store,
  path: string,
  onProgress: (p: TrainingProgress) => void = () => {},
): Promise<ModelStatus> {
  if (!existsSync(CLAIM_EXAMPLES_URL)) {
    throw notFound(`no training examples at ${CLAIM_EXAMPLES_URL.pathname}; run \`npm run train\``);
  }
  const bundled = JSON.parse(readFileSync(CLAIM_EXAMPLES_URL, 'utf8')) as ClaimExamplesFile;
  const accepted = await store.listClaims({ status: 'accepted' });
  const rejected = await store.listClaims({ status: 'rejected' });
  const reviewed = [...accepted, ...rejected].filter(
    (c) => c.provenance.kind === 'rule' && c.content.span !== null,
  );
  onProgress({ stage: 'reviews', claims: reviewed.length });
  const byDocument = new Map<string, Claim[]>();
  for (const c of reviewed) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  const documents = await Promise.all(
    [...byDocument.keys()].map(async (id) => {
      const doc = await store.getDocument(id as Claim['document']);
      if (doc === undefined) throw notFound(`no document ${id}, though claims were read from it`);
      return doc;
    }),
  );
  documents.sort((a, b) => byText(a.contentHash, b.contentHash) || byText(a.id, b.id));
  const examples: ClaimExample[] = [];
  const remembered: RememberedReview[] = [];
  for (const [n, doc] of documents.entries()) {
    const claims = [...(byDocument.get(doc.id) ?? [])].sort(
      (a, b) =>
        (a.content.span?.[0] ?? 0) - (b.content.span?.[0] ?? 0) ||
        byText(ruleOf(a), ruleOf(b)) ||
        byText(originOf(a.content).name, originOf(b.content).name) ||
        byText(a.id, b.id),
    );
    // The rules alone, as the corpus examples were read: features do not depend on weights.
    const read = extractClaims(
      {
        text: doc.rawText,
        format: doc.format,
        published: doc.published?.earliest ?? null,
        timeZone: 'UTC',
        publisher: doc.publisher,
      },
      null,
    );
    const keys = claimKeys(read.claims, read.explanations);
    const taken = new Set<number>();
    // Claims the rules no longer find are remembered by sentence, rule and origin alone.
    const unpaired = new Map<string, number>();
    for (const claim of claims) {
      const i = pairOf(claim, read.claims, taken);
      const features = i === undefined ? null : (read.explanations[i]?.features ?? []);
      const where = `${ruleOf(claim)}\u0000${originOf(claim.content).name}\u0000${claim.content.text}`;
      const nth = i === undefined ? (unpaired.get(where) ?? 0) : (keys[i]?.nth ?? 0);
      if (i === undefined) unpaired.set(where, nth + 1);
      else {
        taken.add(i);
        examples.push(reviewExample(claim, features ?? []));
      }
      remembered.push({
        text: claim.content.text.replace(/\s+/g, ' ').trim(),
        rule: ruleOf(claim),
        origin: originOf(claim.content).name,
        trigger: features === null ? null : triggerOf(features),
        nth,
        outcome: claim.status === 'rejected' ? 'rejected' : 'accepted',
        ...(claim.status === 'rejected'
          ? {}
          : {
              fields: reviewedFields(claim.content, i === undefined ? undefined : read.claims[i]),
            }),
      });
    }
    onProgress({ stage: 'document', done: n + 1, total: documents.length });
  }
  const bundledExamples = readClaimExamples(bundled);
  onProgress({ stage: 'training', examples: bundledExamples.length + examples.length });
  const all = withReviews(bundledExamples, examples);
  const latest = reviewed.reduce<string | null>(
    (max, c) => (max === null || c.updatedAt > max ? c.updatedAt : max),
    null,
  );
  const triggers = await triggersTaught(store, accepted, rejected);
  const memory: ReviewMemory = {
    claims: reviewed.length,
    documents: documents.length,
    latest,
    remembered,
    ...(triggers.length === 0 ? {} : { triggers }),
  };
  const shipped = claimModel();
  const model: ClaimModelFile = {
    ...trainFromExamples(all, `${bundled.trainedOn} and ${reviewed.length} reviewed claims`),
    // Reviews label claims, not pairs or places: the joint choice and the ranker stay the shipped ones.
    ...(shipped?.joint === undefined ? {} : { joint: shipped.joint }),
    ...(shipped?.jointType === undefined ? {} : { jointType: shipped.jointType }),
    ...(shipped?.place === undefined ? {} : { place: shipped.place }),
    reviews: memory,
  };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, writeClaimModel(model));
  renameSync(temporary, path);
  return modelStatus(path);
}
