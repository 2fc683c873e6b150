import { limitedClient } from './limited-client';

describe('the client a per-client limit counts', () => {
  it('is an IPv4 address as it is, written as IPv6 or not', () => {
    expect(limitedClient('203.0.113.9')).toBe('203.0.113.9');
    expect(limitedClient('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(limitedClient('::FFFF:203.0.113.9')).toBe('203.0.113.9');
  });

  it('is the /64 of an IPv6 address, however the address is written', () => {
    const network = '2001:db8:aa:1::/64';
    for (const ip of ['2001:db8:aa:1::1', '2001:0db8:00aa:0001:ffff:ffff:ffff:ffff', '2001:DB8:AA:1:0:0:0:2', '2001:db8:aa:1::1%eth0', '2001:db8:aa:1:0:0:203.0.113.9']) {
      expect(limitedClient(ip)).toBe(network);
    }
    expect(limitedClient('2001:db8:aa:2::1')).toBe('2001:db8:aa:2::/64');
    expect(limitedClient('::1')).toBe('0:0:0:0::/64');
    expect(limitedClient('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('is "unknown" without an address', () => {
    expect(limitedClient(undefined)).toBe('unknown');
    expect(limitedClient('')).toBe('unknown');
  });
});
