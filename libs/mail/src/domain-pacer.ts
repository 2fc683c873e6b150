import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, domainRates } from '@app/config';

interface DomainState {
  /** When the next message to the domain may start (its rate). */
  nextAt: number;
  /** Until when the domain is left alone after it answered 4xx. */
  pausedUntil: number;
  /** The current pause after a 4xx: doubles while they continue, cleared by a delivery. */
  backoffMs: number;
}

const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 60_000;

/**
 * Per recipient domain pacing for the domains MAIL_DOMAIN_RATES lists (large municipal
 * domains throttle): at most their rate per second from this worker, and after a 4xx from
 * one of them that domain alone pauses (1 s, doubling up to a minute, cleared by a
 * delivery) while mail to every other domain keeps going. Other domains are not paced.
 * The state is this process's: N workers may send N times a domain's rate.
 */
@Injectable()
export class DomainPacer {
  private readonly rates: Map<string, number>;
  private readonly states = new Map<string, DomainState>();

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'MAIL_DOMAIN_RATES'>) {
    this.rates = new Map(Object.entries(domainRates(config.MAIL_DOMAIN_RATES)));
  }

  /** 0 when a message to `address` may go now (its slot is taken), else how many ms to wait. */
  reserve(address: string, now = Date.now()): number {
    const domain = domainOf(address);
    const rate = this.rates.get(domain);
    if (!rate) return 0;
    const state = this.state(domain);
    if (state.pausedUntil > now) return state.pausedUntil - now;
    if (state.nextAt > now) return state.nextAt - now;
    state.nextAt = now + 1_000 / rate;
    return 0;
  }

  /** The domain of `address` answered 4xx: it pauses, longer each time in a row. */
  refused(address: string, now = Date.now()): void {
    const domain = domainOf(address);
    if (!this.rates.has(domain)) return;
    const state = this.state(domain);
    state.backoffMs = Math.min(state.backoffMs ? state.backoffMs * 2 : FIRST_PAUSE_MS, LONGEST_PAUSE_MS);
    state.pausedUntil = now + state.backoffMs;
  }

  delivered(address: string): void {
    const state = this.states.get(domainOf(address));
    if (state) state.backoffMs = 0;
  }

  private state(domain: string): DomainState {
    let state = this.states.get(domain);
    if (!state) this.states.set(domain, (state = { nextAt: 0, pausedUntil: 0, backoffMs: 0 }));
    return state;
  }
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
