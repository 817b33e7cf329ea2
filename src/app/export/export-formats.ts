import { badInput } from '../../core/errors.js';
import { acledFormat } from './acled-format.js';
import { bundleFormat } from './bundle-format.js';
import { csvFormat } from './csv-format.js';
import type { ExportFormat } from './export-format.js';
import { geojsonFormat } from './geojson-format.js';
import { jsonFormat } from './json-format.js';
import { ploverFormat } from './plover-format.js';

/** The formats `truce export` and `/api/export` know; add one with `registerExportFormat`. */
const formats = new Map<string, ExportFormat>();

export function registerExportFormat(format: ExportFormat): void {
  if (formats.has(format.name)) throw new Error(`export format ${format.name} is registered twice`);
  formats.set(format.name, format);
}

for (const format of [
  jsonFormat,
  csvFormat,
  acledFormat,
  ploverFormat,
  geojsonFormat,
  bundleFormat,
])
  registerExportFormat(format);

export const exportFormatNames = (): string[] => [...formats.keys()];

export function exportFormat(name: string): ExportFormat {
  const format = formats.get(name);
  if (format === undefined)
    throw badInput(
      `unknown export format "${name}"; expected one of ${exportFormatNames().join(', ')}`,
    );
  return format;
}
