import type { Request } from 'express';
import { sentFromOwnPage } from './same-origin';

const PUBLIC_URL = 'https://liaison.example.gov';

/** Just what the check reads of a request. */
function request(headers: Record<string, string>, own = { protocol: 'http', host: '10.0.0.5:3000' }): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const all = { ...lower, host: own.host };
  return { protocol: own.protocol, get: (name: string) => all[name.toLowerCase() as keyof typeof all] } as unknown as Request;
}

describe('sentFromOwnPage', () => {
  it("accepts PUBLIC_URL's origin or the request's own, from Origin or else Referer", () => {
    expect(sentFromOwnPage(request({ Origin: PUBLIC_URL }), PUBLIC_URL)).toBe(true);
    expect(sentFromOwnPage(request({ Origin: 'http://10.0.0.5:3000' }), PUBLIC_URL)).toBe(true);
    expect(sentFromOwnPage(request({ Referer: `${PUBLIC_URL}/admin/login?next=%2Fadmin%2Fqueues` }), PUBLIC_URL)).toBe(true);
    expect(sentFromOwnPage(request({ Origin: 'null', Referer: `${PUBLIC_URL}/admin/login` }), PUBLIC_URL)).toBe(true);
  });

  it("without a usable Origin or Referer (a no-referrer page's own form), believes the browser's Sec-Fetch-Site: same-origin", () => {
    expect(sentFromOwnPage(request({ Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }), PUBLIC_URL)).toBe(true);
    expect(sentFromOwnPage(request({ 'Sec-Fetch-Site': 'same-origin' }), PUBLIC_URL)).toBe(true);
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect(sentFromOwnPage(request({ Origin: 'null', 'Sec-Fetch-Site': site }), PUBLIC_URL)).toBe(false);
    }
    // A real Origin decides: the header cannot vouch for another site.
    expect(sentFromOwnPage(request({ Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'same-origin' }), PUBLIC_URL)).toBe(false);
  });

  it('refuses other sites, look-alikes, other schemes or ports, and requests that say nothing', () => {
    for (const headers of <Record<string, string>[]>[
      { Origin: 'https://attacker.example' },
      { Origin: 'https://liaison.example.gov.attacker.example' },
      { Origin: 'http://liaison.example.gov' },
      { Origin: 'https://liaison.example.gov:8443' },
      { Origin: 'https://attacker.example', Referer: `${PUBLIC_URL}/admin/login` },
      { Referer: 'https://attacker.example/?https://liaison.example.gov' },
      { Origin: 'null' },
      { Origin: 'not a url' },
      {},
    ]) {
      expect({ headers, allowed: sentFromOwnPage(request(headers), PUBLIC_URL) }).toEqual({ headers, allowed: false });
    }
  });
});
