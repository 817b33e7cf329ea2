import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { client } from './http-client.js';
import type { Client } from './http-client.js';
import { startApi } from './start-api.js';
import type { RunningApi } from './start-api.js';
import { sqliteTestStore } from './test-stores.js';
import type { TestStore } from './test-stores.js';

const INDEX =
  '<!doctype html><title>Truce</title><div id="root"></div><script type="module" src="/assets/app.js"></script>';

describe('the dashboard', () => {
  let webRoot: string;
  let testStore: TestStore;
  let withDashboard: RunningApi;
  let withoutDashboard: RunningApi;
  let http: Client;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'truce-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), INDEX);
    await writeFile(join(webRoot, 'assets', 'app.js'), 'console.log("truce")');
    testStore = await sqliteTestStore();
    withDashboard = await startApi(testStore.store, { webRoot });
    withoutDashboard = await startApi(testStore.store, { webRoot: join(webRoot, 'missing') });
    http = client(withDashboard.base);
  });

  afterAll(async () => {
    await withDashboard?.close();
    await withoutDashboard?.close();
    await testStore?.dispose();
    await rm(webRoot, { recursive: true, force: true });
  });

  const page = { headers: { accept: 'text/html,application/xhtml+xml' } };

  test('is served at / under a policy that forbids inline script', async () => {
    const answer = await http.get('/', page);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html');
    expect(answer.text).toBe(INDEX);
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('serves its assets', async () => {
    const answer = await http.get('/assets/app.js');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('console.log("truce")');
  });

  test('lets the browser keep its hashed assets, and asks it to check the page each time', async () => {
    const asset = await http.get('/assets/app.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/agreements/gaza-pause-2023-11']) {
      const answer = await http.get(path, page);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  test("answers a page of its own with index.html, for the dashboard's router", async () => {
    const answer = await http.get('/agreements/gaza-pause-2023-11/grid?asOf=2023-11-28', page);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(INDEX);
  });

  test('answers unknown API paths and missing assets with a 404 problem, not the page', async () => {
    for (const path of ['/api/nowhere', '/api', '/assets/missing.js']) {
      const answer = await http.get(path, path.startsWith('/api') ? page : undefined);
      expect(answer.status, path).toBe(404);
      expect(answer.type, path).toBe('application/problem+json');
    }
    const posted = await http.send('POST', '/agreements', page);
    expect(posted.status).toBe(404);
    expect(posted.type).toBe('application/problem+json');
  });

  test('says so when it has not been built', async () => {
    const answer = await client(withoutDashboard.base).get('/', page);
    expect(answer.status).toBe(404);
    expect(answer.json.detail).toContain('dist/web');
  });
});
