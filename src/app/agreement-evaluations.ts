import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { CellAddress } from '../core/evaluation/explain-cell.js';
import { explainVerdictsCell } from '../core/evaluation/explain-cell.js';
import { versionVerdicts } from '../core/evaluation/evaluate-versions.js';
import type { CellExplanation, Evaluation, EvaluationGrid } from '../core/evaluation/evaluation.js';
import type { Verdicts } from '../core/evaluation/verdicts.js';
import { fullEvaluation } from '../core/evaluation/verdicts.js';
import type { GridMade } from '../core/evaluation/verdict-grid.js';
import { gridOfVerdicts } from '../core/evaluation/verdict-grid.js';
import { termSpan } from '../core/evaluation/term-span.js';
import type { ClaimChange } from '../core/evaluation/affected-cells.js';
import { advancedVerdicts } from '../core/evaluation/advance-verdicts.js';
import { advancedCells } from '../core/evaluation/advance-cells.js';
import type { CellFrame } from '../core/evaluation/evaluate.js';
import { evaluateWithFrame } from '../core/evaluation/evaluate.js';
import type { Claim } from '../core/evidence/claim.js';
import { badInput } from '../core/errors.js';
import type { FieldTexts } from '../core/api/json-by-fields.js';
import { jsonByFields } from '../core/api/json-by-fields.js';
import type { JsonBytes } from '../core/api/json-text.js';
import type { AgreementId } from '../core/ids.js';
import { instantMs, isoOf } from '../core/time/instant-ms.js';
import type { Store } from '../store/store.js';
import type { LedgerHead } from '../core/ledger/signed-head.js';
import type { EvaluateRequest, EvaluationInputs } from './agreements.js';
import { advancedInputs, evaluationInputs } from './agreements.js';
import type { HeldClaims } from './held-claims.js';
import { ParsedAgreements } from './parsed-agreements.js';

interface Remembered {
  readonly head: LedgerHead;
  readonly inputs: EvaluationInputs;
  /** Evaluations of these inputs, the latest used first. */
  readonly evaluations: Made[];
}

/**
 * An evaluation, the asOf instants [from, until) it holds for, and its grid and every
 * explanation once asked. Its cells explain themselves from the index it was made with, so
 * opening a cell reads nothing from the store.
 */
interface Made {
  readonly from: number;
  readonly until: number;
  readonly verdicts: Verdicts;
  /** What its cells were assessed on, to assess some again; null for several versions. */
  readonly frame: CellFrame | null;
  grid: EvaluationGrid | null;
  /**
   * The grid of the evaluation this one was advanced from, until this one's grid is made: the
   * parts the advance kept are taken from it, and so are their texts (`text`).
   */
  gridBefore: GridMade | null;
  full: Evaluation | null;
  /**
   * The JSON text of the grid last sent, part by part: an evaluation advanced from this one
   * keeps it, so that only the parts an append changed are serialised again.
   */
  text: FieldTexts | null;
}

/** The moment a request asks about, now when it names none; BadInput when it is no instant. */
function momentOf(request: EvaluateRequest): number {
  if (request.asOf === undefined) return Date.now();
  const ms = instantMs(request.asOf);
  if (Number.isNaN(ms))
    throw badInput(`asOf must be an ISO instant, found ${JSON.stringify(request.asOf)}`);
  return ms;
}

/** Evaluations kept per agreement and version asked for: a few moments each. */
const EVALUATIONS_KEPT = 4;

/**
 * Bytes of answered grids kept, across agreements, the least recently asked dropped first: the
 * Gaza example's grid at 100k claims is about 87 KB, so some hundreds of moments and heads.
 */
export const GRID_BYTES_KEPT = 64 * 1024 * 1024;

/** Requests as sent whose grid tags are kept, each a few hundred bytes at most. */
const TAGS_ASKED_KEPT = 4_096;

/**
 * The longest `asOf` spelling whose tag is kept: an ISO instant with milliseconds and an offset
 * is 29 characters; a longer one (any number of fractional digits parses) is tagged afresh.
 */
const ASKED_AS_OF_AT_MOST = 35;

