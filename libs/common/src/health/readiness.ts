/** How long one dependency may take to answer before it counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

export type ProbeState = 'up' | 'down';

/** What `/health/ready` answers, in the API and the worker alike. */
export interface Readiness {
  ok: boolean;
  body: { status: 'ok' | 'unavailable'; checks: Record<string, ProbeState> };
}

async function probe(check: () => Promise<unknown>): Promise<ProbeState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS)))]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs each named check at once (a dependency that hangs, e.g. a Redis client queueing
 * commands while it reconnects, counts as down after two seconds); ready when all are up.
 */
export async function readiness(checks: Record<string, () => Promise<unknown>>): Promise<Readiness> {
  const names = Object.keys(checks);
  const states = await Promise.all(names.map((name) => probe(checks[name])));
  const ok = states.every((state) => state === 'up');
  return { ok, body: { status: ok ? 'ok' : 'unavailable', checks: Object.fromEntries(names.map((name, i) => [name, states[i]])) } };
}
