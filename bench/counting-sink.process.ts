/**
 * An SMTP sink in its own process for the benchmarks (so the sending side, ours or the raw
 * baseline, never shares a CPU-bound event loop with the receiver). Counts distinct
 * Message-IDs per phase. Parent ↔ child over IPC:
 *   child → { port }                  once listening
 *   parent → { phase }                later messages count under that phase
 *   parent → { count: phase, id }     child → { id, count }
 */
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';

const counts = new Map<string, Set<string>>();
let phase = 'none';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData: (stream, _session, callback) => {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8_192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `missing-${randomBytes(6).toString('hex')}`;
      const set = counts.get(phase) ?? new Set<string>();
      set.add(id);
      counts.set(phase, set);
      callback();
    });
  },
});
server.on('error', () => undefined);

process.on('message', (message: { phase?: string; count?: string; id?: number }) => {
  if (message.phase) phase = message.phase;
  if (message.count !== undefined) process.send!({ id: message.id, count: counts.get(message.count)?.size ?? 0 });
});
process.on('disconnect', () => server.close(() => process.exit(0)));

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
