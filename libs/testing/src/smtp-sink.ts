import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';
import { testPort } from './test-port';
import { eventually } from './eventually';

export interface ReceivedMail {
  envelopeTo: string[];
  /** MAIL FROM: where bounces go (our signed bounce address). */
  envelopeFrom: string | null;
  raw: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server inside the test. `refuseWith` makes it answer RCPT with a
 * given code for a while (e.g. 451 transient, 550 permanent).
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  refuseWith: { code: number; message: string } | null = null;
  /** Refusals for some recipients only (lower-case address → answer), beside `refuseWith` for all. */
  readonly refuseFor = new Map<string, { code: number; message: string }>();
  private server?: SMTPServer;
  private port = 0;
  /** While set, each message's final answer waits for it (see `hold`). */
  private gate: Promise<void> | null = null;
  /** Messages whose data has arrived but whose answer is held. */
  held = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.port = await testPort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refuseWith ?? this.refuseFor.get(address.address.toLowerCase());
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (this.gate) {
            this.held++;
            await this.gate;
            this.held--;
          }
          const raw = Buffer.concat(chunks);
          this.messages.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            raw: raw.toString('utf8'),
            parsed: await simpleParser(raw),
          });
          callback();
        });
      },
    });
    // A client killed mid-session (fault tests) resets its socket; that is not the sink's failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    return this;
  }

  /**
   * Holds every message's answer (after its data has arrived) until the returned release is
   * called: the sender's jobs stay in flight for as long as a test needs, without a timer.
   */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = null;
      release();
    };
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  }

  /** Waits until `count` messages reached `address`; fails after `timeoutMs`. */
  async waitFor(address: string, count = 1, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    return eventually(
      () => {
        const found = this.to(address);
        if (found.length < count) throw new Error(`Expected ${count} message(s) to ${address}, got ${found.length}`);
        return found;
      },
      { timeoutMs },
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
