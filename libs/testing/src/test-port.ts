import { randomInt } from 'node:crypto';
import { isPortFree } from '@app/devstack';

/**
 * Ports a test hands to a server it starts, from a block of its Jest worker's own
 * below the kernel's ephemeral range (32768 and up here). A port from `listen(0)` is
 * drawn from that range, which every outgoing connection also draws from: a child
 * process that listens on such a port only after booting (the launcher, a second API)
 * can find it taken by a connection opened meanwhile (CI of 8 December: EADDRINUSE).
 */
const FIRST = 11_000;
const BLOCK = 500;
let next = randomInt(BLOCK);

export async function testPort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const base = FIRST + ((worker - 1) % 16) * BLOCK;
  for (let tried = 0; tried < BLOCK; tried++) {
    const port = base + (next++ % BLOCK);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port in ${base}–${base + BLOCK - 1}`);
}
