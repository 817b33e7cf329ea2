import type { Extent } from '../../web/src/map/basemap-files.js';

/** Something placed on the map at one point, weighing what it adds to its piece's file. */
export interface Weighted {
  /** [lon, lat] */
  readonly at: readonly [number, number];
  readonly weight: number;
}

/** A cell of the world and what falls in it; its name is its path from the root (`q`, `q31`…). */
export interface Cell<T> {
  readonly name: string;
  readonly cell: Extent;
  readonly items: readonly T[];
}

/**
 * The world cut into quarters, again and again, until each cell holds at most `maxWeight` or
 * is `minSize` degrees across: dense regions get small cells, oceans and deserts large ones.
 * Every item falls in exactly one cell (by its point); empty cells are left out.
 */
export function quadtreeCells<T extends Weighted>(
  items: readonly T[],
  maxWeight: number,
  minSize: number,
): Cell<T>[] {
  const cells: Cell<T>[] = [];
  const split = (name: string, cell: Extent, inside: readonly T[]) => {
    if (inside.length === 0) return;
    const [west, south, east, north] = cell;
    const weight = inside.reduce((sum, item) => sum + item.weight, 0);
    if (weight <= maxWeight || east - west <= minSize) {
      cells.push({ name, cell, items: inside });
      return;
    }
    const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
    const quarters: Extent[] = [
      [west, south, midLon, midLat],
      [midLon, south, east, midLat],
      [west, midLat, midLon, north],
      [midLon, midLat, east, north],
    ];
    const quarterOf = ({ at: [lon, lat] }: T) => (lon < midLon ? 0 : 1) + (lat < midLat ? 0 : 2);
    quarters.forEach((quarter, i) =>
      split(
        `${name}${i}`,
        quarter,
        inside.filter((item) => quarterOf(item) === i),
      ),
    );
  };
  split('q', [-180, -90, 180, 90], items);
  return cells;
}
