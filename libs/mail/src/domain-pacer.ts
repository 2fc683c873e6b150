import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, domainRates } from '@app/config';
import { REDIS } from '@app/redis';

const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 60_000;
/** A domain's state outlives its longest pause, then goes (an idle domain starts afresh). */
const STATE_TTL_MS = 3 * LONGEST_PAUSE_MS;

// One hash per paced domain: next = when the next message may start (its rate), paused = until
// when it is left alone after a 4xx, backoff = that pause (doubling while 4xx continue). Time is
// Redis's own clock unless the caller gives one (tests), so workers on different hosts agree.
// Waits are rounded up: a fraction of a millisecond to wait is still a wait, never a "go".
const NOW = `
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

const RESERVE = `${NOW}
local interval = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'next', 'paused')
local nextAt = tonumber(state[1]) or 0
local paused = tonumber(state[2]) or 0
if paused > now then return math.ceil(paused - now) end
if nextAt > now then return math.ceil(nextAt - now) end
redis.call('HSET', KEYS[1], 'next', tostring(now + interval))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 0
`;

const REFUSED = `${NOW}
local backoff = tonumber(redis.call('HGET', KEYS[1], 'backoff')) or 0
if backoff > 0 then backoff = math.min(backoff * 2, tonumber(ARGV[3])) else backoff = tonumber(ARGV[2]) end
redis.call('HSET', KEYS[1], 'backoff', backoff, 'paused', now + backoff)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return backoff
`;

/**
 * Per recipient domain pacing for the domains MAIL_DOMAIN_RATES lists (large municipal
 * domains throttle): at most their rate per second from all workers together, and after a
 * 4xx from one of them that domain alone pauses (1 s, doubling up to a minute, cleared by a
 * delivery) for every worker, while mail to every other domain keeps going. The state is
 * kept in Redis under the deployment's REDIS_PREFIX and changed only by atomic scripts, so
 * N workers share one rate and one pause per domain. Other domains are not paced here.
 */
@Injectable()
export class DomainPacer {
  private readonly rates: Map<string, number>;
  private readonly prefix: string;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'MAIL_DOMAIN_RATES' | 'REDIS_PREFIX'>,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.rates = new Map(Object.entries(domainRates(config.MAIL_DOMAIN_RATES)));
    this.prefix = config.REDIS_PREFIX;
  }

  /** 0 when a message to `address` may go now (its slot is taken), else how many ms to wait. `now` only for tests. */
  async reserve(address: string, now?: number): Promise<number> {
    const domain = domainOf(address);
    const rate = this.rates.get(domain);
    if (!rate) return 0;
    return Number(await this.redis.eval(RESERVE, 1, this.key(domain), now ?? '', 1_000 / rate, STATE_TTL_MS));
  }

  /** The domain of `address` answered 4xx: it pauses for every worker, longer each time in a row. */
  async refused(address: string, now?: number): Promise<void> {
    const domain = domainOf(address);
    if (!this.rates.has(domain)) return;
    await this.redis.eval(REFUSED, 1, this.key(domain), now ?? '', FIRST_PAUSE_MS, LONGEST_PAUSE_MS, STATE_TTL_MS);
  }

  /** A delivery to the domain: the next 4xx starts again at the first pause. */
  async delivered(address: string): Promise<void> {
    const domain = domainOf(address);
    if (!this.rates.has(domain)) return;
    await this.redis.hdel(this.key(domain), 'backoff');
  }

  private key(domain: string): string {
    return `${this.prefix}:mail:domain:${domain}`;
  }
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