/** The entity tag of a grid, and its answer as sent; null when the client holds it. */
export interface GridAnswer {
  readonly tag: string;
  readonly body: JsonBytes<EvaluationGrid> | null;
}

/**
 * The entity tag of a grid: it is a function of the agreement, the version asked, the ledger's
 * head and the moment, so a client holding the answer with this tag holds this answer.
 */
function gridTagOf(id: AgreementId, version: number | undefined, head: string, asOf: string) {
  const name = `grid|${id}|${version ?? ''}|${head}|${asOf}`;
  return `"${createHash('sha256').update(name).digest('base64url').slice(0, 27)}"`;
}

/**
 * The grid of an evaluation, made once, for the moment asked: asOf keeps its place among the
 * fields, and a term with no end known runs to it.
 */
function gridOf(made: Made, asOf: string): EvaluationGrid {
  if (made.grid === null) {
    made.grid = gridOfVerdicts(made.verdicts, made.gridBefore ?? undefined);
    made.gridBefore = null;
  }
  if (made.grid.asOf === asOf) return made.grid;
  return { ...made.grid, asOf, span: termSpan(made.grid.term, asOf) };
}

/**
 * Entries past the head held beyond which the inputs are read afresh rather than advanced:
 * reading that many entries costs about what reading the agreement's claims does.
 */
const ENTRIES_ADVANCED_AT_MOST = 20_000;

/**
 * Claims changed since the last head beyond which the evaluations held are not advanced but
 * made afresh: past it, one of them is all but sure to reach a cell, and asking each costs
 * more than it can save.
 */
const CHANGES_ADVANCED_AT_MOST = 1_000;

/**
 * Changed claims beyond which the evaluations held are not advanced cell by cell but made
 * afresh: each change widens the cells assessed again, and at 100k claims on the bench's
 * agreement 100 changes of its mix already reach everything through a power.
 */
const CELL_CHANGES_AT_MOST = 200;

/**
 * Evaluations of a store's agreements, remembered until the ledger moves. An evaluation is a
 * pure function of the agreement's versions, the claims and the moment; all of them but the
 * moment are read from the ledger, so its head names them: an append changes the head, and
 * the next request brings the inputs held up to it from the entries appended since (the
 * claims they touched, read again), or reads them afresh when that cannot be done, and
 * evaluates them; when no claim touched reaches anything an evaluation shows but its count of
 * claims (`advancedVerdicts`), the evaluations held are kept with that count moved. Each
 * evaluation says for which instants around its asOf it would come out the same
 * (`EvaluateOptions.validity`), so a request for another moment in that span is answered from
 * it with only `asOf` changed.
 */
export class AgreementEvaluations {
  private readonly remembered = new Map<string, Remembered>();
  /**
   * Grids as sent, by their tag: a repeated request is answered with these bytes rather than
   * the grid serialised again, a third of a repeat's CPU before (decision 0088).
   */
  private readonly answers = new LRUCache<string, JsonBytes<EvaluationGrid>>({
    maxSize: GRID_BYTES_KEPT,
    sizeCalculation: (body) => body.byteLength,
  });

  /**
   * Each grid tag by the request as sent (agreement, version, asOf as spelled) and the head: a
   * few hundred bytes an entry, since a longer asOf is not kept; those of an old head are never
   * asked for again and age out.
   */
  private readonly tagsAsked = new LRUCache<string, string>({ max: TAGS_ASKED_KEPT });

  constructor(
    private readonly store: Store,
    private readonly parsed = new ParsedAgreements(store),
  ) {}

  /** The whole evaluation, every explanation in full. */
  async evaluation(id: AgreementId, request: EvaluateRequest = {}): Promise<Evaluation> {
    const { made, asOf } = await this.entry(id, request);
    made.full ??= fullEvaluation(made.verdicts);
    return made.full.asOf === asOf ? made.full : { ...made.full, asOf };
  }

