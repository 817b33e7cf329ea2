import type { Claim } from '../../core/evidence/claim.js';
import { formatEdtf } from '../../core/time/edtf.js';
import { originName, partiesOf, timeFields } from './claim-fields.js';
import { eventsOf } from './events-of.js';
import type { ExportFormat } from './export-format.js';

const point = (lat: number, lon: number) => ({ type: 'Point', coordinates: [lon, lat] });

function claimFeature(claim: Claim, zone: string) {
  const { where } = claim.content;
  if (where === null || where.lat === null || where.lon === null) return null;
  return {
    type: 'Feature',
    id: claim.id,
    geometry: point(where.lat, where.lon),
    properties: {
      kind: 'claim',
      type: claim.content.type,
      ...timeFields(claim.content, zone),
      place: where.name,
      placePrecision: where.precision,
      timePrecision: claim.content.when.precision,
      parties: partiesOf(claim.content),
      status: claim.status,
      origins: [originName(claim.content)],
      text: claim.content.text,
    },
  };
}

/** RFC 7946: a FeatureCollection of located claims (or events), longitude before latitude. */
export const geojsonFormat: ExportFormat = {
  name: 'geojson',
  description: 'GeoJSON (RFC 7946): one Feature per located claim, or per event',
  mediaType: 'application/geo+json',
  fileName: 'truce.geojson',
  filters: true,
  csv: false,
  defaultRows: 'claim',
  async *write(context) {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    const emit = (feature: object) => {
      const text = `${first ? '\n' : ',\n'}${JSON.stringify(feature)}`;
      first = false;
      return text;
    };
    if (context.rows === 'event') {
      for (const { event, claims } of await eventsOf(context)) {
        const { where } = event;
        if (where === null || where.lat === null || where.lon === null) continue;
        yield emit({
          type: 'Feature',
          id: event.id,
          geometry: point(where.lat, where.lon),
          properties: {
            kind: 'event',
            type: event.type,
            earliest: event.when.earliest,
            latest: event.when.latest,
            edtf: formatEdtf(event.when, context.zone),
            place: where.name,
            placePrecision: where.precision,
            timePrecision: event.when.precision,
            parties: [...new Set(claims.flatMap((c) => partiesOf(c.content)))],
            grade: event.grade,
            origins: [...new Set(claims.map((c) => originName(c.content)))],
            claims: event.claims,
          },
        });
      }
    } else {
      for await (const claim of context.claims()) {
        const feature = claimFeature(claim, context.zone);
        if (feature !== null) yield emit(feature);
      }
    }
    yield '\n]}\n';
  },
};
