/** The first position in `list` (in id order) whose id is not below `id`: a binary search. */
export function positionOfId(list: readonly { readonly id: string }[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { readonly id: string }).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
