import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client a per-client limit counts: an IPv4 address as it is, an IPv6 address by its /64
 * network. One household or host is routinely given a whole /64, so counting each of its
 * 2^64 addresses apart would let one client pass any limit by changing address. An IPv4
 * address written as IPv6 (::ffff:203.0.113.9, a dual-stack socket) counts as the IPv4 one.
 */
export function limitedClient(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${groupsOf(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded and a trailing dotted IPv4 as two groups, in lower-case hex without leading zeros. */
function groupsOf(address: string): string[] {
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  let text = address;
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${address.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - front.length - back.length).fill('0');
  return [...front, ...zeros, ...back].map((group) => parseInt(group, 16).toString(16));
}
