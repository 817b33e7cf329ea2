import type { Claim } from '../core/evidence/claim.js';
import type { ClaimId } from '../core/ids.js';
import { positionOfId } from '../core/evaluation/position-of-id.js';

/**
 * Claims a chunk holds as made from a list: an append copies the chunks it touches and the list
 * of chunks, so some thousand claims and a hundred references at 100k claims, not every claim.
 */
const CLAIMS_PER_CHUNK = 1_024;

/** A chunk grown past this many times its size by appends is split, so a copy stays bounded. */
const CHUNKS_SPLIT_PAST = 2;

/**
 * The claims an evaluation reads, in id order, held as chunks that successive heads share: a
 * head after an append shares every chunk the append did not touch with the head before. The
 * one list a whole pass reads (`all`) is joined when first asked and kept.
 */
export class HeldClaims {
  private joined: readonly Claim[] | null;

  private constructor(
    /** Each non-empty and in id order, every id in one below every id in the next. */
    private readonly chunks: readonly (readonly Claim[])[],
    joined: readonly Claim[] | null,
    /** How many claims the chunks hold. */
    readonly size: number,
    private readonly perChunk: number,
  ) {
    this.joined = joined;
  }

  /** Claims in id order, as the store lists them; `perChunk` smaller only to test the chunks. */
  static of(claims: readonly Claim[], perChunk = CLAIMS_PER_CHUNK): HeldClaims {
    return new HeldClaims(chunksOf(claims, perChunk), claims, claims.length, perChunk);
  }

  /** Every claim in id order, in one list: joined from the chunks once, then kept. */
  all(): readonly Claim[] {
    this.joined ??= ([] as Claim[]).concat(...this.chunks);
    return this.joined;
  }

  /** The claim held under `id`, or null. */
  get(id: string): Claim | null {
    const chunk = this.chunks[this.chunkOf(id)];
    if (chunk === undefined) return null;
    const found = chunk[positionOfId(chunk, id)];
    return found?.id === id ? found : null;
  }

  /**
   * These claims with the touched ones replaced by their state now (`now`, in id order; a
   * touched claim not in it left the inputs): each chunk the touched ids fall in copied once,
   * the others shared.
   */
  advanced(touched: readonly ClaimId[], now: readonly Claim[]): HeldClaims {
    if (touched.length === 0) return this;
    const byChunk = new Map<number, { gone: Set<string>; now: Claim[] }>();
    const changesOf = (k: number) => {
      let changes = byChunk.get(k);
      if (changes === undefined) byChunk.set(k, (changes = { gone: new Set(), now: [] }));
      return changes;
    };
    for (const id of touched) changesOf(this.chunkOf(id)).gone.add(id);
    for (const claim of now) changesOf(this.chunkOf(claim.id)).now.push(claim);

    const chunks: (readonly Claim[])[] = [];
    let size = 0;
    const last = Math.max(this.chunks.length, 1);
    for (let k = 0; k < last; k++) {
      const held = this.chunks[k] ?? [];
      const changes = byChunk.get(k);
      const chunk = changes === undefined ? held : mergedChunk(held, changes.gone, changes.now);
      size += chunk.length;
      if (chunk.length > CHUNKS_SPLIT_PAST * this.perChunk)
        chunks.push(...chunksOf(chunk, this.perChunk));
      else if (chunk.length > 0) chunks.push(chunk);
    }
    return new HeldClaims(chunks, null, size, this.perChunk);
  }

  /**
   * The chunk an id falls in: the last whose first id is not above it, or the first chunk (0
   * when there is none, where an append's first claims go).
   */
  private chunkOf(id: string): number {
    let lo = 1;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (((this.chunks[mid] as readonly Claim[])[0] as Claim).id <= id) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Claims in id order cut into chunks of `perChunk`. */
function chunksOf(claims: readonly Claim[], perChunk: number): (readonly Claim[])[] {
  const chunks: (readonly Claim[])[] = [];
  for (let at = 0; at < claims.length; at += perChunk) chunks.push(claims.slice(at, at + perChunk));
  return chunks;
}

/** A chunk without the claims gone, with the claims now (in id order) placed: one merge. */
function mergedChunk(
  held: readonly Claim[],
  gone: ReadonlySet<string>,
  now: readonly Claim[],
): readonly Claim[] {
  const out: Claim[] = [];
  let j = 0;
  for (const claim of held) {
    while (j < now.length && (now[j] as Claim).id < claim.id) out.push(now[j++] as Claim);
    if (!gone.has(claim.id)) out.push(claim);
  }
  while (j < now.length) out.push(now[j++] as Claim);
  return out;
}