  /**
   * The grid as JSON bytes (`JSON.stringify` of `grid(id, request)`) with its entity tag, or
   * no bytes when `clientTag` (a client's If-None-Match) is that tag: then nothing is
   * evaluated. The tag names the head the grid was made at. A grid for a moment asked for by
   * name is kept, so asking again costs a lookup; "now" is another moment each time.
   */
  async gridAnswer(
    id: AgreementId,
    request: EvaluateRequest = {},
    clientTag?: string,
  ): Promise<GridAnswer> {
    const { hash } = await this.store.head();
    let asOfMs: number | undefined;
    const moment = () => (asOfMs ??= momentOf(request));
    const named = request.asOf !== undefined;
    // The tag is a function of the request as sent and the head: a repeat looks it up rather
    // than parse the moment and take a digest again.
    const asked =
      named && (request.asOf as string).length <= ASKED_AS_OF_AT_MOST
        ? `${id}|${request.version ?? ''}|${hash}|${request.asOf}`
        : undefined;
    let headTag = asked === undefined ? undefined : this.tagsAsked.get(asked);
    if (headTag === undefined) {
      headTag = gridTagOf(id, request.version, hash, isoOf(moment()));
      if (asked !== undefined) this.tagsAsked.set(asked, headTag);
    }
    if (clientTag === headTag) return { tag: headTag, body: null };
    const held = named ? this.answers.get(headTag) : undefined;
    if (held !== undefined) return { tag: headTag, body: held };
    const asOf = isoOf(moment());
    const { made, head } = await this.entry(id, request, moment());
    // The tag of the head the grid was made at, which a writer may have moved since the above.
    const tag = gridTagOf(id, request.version, head.hash, asOf);
    const { text, fields } = jsonByFields(gridOf(made, asOf), made.text);
    made.text = fields;
    const body = Buffer.from(text) as Uint8Array as JsonBytes<EvaluationGrid>;
    if (named) this.answers.set(tag, body);
    return { tag, body };
  }

  /** What the grid needs: verdicts and summaries, breaches grouped. */
  async grid(id: AgreementId, request: EvaluateRequest = {}): Promise<EvaluationGrid> {
    const { made, asOf } = await this.entry(id, request);
    return gridOf(made, asOf);
  }

  /** The whole explanation of one cell, made for it alone. */
  async cell(
    id: AgreementId,
    cell: CellAddress,
    request: EvaluateRequest = {},
  ): Promise<CellExplanation> {
    const { made, asOf } = await this.entry(id, request);
    return { ...explainVerdictsCell(made.verdicts, cell), asOf };
  }

  private async entry(
    id: AgreementId,
    request: EvaluateRequest,
    asOfMs = momentOf(request),
  ): Promise<{ made: Made; asOf: string; head: LedgerHead }> {
    const asOf = request.asOf ?? isoOf(asOfMs);
    const key = `${id}|${request.version ?? ''}`;
    const head = await this.store.head();
    let remembered = this.remembered.get(key);
    if (remembered?.head.hash !== head.hash) {
      const read = await this.inputsAt(id, request.version, remembered);
      // Read again if the ledger moved while reading: the head must name what was read.
      if (read.head.hash !== (await this.store.head()).hash) return this.entry(id, request, asOfMs);
      const evaluations =
        remembered === undefined || read.changes === null
          ? []
          : advancedEvaluations(remembered.evaluations, read.inputs, read.changes);
      remembered = { head: read.head, inputs: read.inputs, evaluations };
      this.remembered.set(key, remembered);
    }
    const list = remembered.evaluations;
    const found = list.findIndex((e) => e.from <= asOfMs && asOfMs < e.until);
    const asOfIso = isoOf(asOfMs);
    if (found >= 0) {
      const hit = list.splice(found, 1)[0] as Made;
      list.unshift(hit);
      return { made: hit, asOf: asOfIso, head: remembered.head };
    }
    const { versions, options } = remembered.inputs;
    const claims = remembered.inputs.claims.all();
    const validity = { from: -Infinity, until: Infinity };
    const only = versions.length === 1 ? versions[0] : undefined;
    const { verdicts, frame } =
      only === undefined
        ? {
            verdicts: versionVerdicts(versions, claims, asOf, { ...options, validity }),
            frame: null,
          }
        : evaluateWithFrame(only, claims, asOf, { ...options, validity });
    const made: Made = {
      ...validity,
      verdicts,
      frame,
      grid: null,
      gridBefore: null,
      full: null,
      text: null,
    };
    list.unshift(made);
    list.length = Math.min(list.length, EVALUATIONS_KEPT);
    return { made, asOf: asOfIso, head: remembered.head };
  }

