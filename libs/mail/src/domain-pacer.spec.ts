import { DomainPacer } from './domain-pacer';

describe('DomainPacer', () => {
  const pacer = () => new DomainPacer({ MAIL_DOMAIN_RATES: 'bigcity.gov=2' });

  it('lets a listed domain have its rate per second and leaves other domains alone', () => {
    const p = pacer();
    expect(p.reserve('a@bigcity.gov', 1_000)).toBe(0);
    expect(p.reserve('b@BigCity.gov', 1_100)).toBe(400);
    expect(p.reserve('b@bigcity.gov', 1_500)).toBe(0);
    for (let i = 0; i < 100; i++) expect(p.reserve(`x${i}@elsewhere.example`, 1_500)).toBe(0);
  });

  it('pauses only the domain that answered 4xx, longer each time in a row, until a delivery clears it', () => {
    const p = pacer();
    p.refused('a@bigcity.gov', 10_000);
    expect(p.reserve('b@bigcity.gov', 10_000)).toBe(1_000);
    expect(p.reserve('c@elsewhere.example', 10_000)).toBe(0);
    p.refused('a@bigcity.gov', 11_000);
    expect(p.reserve('b@bigcity.gov', 11_000)).toBe(2_000);
    expect(p.reserve('b@bigcity.gov', 13_000)).toBe(0);
    p.delivered('b@bigcity.gov');
    p.refused('a@bigcity.gov', 20_000);
    expect(p.reserve('b@bigcity.gov', 20_000)).toBe(1_000);
  });
});
