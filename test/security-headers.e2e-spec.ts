import { StaffRole } from '@app/common';
import { TEST_PASSWORD, TestApp, createAgency, createStaff, createTestApp, testConfig } from '@app/testing';

/** Directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) parsed.set(name, values);
  }
  return parsed;
}

/** What a page may run: script-src, or default-src when script-src is absent. */
function scriptSources(csp: Map<string, string[]>): string[] {
  return csp.get('script-src') ?? csp.get('default-src') ?? ['*'];
}

// Token values do not matter: the headers are the same on the "link not valid" page.
const PUBLIC_PAGES = [
  '/rsvp/0123456789abcdef0123456789abcdef01234567',
  '/rsvp/0123456789abcdef0123456789abcdef01234567/unsubscribe',
  '/rsvp/0123456789abcdef0123456789abcdef01234567/delegates',
  '/action-items/not-a-real-token',
  '/staff/invitation/not-a-real-token',
  '/calendar/no-such-agency',
  '/s/no-such-survey',
  '/admin/login',
];

describe('Security headers on every page and the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('public pages cannot be framed, run no script at all, and are not sniffed', async () => {
    for (const path of PUBLIC_PAGES) {
      const res = await fetch(`${t.url}${path}`, { redirect: 'manual' });
      const csp = directives(res.headers.get('content-security-policy'));
      expect({ path, frameAncestors: csp.get('frame-ancestors') }).toEqual({ path, frameAncestors: ["'none'"] });
      expect({ path, scripts: scriptSources(csp) }).toEqual({ path, scripts: ["'none'"] });
      expect({ path, objects: csp.get('object-src') ?? csp.get('default-src') }).toEqual({ path, objects: ["'none'"] });
      expect({ path, frameOptions: res.headers.get('x-frame-options') }).toEqual({ path, frameOptions: 'DENY' });
      expect({ path, nosniff: res.headers.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' });
      expect({ path, hsts: res.headers.get('strict-transport-security') }).toEqual({ path, hsts: null });
    }
  });

  it('pages reached by a personal link still send no Referer', async () => {
    for (const path of PUBLIC_PAGES.filter((p) => /^\/(rsvp|action-items|staff)\//.test(p))) {
      const res = await fetch(`${t.url}${path}`);
      expect({ path, referrer: res.headers.get('referrer-policy') }).toEqual({ path, referrer: 'no-referrer' });
    }
  });

  it('the GraphQL API and the health checks carry the same protections', async () => {
    const graphql = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const health = await fetch(`${t.url}/health/live`);
    for (const res of [graphql, health]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(directives(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
  });

  it("the staff invitation page takes USWDS's styles, fonts and images from our origin only, and nothing inline", async () => {
    const res = await fetch(`${t.url}/staff/invitation/not-a-real-token`);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(await res.text()).toMatch(/<link rel="stylesheet" href="\/uswds\/css\/uswds\.min\.css\?v=[\d.]+">/);

    const stylesheet = await fetch(`${t.url}/uswds/css/uswds.min.css`);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    expect(stylesheet.headers.get('cache-control')).toBe('public, max-age=2592000');
    const font = await fetch(`${t.url}/uswds/fonts/source-sans-pro/sourcesanspro-regular-webfont.woff2`);
    expect(font.status).toBe(200);
    // Only what the stylesheet needs: no scripts or sources from the package, no listing.
    for (const path of ['/uswds/js/uswds.min.js', '/uswds/css/', '/uswds/scss/packages/_index.scss', '/uswds']) {
      expect({ path, status: (await fetch(`${t.url}${path}`)).status }).toEqual({ path, status: 404 });
    }
  });

  it('the queue dashboard may load its own scripts, and nothing inline', async () => {
    const res = await fetch(`${t.url}/admin/queues`, { redirect: 'manual' });
    const csp = directives(res.headers.get('content-security-policy'));
    expect(scriptSources(csp)).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('Behind https (PUBLIC_URL https://…)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ PUBLIC_URL: 'https://liaison.example.gov' }));
  });
  afterAll(() => t.close());

  it('asks browsers to keep to https, and the sign-in cookie is Secure even when TLS ends at a proxy', async () => {
    const page = await fetch(`${t.url}/calendar/no-such-agency`);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(directives(page.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);

    const agency = await createAgency(t.dataSource);
    const admin = await createStaff(t.dataSource, agency.id, StaffRole.ADMIN);
    const signIn = await fetch(`${t.url}/admin/login`, {
      method: 'POST',
      headers: { origin: 'https://liaison.example.gov' },
      body: new URLSearchParams({ email: admin.email, password: TEST_PASSWORD }),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
