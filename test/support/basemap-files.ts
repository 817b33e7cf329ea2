// The basemap as `npm run build:basemap` writes it at install, read back for the tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BasemapIndex, BasemapPiece } from '../../web/src/map/basemap-files.js';

export const BASEMAP_DIR = fileURLToPath(
  new URL('../../web/src/map/generated/basemap/', import.meta.url),
);

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export const readBasemapIndex = () => readJson<BasemapIndex>(`${BASEMAP_DIR}index.json`);
export const readBasemapPiece = (name: string) =>
  readJson<BasemapPiece>(
    name === 'world' ? `${BASEMAP_DIR}world.json` : `${BASEMAP_DIR}pieces/${name}.json`,
  );

/** The name of the piece that holds the admin-1 area `area` (of which there must be one). */
export function pieceHoldingArea(area: string): string {
  const names = readBasemapIndex()
    .pieces.map(({ name }) => name)
    .filter((name) => readBasemapPiece(name).areas.some(([n]) => n === area));
  if (names.length !== 1) throw new Error(`${names.length} pieces hold the area ${area}`);
  return names[0]!;
}

/** Every file of the basemap, in bytes. */
export function basemapBytes(): number {
  const pieces = readdirSync(`${BASEMAP_DIR}pieces`).map(
    (f) => statSync(`${BASEMAP_DIR}pieces/${f}`).size,
  );
  return [
    ...pieces,
    statSync(`${BASEMAP_DIR}index.json`).size,
    statSync(`${BASEMAP_DIR}world.json`).size,
  ].reduce((a, b) => a + b, 0);
}
