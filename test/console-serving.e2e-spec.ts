import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { StaffRole } from '@app/common';
import { TestApp, createAgency, createPublishedSurvey, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { isServerRoute, looksLikeFile } from '../apps/api/src/console/server-routes';
import { contentSecurityPolicy } from '../apps/api/src/http/security-headers';

const INDEX = '<!doctype html><html lang="en"><head><title>Liaison console</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';
const BUNDLE = 'console.log("console");';

/** A request sent exactly as written: fetch() would tidy `/../x` into `/x` before sending it. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET', headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A Content-Security-Policy with its spacing evened out (helmet writes `a;b`, the helper `a; b`). */
function policy(from: Response | string): string {
  const header = typeof from === 'string' ? from : (from.headers.get('content-security-policy') ?? '');
  return header
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .join('; ');
}

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('The staff console served at / from CONSOLE_DIR', () => {
  let dir: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), BUNDLE);
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    t = await createTestApp(testConfig({ CONSOLE_DIR: dir }));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and any client route with index.html, revalidated each time, under the app policy', async () => {
    for (const path of ['/', '/forums/new?x=1', '/partners/organisations/7f1c', '/surveys']) {
      const res = await fetch(`${t.url}${path}`, { headers: html });
      expect({ path, status: res.status, body: await res.text() }).toEqual({ path, status: 200, body: INDEX });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(policy(res)).toBe(policy(contentSecurityPolicy('app', t.config)));
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await fetch(`${t.url}/forums`, { method: 'HEAD', headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('');
  });

  it('gives the explorer the explorer policy', async () => {
    for (const path of ['/explorer', '/explorer/saved']) {
      const res = await fetch(`${t.url}${path}`, { headers: html });
      expect(await res.text()).toBe(INDEX);
      expect(policy(res)).toBe(policy(contentSecurityPolicy('explorer', t.config)));
    }
  });

  it('caches hashed assets for a year; a missing asset is a 404, never index.html', async () => {
    const bundle = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(bundle.status).toBe(200);
    expect(await bundle.text()).toBe(BUNDLE);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    for (const path of ['/assets/missing.js', '/assets/', '/assets', '/assets/nested/page']) {
      const res = await fetch(`${t.url}${path}`, { headers: html });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(await res.text()).not.toContain('<div id="root">');
    }
  });

  it('never serves files from outside the folder, dotfiles or a listing', async () => {
    for (const path of ['/../package.json', '/../../package.json', '/assets/../../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/.env']) {
      const res = await rawGet(t.url, path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body).not.toContain('"name": "liaison"');
      expect(res.body).not.toContain('SECRET');
    }
  });

  it('a missing file at the root, or a request that does not take HTML, is not given the console', async () => {
    const favicon = await fetch(`${t.url}/favicon.ico`, { headers: html });
    expect(favicon.status).toBe(404);
    const json = await fetch(`${t.url}/forums/new`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    const post = await fetch(`${t.url}/forums/new`, { method: 'POST', headers: html });
    expect(post.status).toBe(404);
  });

  it('leaves the server its own routes: GraphQL, health, public pages, signed-link files', async () => {
    const graphql = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });

    const health = await fetch(`${t.url}/health/live`, { headers: html });
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const rsvp = await fetch(`${t.url}/rsvp/0123456789abcdef0123456789abcdef01234567`, { headers: html });
    const rsvpPage = await rsvp.text();
    expect(rsvp.status).toBe(404);
    expect(rsvpPage).toContain('· Liaison</title>');
    expect(policy(rsvp)).toBe(policy(contentSecurityPolicy('page', t.config)));

    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const survey = await createPublishedSurvey(t.graphql, admin.token);
    const surveyPage = await fetch(`${t.url}/s/${survey.slug}`, { headers: html });
    expect(surveyPage.status).toBe(200);
    expect(await surveyPage.text()).toContain('Neighbourhood safety');

    // Server routes that miss are the server's 404s, not the console.
    for (const path of ['/s/no-such-survey', '/calendar/no-such-agency', '/admin/login', '/health', '/auth/session', '/staff/invitation/not-a-token']) {
      const res = await fetch(`${t.url}${path}`, { headers: html, redirect: 'manual' });
      expect({ path, console: (await res.text()).includes('<div id="root">') }).toEqual({ path, console: false });
    }

    // A file the API serves inside a path the console also uses: signed in or not, never the console.
    const attendees = await fetch(`${t.url}/forums/00000000-0000-0000-0000-000000000000/attendees.csv`, { headers: html });
    expect(attendees.status).toBe(401);
  });

  it('every route the API registers is excluded from the fallback', () => {
    const express = t.app.getHttpAdapter().getInstance() as Express & { router: { stack: { route?: { path: string } }[] } };
    // Routes, not the catch-all paths middleware is registered on.
    const paths = express.router.stack.flatMap((layer) => (layer.route && !layer.route.path.includes('*') ? [layer.route.path] : []));
    expect(paths.length).toBeGreaterThan(10);
    const takenByConsole = paths
      .map((path) => path.replace(/:(\w+)/g, 'x'))
      .filter((sample) => !isServerRoute(sample) && !looksLikeFile(sample));
    expect(takenByConsole).toEqual([]);
  });
});

describe('Before the console is built', () => {
  let dir: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-console-empty-'));
    t = await createTestApp(testConfig({ CONSOLE_DIR: join(dir, 'console') }));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/ says to run npm run build, and the API still works', async () => {
    const res = await fetch(`${t.url}/`, { headers: html });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain('npm run build');
    const health = await fetch(`${t.url}/health/live`);
    expect(health.status).toBe(200);
  });
});
