import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TruceError, unavailable, type TruceErrorKind } from '../core/errors.js';
import type { ExtractInput, ExtractResult } from '../ingest/extract.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-worker.js';

/** Reads a report into claims: in this thread (the CLI), or in a worker (the server). */
export type RunExtraction = (input: ExtractInput) => Promise<ExtractResult>;

export interface ExtractionPoolOptions {
  /** Worker threads; default: one fewer than the cores, at least one. */
  readonly workers?: number;
  /** Reports waiting beyond those being read; more are refused at once (HTTP 503). */
  readonly queue?: number;
  /** A report taking longer is abandoned and its worker replaced. */
  readonly timeoutMs?: number;
  /** The store's claim model file (`truce model train`); the shipped model while it is absent. */
  readonly modelPath?: string | null;
}

interface Job {
  readonly input: ExtractInput;
  resolve(result: ExtractResult): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The compiled worker; or, when this file runs as TypeScript (tests, tsx), a small script that
 * registers tsx in the worker first, since Node 20 does not apply `--import` to a worker's
 * own module.
 */
function newWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(new URL('./extraction-worker.js', import.meta.url));
  // tsx's ESM entry: require.resolve finds its CommonJS twin beside it.
  const tsxApi = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(tsxApi).href;
  const worker = new URL('./extraction-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`,
    { eval: true },
  );
}

/**
 * A bounded pool of worker threads that read reports into claims, so the event loop never
 * runs an extraction: a 2 MB page takes its time on another thread while /api/health answers.
 * Workers start on first use and are kept for the next report (loading the models is slow).
 */
export class ExtractionPool {
  readonly #size: number;
  readonly #queueLimit: number;
  readonly #timeoutMs: number;
  readonly #modelPath: string | null;
  readonly #slots: Slot[] = [];
  readonly #waiting: Job[] = [];
  #closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.#size = options.workers ?? Math.max(1, availableParallelism() - 1);
    this.#queueLimit = options.queue ?? 8;
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    this.#modelPath = options.modelPath ?? null;
  }

  /** The pool as a RunExtraction. */
  readonly run: RunExtraction = (input) =>
    new Promise<ExtractResult>((resolve, reject) => {
      if (this.#closed) {
        reject(unavailable('the server is stopping; send the report again when it is back'));
        return;
      }
      const idle = this.#idleSlot();
      const job: Job = { input, resolve, reject };
      if (idle !== undefined) this.#start(idle, job);
      else if (this.#waiting.length < this.#queueLimit) this.#waiting.push(job);
      else {
        reject(
          unavailable(
            `the server is already reading ${this.#size + this.#waiting.length} reports; send this one again shortly`,
          ),
        );
      }
    });

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#waiting.splice(0)) {
      job.reject(unavailable('the server is stopping; send the report again when it is back'));
    }
    await Promise.all(this.#slots.splice(0).map((slot) => this.#retire(slot)));
  }

  #idleSlot(): Slot | undefined {
    const idle = this.#slots.find((slot) => slot.job === undefined);
    if (idle !== undefined || this.#slots.length >= this.#size) return idle;
    const slot: Slot = { worker: this.#spawn(), job: undefined, timer: undefined };
    this.#slots.push(slot);
    this.#listen(slot);
    return slot;
  }

  #spawn(): Worker {
    const worker = newWorker();
    // An idle worker must not keep a stopping process alive.
    worker.unref();
    return worker;
  }

  #listen(slot: Slot): void {
    const { worker } = slot;
    worker.on('message', (reply: ExtractionReply) => {
      if (slot.worker !== worker) return;
      const job = this.#finish(slot);
      if (job === undefined) return;
      if ('result' in reply) job.resolve(reply.result);
      else {
        const { kind, message } = reply.error;
        job.reject(
          kind === null ? new Error(message) : new TruceError(kind as TruceErrorKind, message),
        );
      }
      this.#next(slot);
    });
    const failed = (error: unknown) => {
      if (slot.worker !== worker) return;
      this.#replace(slot, error instanceof Error ? error : new Error(String(error)));
    };
    worker.on('error', failed);
    worker.on('exit', (code) => failed(new Error(`the extraction worker stopped (exit ${code})`)));
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(
      () =>
        this.#replace(
          slot,
          unavailable(
            `reading the report took longer than ${Math.round(this.#timeoutMs / 1000)} s and was stopped; send a shorter one`,
          ),
        ),
      this.#timeoutMs,
    );
    const request: ExtractionRequest = { id: 0, input: job.input, modelPath: this.#modelPath };
    slot.worker.postMessage(request);
  }

  #finish(slot: Slot): Job | undefined {
    const { job } = slot;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return job;
  }

  #next(slot: Slot): void {
    const job = this.#waiting.shift();
    if (job !== undefined) this.#start(slot, job);
  }

  /** Fails the slot's job, ends its worker and starts a fresh one for whatever waits. */
  #replace(slot: Slot, error: unknown): void {
    const job = this.#finish(slot);
    job?.reject(error);
    const old = slot.worker;
    if (this.#closed) return;
    slot.worker = this.#spawn();
    this.#listen(slot);
    void old.terminate();
    this.#next(slot);
  }

  async #retire(slot: Slot): Promise<void> {
    this.#finish(slot)?.reject(unavailable('the server is stopping'));
    await slot.worker.terminate();
  }
}
