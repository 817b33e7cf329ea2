import { extractClaims } from '../src/ingest/extract.js';
for (const text of [
  'Myanmar junta and rebels agree truce.\n\nThe AA ended a year-long informal truce with the military in November 2023.',
  'Talks resume.\n\nThe talks with the ELN began in November 2022 and produced the longest ceasefire in its history.',
  'Truce holds.\n\nThe MILF signed the Comprehensive Agreement on the Bangsamoro with the government in March 2014, ending decades of rebellion.',
  'Truce holds.\n\nThe United States and Britain have carried out repeated airstrikes on Houthi targets in Yemen since January 2024.',
]) {
  for (const model of [null, undefined]) {
  const r = extractClaims({ text, format: 'text', published: '2025-01-20T12:00:00+03:00', timeZone: 'Asia/Aden' }, model);
  for (const c of r.claims) console.log(model === null ? 'rules' : 'model', c.type, c.occurrence, c.when.earliest, c.when.latest, c.when.label, '|', c.text.slice(0, 50));
  }
}