  /**
   * The inputs at the ledger's head: those held advanced by the entries appended since their
   * head when they can be, else read afresh; with the head they were read at.
   */
  private async inputsAt(
    id: AgreementId,
    version: number | undefined,
    held: Remembered | undefined,
  ): Promise<{ head: LedgerHead; inputs: EvaluationInputs; changes: ClaimChange[] | null }> {
    const head = await this.store.head();
    if (held !== undefined && head.seq - held.head.seq <= ENTRIES_ADVANCED_AT_MOST) {
      const changed = await this.store.claimsChangedAfter(held.head.seq, {
        scope: held.inputs.scope,
      });
      const inputs = await advancedInputs(
        held.inputs,
        held.head.hash,
        changed,
        this.store,
        id,
        version,
        this.parsed,
      );
      if (inputs === undefined) return this.readAfresh(id, version, head);
      // The evaluations held can be advanced claim by claim only when the agreement's versions
      // and the sources they read are those they were made with.
      const same =
        (version !== undefined || !changed.agreements.includes(id)) && changed.sources === 0;
      const changes =
        same && changed.touched.length <= CHANGES_ADVANCED_AT_MOST
          ? claimChanges(held.inputs.claims, changed.touched, changed.claims)
          : null;
      return { head: changed.head, inputs, changes };
    }
    return this.readAfresh(id, version, head);
  }

  private async readAfresh(
    id: AgreementId,
    version: number | undefined,
    head: LedgerHead,
  ): Promise<{ head: LedgerHead; inputs: EvaluationInputs; changes: null }> {
    const inputs = await evaluationInputs(this.store, id, version, this.parsed);
    return { head, inputs, changes: null };
  }
}

/**
 * The evaluations held, brought up to the changed claims: with only their count of claims
 * moved where no change reaches anything more (`advancedVerdicts`), else with the cells the
 * changes reach assessed again (`advancedCells`, one version, a few hundred changes at most);
 * the others are dropped, to be made afresh when asked.
 */
function advancedEvaluations(
  held: readonly Made[],
  inputs: EvaluationInputs,
  changes: readonly ClaimChange[],
): Made[] {
  const out: Made[] = [];
  for (const made of held) {
    const validity = { from: made.from, until: made.until };
    const verdicts = advancedVerdicts(made.verdicts, inputs.versions, changes, validity);
    if (verdicts !== null) {
      const { claims } = verdicts;
      out.push({
        ...validity,
        verdicts,
        frame: made.frame,
        grid: made.grid === null ? null : { ...made.grid, claims },
        gridBefore: made.gridBefore,
        full: made.full === null ? null : { ...made.full, claims },
        text: made.text,
      });
      continue;
    }
    if (made.frame === null || changes.length > CELL_CHANGES_AT_MOST) continue;
    const cells = advancedCells(made.verdicts, made.frame, changes, validity);
    if (cells === null) continue;
    const gridBefore =
      made.grid === null ? made.gridBefore : { verdicts: made.verdicts, grid: made.grid };
    out.push({ ...validity, ...cells, grid: null, gridBefore, full: null, text: made.text });
  }
  return out;
}

/** Each touched claim as the inputs held it (by id, in id order) and as it is now in scope. */
function claimChanges(
  held: HeldClaims,
  touched: readonly string[],
  now: readonly Claim[],
): ClaimChange[] {
  const after = new Map<string, Claim>(now.map((c) => [c.id, c]));
  const changes: ClaimChange[] = [];
  for (const id of new Set(touched)) {
    const change = { before: held.get(id), after: after.get(id) ?? null };
    if (change.before !== null || change.after !== null) changes.push(change);
  }
  return changes;
}
