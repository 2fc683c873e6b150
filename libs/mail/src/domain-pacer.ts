import { Inject, Injectable, Logger } from '@nestjs/common';
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

// A 4xx from a message that started before the pause (several are in flight at once) leaves
// the pause as it is: only one after the pause ended lengthens it.
// KEYS[2], the deployment's index of refused domains (domain → paused until, Redis's clock),
// is how workers learn that a domain not listed in MAIL_DOMAIN_RATES paused: they read it
// at most every INDEX_REFRESH_MS instead of asking Redis for every message. An entry goes
// once its domain's state would have (STATE_TTL_MS after the pause ended).
const REFUSED = `${NOW}
local state = redis.call('HMGET', KEYS[1], 'backoff', 'paused')
local backoff = tonumber(state[1]) or 0
local paused = tonumber(state[2]) or 0
if paused > now then return math.ceil(paused - now) end
if backoff > 0 then backoff = math.min(backoff * 2, tonumber(ARGV[3])) else backoff = tonumber(ARGV[2]) end
redis.call('HSET', KEYS[1], 'backoff', backoff, 'paused', now + backoff)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('HSET', KEYS[2], ARGV[5], now + backoff)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return backoff
`;

// A delivery clears the domain's backoff; a domain no longer paused leaves the index.
const DELIVERED = `${NOW}
redis.call('HDEL', KEYS[1], 'backoff')
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused')) or 0
if paused <= now then redis.call('HDEL', KEYS[2], ARGV[2]) end
return 0
`;

// The index as { now, domain, paused until, … }, dropping entries older than the state's life.
const PAUSED_DOMAINS = `${NOW}
local entries = redis.call('HGETALL', KEYS[1])
local result = { now }
for i = 1, #entries, 2 do
  local pausedUntil = tonumber(entries[i + 1]) or 0
  if pausedUntil + tonumber(ARGV[2]) < now then redis.call('HDEL', KEYS[1], entries[i])
  else table.insert(result, entries[i]); table.insert(result, pausedUntil) end
end
return result
`;

/** How stale a worker's view of the other workers' pauses of unlisted domains may be. */
const INDEX_REFRESH_MS = 500;

/** A worker's copy of the refused-domains index, and when it was read (Redis's clock and ours). */
interface PausedDomains {
  until: Map<string, number>;
  redisNow: number;
  readAt: number;
}

/**
 * Per recipient domain pacing. The domains MAIL_DOMAIN_RATES lists (large municipal domains
 * throttle) get at most their rate per second from all workers together. After a 4xx from
 * any domain, that domain alone pauses (1 s, doubling up to a minute, cleared by a delivery)
 * for every worker, while mail to every other domain keeps going. The state is kept in Redis
 * under the deployment's REDIS_PREFIX and changed only by atomic scripts, so N workers share
 * one rate and one pause per domain. A listed domain is asked about for each message; an
 * unlisted one costs no Redis call per message: workers read which domains are paused at
 * most twice a second (a worker may start a message to a domain up to that long after
 * another worker paused it; the worker that saw the 4xx holds back at once).
 */
@Injectable()
export class DomainPacer {
  private readonly logger = new Logger(DomainPacer.name);
  private readonly rates: Map<string, number>;
  private readonly prefix: string;
  private paused: PausedDomains = { until: new Map(), redisNow: 0, readAt: Number.NEGATIVE_INFINITY };
  private reading: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'MAIL_DOMAIN_RATES' | 'REDIS_PREFIX'>,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.rates = new Map(Object.entries(domainRates(config.MAIL_DOMAIN_RATES)));
    this.prefix = config.REDIS_PREFIX;
  }

  /** 0 when a message to `address` may go now (a listed domain's slot is taken), else how many ms to wait. `now` only for tests. */
  async reserve(address: string, now?: number): Promise<number> {
    const domain = domainOf(address);
    const rate = this.rates.get(domain);
    if (rate) return Number(await this.redis.eval(RESERVE, 1, this.key(domain), now ?? '', 1_000 / rate, STATE_TTL_MS));
    if (performance.now() - this.paused.readAt > INDEX_REFRESH_MS) await this.readPausedDomains(now);
    const until = this.paused.until.get(domain);
    if (until === undefined) return 0;
    const redisNow = this.redisNow(now);
    return until > redisNow ? Math.ceil(until - redisNow) : 0;
  }

  /** The domain of `address` answered 4xx: it pauses for every worker, longer each time in a row (a 4xx during the pause leaves it as it is). */
  async refused(address: string, now?: number): Promise<void> {
    const domain = domainOf(address);
    const backoff = Number(await this.redis.eval(REFUSED, 2, this.key(domain), this.indexKey(), now ?? '', FIRST_PAUSE_MS, LONGEST_PAUSE_MS, STATE_TTL_MS, domain));
    // This worker holds back at once, without waiting for its next read of the index.
    const redisNow = this.redisNow(now);
    if (Number.isFinite(redisNow)) this.paused.until.set(domain, redisNow + backoff);
    else this.paused.readAt = Number.NEGATIVE_INFINITY; // never read yet: the next message reads the index
  }

  /** A delivery to the domain: the next 4xx starts again at the first pause. Free for a domain never refused. */
  async delivered(address: string, now?: number): Promise<void> {
    const domain = domainOf(address);
    const until = this.paused.until.get(domain);
    if (!this.rates.has(domain) && until === undefined) return;
    // A message started before the pause may be delivered during it: the pause stands.
    if (until !== undefined && until <= this.redisNow(now)) this.paused.until.delete(domain);
    await this.redis.eval(DELIVERED, 2, this.key(domain), this.indexKey(), now ?? '', domain);
  }

  /** Redis's clock as this worker reckons it from its last read of the index (or the test's time). */
  private redisNow(now?: number): number {
    return now ?? this.paused.redisNow + (performance.now() - this.paused.readAt);
  }

  private readPausedDomains(now?: number): Promise<void> {
    this.reading ??= (async () => {
      try {
        const [redisNow, ...entries] = (await this.redis.eval(PAUSED_DOMAINS, 1, this.indexKey(), now ?? '', STATE_TTL_MS)) as (string | number)[];
        const until = new Map<string, number>();
        for (let i = 0; i < entries.length; i += 2) until.set(String(entries[i]), Number(entries[i + 1]));
        this.paused = { until, redisNow: Number(redisNow), readAt: performance.now() };
      } catch (error) {
        // Not knowing of another worker's pause is no reason to hold mail: keep the last view, read again later.
        this.logger.warn(`Could not read which mail domains are paused: ${error}`);
        this.paused.readAt = performance.now();
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  private key(domain: string): string {
    return `${this.prefix}:mail:domain:${domain}`;
  }

  private indexKey(): string {
    return `${this.prefix}:mail:refused-domains`;
  }
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
