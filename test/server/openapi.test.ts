import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { client } from './http-client.js';
import type { Client } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { sqliteTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';

/** The routes the dashboard is built against (docs/api.md), in OpenAPI's path syntax. */
const ROUTES = [
  'get /api/health',
  'get /api/session',
  'post /api/session/logout',
  'get /api/sources',
  'post /api/sources',
  'get /api/documents',
  'get /api/documents/{id}',
  'post /api/documents',
  'post /api/extract',
  'get /api/claims',
  'get /api/claims/{id}',
  'patch /api/claims/{id}',
  'post /api/claims',
  'post /api/claims/merge',
  'post /api/claims/{id}/split',
  'post /api/claims/{id}/reattribute',
  'post /api/documents/{id}/draft-claim',
  'post /api/claims/{id}/review',
  'post /api/claims/{id}/retract',
  'put /api/claims/{id}/agreements/{agreement}',
  'delete /api/claims/{id}/agreements/{agreement}',
  'put /api/documents/{id}/agreements/{agreement}',
  'delete /api/documents/{id}/agreements/{agreement}',
  'get /api/agreements',
  'post /api/agreements',
  'post /api/agreements/validate',
  'get /api/agreements/{id}',
  'get /api/agreements/{id}/versions',
  'get /api/agreements/{id}/evaluation',
  'get /api/agreements/{id}/evaluation/cells/{norm}/{period}',
  'get /api/agreements/{id}/report',
  'get /api/agreements/{id}/diff',
  'get /api/events',
  'get /api/export',
  'post /api/import',
  'get /api/head',
  'get /api/verify',
  'get /api/audit',
  'get /api/vocabulary',
  'get /api/search',
];

interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

describe('the OpenAPI document', () => {
  let testStore: TestStore;
  let api: RunningApi;
  let http: Client;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON document
  let spec: any;

  beforeAll(async () => {
    testStore = await sqliteTestStore();
    api = await startApi(testStore.store);
    http = client(api.base);
    spec = (await http.get('/openapi.json')).json;
  });

  afterAll(async () => {
    await api?.close();
    await testStore?.dispose();
  });

  test('validates against the OpenAPI 3.1 schema', async () => {
    expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('describes every route, and nothing else', () => {
    const described = Object.entries(spec.paths as Record<string, Record<string, Operation>>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .filter((route) => !route.startsWith('head '));
    expect(described.sort()).toEqual([...ROUTES].sort());
  });

  test('gives every operation a success and its errors as problem documents', () => {
    for (const route of ROUTES) {
      const [method, path] = route.split(' ') as [string, string];
      const responses = (spec.paths[path][method] as Operation).responses ?? {};
      const statuses = Object.keys(responses);
      expect(
        statuses.some((s) => s.startsWith('2')),
        route,
      ).toBe(true);
      expect(statuses, route).toContain('500');
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect(Object.keys(responses[status]?.content ?? {}), `${route} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  test('lists only the component schemas something refers to', () => {
    const text = JSON.stringify(spec);
    for (const name of Object.keys(spec.components.schemas)) {
      expect(text, name).toContain(`"#/components/schemas/${name}"`);
    }
    expect(spec.components.schemas).toHaveProperty('Claim');
    expect(spec.components.schemas).toHaveProperty('Problem');
  });

  test('marks no request field read-only, so clients are told they may send it', () => {
    expect(JSON.stringify(spec)).not.toContain('"readOnly"');
  });

  test('has a reference page that runs no inline script', async () => {
    const page = await http.get('/api/docs/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect((await http.get('/api/docs/static/swagger-initializer.js')).status).toBe(200);
    expect((await http.get('/api/docs/json')).json).toEqual(spec);
  });
});
