import { grown } from './grown-array.js';

/**
 * Growable arrays one evaluation gathers evidence into, reused by each of its gatherings (a
 * window's evidence is copied out at the end). Each `ClaimIndex` holds its own, so evaluations
 * share no state, and the buffer of a large one goes when its index does.
 */
export class EvidenceBuffer {
  claim = new Int32Array(1024);
  origin = new Int32Array(1024);
  flags = new Uint8Array(1024);
  min = new Float64Array(1024);
  max = new Float64Array(1024);
  size = 0;

  push(claim: number, origin: number, flags: number, min: number, max: number): void {
    if (this.size === this.claim.length) this.grow();
    const k = this.size++;
    this.claim[k] = claim;
    this.origin[k] = origin;
    this.flags[k] = flags;
    this.min[k] = min;
    this.max[k] = max;
  }

  private grow(): void {
    const n = this.claim.length * 2;
    this.claim = grown(this.claim, n);
    this.origin = grown(this.origin, n);
    this.flags = grown(this.flags, n);
    this.min = grown(this.min, n);
    this.max = grown(this.max, n);
  }
}
