import { PassThrough, Readable } from 'node:stream';

/**
 * The first `max` bytes of an incoming message, for the parser, while the whole message is
 * still read to its end (the SMTP server answers only then). The server's own size option
 * only advertises the limit: without this a sender could stream any number of megabytes into
 * the parser's memory before being told 552. The source is always drained, also once the
 * parser has given up on the message, so the connection gets its answer instead of hanging.
 */
export function limitedTo(source: Readable, max: number): { stream: Readable; exceeded: () => boolean } {
  let received = 0;
  let over = false;
  const limited = new PassThrough();
  const open = () => !limited.destroyed && !limited.writableEnded;
  source.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (over) return;
    if (received > max) {
      over = true;
      if (open()) limited.end();
      return;
    }
    // Backpressure is not passed on: at most `max` bytes wait here for a slow parser.
    if (open()) limited.write(chunk);
  });
  source.on('end', () => {
    if (open()) limited.end();
  });
  source.on('error', (error) => limited.destroy(error));
  return { stream: limited, exceeded: () => over };
}
