import type { paths } from '../api/openapi';
import { useAgreement } from '../state/agreement-context';
import { useViewLocation } from '../state/view-location';

type ExportQuery = NonNullable<paths['/api/export']['get']['parameters']['query']>;

/** The formats offered for download, in the order shown; `/api/export` knows more (docs/formats.md). */
export const EXPORT_FORMATS: readonly { format: ExportQuery['format']; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'acled', label: 'ACLED' },
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'json', label: 'JSON' },
];

/** The export address for what the screen shows: its agreement, moment and event-type filter. */
export function exportHref(
  format: ExportQuery['format'],
  scope: { agreement: string | null; asOf: string | null; type: string | undefined },
): string {
  const query = new URLSearchParams({ format: format ?? 'json' });
  if (scope.agreement) query.set('agreement', scope.agreement);
  if (scope.asOf) query.set('knownAt', scope.asOf);
  if (scope.type) query.set('type', scope.type);
  return `/api/export?${query.toString()}`;
}

/**
 * Downloads of the record behind the screen. The party and origin filters narrow what the
 * timeline shows, not what an export holds: an export carries every account, for others to weigh.
 */
export function ExportLinks() {
  const { id: agreement } = useAgreement();
  const [location] = useViewLocation();
  const scope = { agreement, asOf: location.asOf, type: location.filters.type };
  return (
    <nav aria-label="Export" className="export-links">
      <span>Export</span>
      <ul>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={exportHref(format, scope)} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
