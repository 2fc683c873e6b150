import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root';

const url = (protocols: string[]) =>
  z
    .string()
    .min(1)
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, an address/prefix range, or one of Express's named ranges. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * The proxies whose X-Forwarded-For (and -Proto, -Host) are believed, comma-separated. Empty
 * (the default) trusts none: the client is the socket's peer. No "trust everyone" option:
 * a header anyone can send must never pick the address sign-in limits are counted against.
 */
const trustedProxies = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
  .refine((entries) => entries.every(isProxyEntry), `must list proxy addresses or ranges (e.g. 10.0.0.0/8, 127.0.0.1) or ${PROXY_RANGES.join(', ')}`);

const secret = z.string().min(32, 'must be at least 32 characters');
const seconds = z.coerce.number().int().positive();

/** Every environment variable the api and worker read, validated once at boot. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Links are built as `${PUBLIC_URL}/rsvp/…`: a trailing slash is dropped (it made every link `//rsvp/…`, which 404s). */
  PUBLIC_URL: url(['http:', 'https:'])
    .transform((value) => value.replace(/\/+$/, ''))
    .default('http://localhost:3000'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: url(['redis:', 'rediss:']),
  REDIS_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]+$/).default('liaison'),
  SMTP_URL: url(['smtp:', 'smtps:']),
  /** Defaults to no-reply@MAIL_DOMAIN. */
  MAIL_FROM: z.string().email().optional(),
  /** Message-IDs, calendar UIDs and the RSVP reply addresses (rsvp+<token>@MAIL_DOMAIN). */
  MAIL_DOMAIN: z.string().min(1).default('liaison.local'),
  JWT_SECRET: secret,
  LINK_SECRET: secret,
  ACCESS_TOKEN_TTL_SECONDS: seconds.default(900),
  REFRESH_TOKEN_TTL_SECONDS: seconds.default(60 * 60 * 24 * 14),
  STAFF_INVITE_TTL_SECONDS: seconds.default(60 * 60 * 24 * 7),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb').default('1mb'),
  TRUST_PROXY: trustedProxies,
  /**
   * Failed sign-ins on one account (from anywhere) before it is locked for LOGIN_LOCK_SECONDS and
   * its owner emailed; one client address may try five times this many per window, whatever the accounts.
   */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Failed sign-ins on one account before each further try must wait (1 s, then doubling, at most a minute). */
  LOGIN_FREE_ATTEMPTS: z.coerce.number().int().positive().default(3),
  LOGIN_LOCK_SECONDS: seconds.default(15 * 60),
  /** How long failed sign-ins are remembered after the last one. */
  LOGIN_RATE_WINDOW_SECONDS: seconds.default(15 * 60),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  PUBLIC_RATE_WINDOW_SECONDS: seconds.default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set only in local mode: where the dev mail catcher drops messages, served at /dev/mail. */
  DEV_MAIL_DIR: z.string().optional(),
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  MAIL_RATE_PER_SECOND: z.coerce.number().int().min(1).default(50),
  /**
   * Recipient domains that throttle, with the messages per second one worker may send them
   * (`bigcity.gov=5,county.example=2`); a 4xx from one of them pauses that domain only.
   */
  // Kept as written (child processes get the config back as environment); read with `domainRates`.
  MAIL_DOMAIN_RATES: z
    .string()
    .default('')
    .superRefine((value, ctx) => {
      const wrong = domainRateEntries(value).find((entry) => !DOMAIN_RATE.test(entry) || Number(DOMAIN_RATE.exec(entry)![2]) <= 0);
      if (wrong !== undefined) ctx.addIssue({ code: 'custom', message: `"${wrong}" must look like bigcity.gov=5 (a domain and messages per second)` });
    }),
  OUTBOX_SWEEP_SECONDS: seconds.default(30),
  /** Public survey posts filled faster than this are asked to check and send again (bots fill instantly). */
  SURVEY_MIN_FILL_SECONDS: z.coerce.number().int().min(0).default(3),
  /** Posts of a public survey form one client (IP) may send per window (a household behind one address fits easily). */
  SURVEY_SUBMIT_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  SURVEY_SUBMIT_RATE_WINDOW_SECONDS: seconds.default(600),
  /** How often the worker recomputes results of surveys marked dirty (a lost job only delays them). */
  SURVEY_RESULTS_SWEEP_SECONDS: seconds.default(30),
  /** The worker's inbound SMTP listener for RSVP replies (rsvp+<token>@MAIL_DOMAIN); 0 = off. */
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  INBOUND_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  /**
   * DKIM signing of every outgoing message (off unless a key is set): the PEM private key itself
   * (`\n` may stand for line breaks) or a file holding it, the selector whose TXT record at
   * `<selector>._domainkey.<domain>` publishes the public key, and the signing domain
   * (default: the domain of MAIL_FROM, which DMARC aligns with).
   */
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  DKIM_SELECTOR: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'must be a DNS label such as liaison2026')
    .optional(),
  DKIM_DOMAIN: z.string().min(1).optional(),
  /** The worker's own `/health/live` and `/health/ready` (its PostgreSQL and Redis connections) over HTTP; 0 = off. */
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** How often the worker re-checks due reminders and expired waitlist offers in the database. */
  INVITATIONS_SWEEP_SECONDS: seconds.default(60),
  /** The staff console's built files (`vite build`: index.html and assets/), served at `/`; relative to the working directory. */
  CONSOLE_DIR: z
    .string()
    .trim()
    .min(1)
    .default(() => join(projectRoot(), 'dist', 'console'))
    .transform((dir) => resolve(dir)),
})
  .superRefine((config, ctx) => {
    // Local mode (npm start without SMTP_URL, tests) keeps mail on the machine; production mail
    // from or to a .local name is undeliverable, and replies to it never come back.
    checkDkim(config, ctx);
    if (config.NODE_ENV !== 'production') return;
    if (isLocalOnly(config.MAIL_DOMAIN)) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_DOMAIN'], message: `"${config.MAIL_DOMAIN}" is a local-only domain; in production set the domain mail is sent from and RSVP replies come back to` });
    }
    if (config.DEV_MAIL_DIR) {
      // /dev/mail shows every agency's mail, sign-in invitations and RSVP links included, to anyone.
      ctx.addIssue({ code: 'custom', path: ['DEV_MAIL_DIR'], message: 'the local mail catcher (readable by anyone at /dev/mail) is not for production: set SMTP_URL to your mail server and unset DEV_MAIL_DIR' });
    }
    if (config.MAIL_FROM && isLocalOnly(config.MAIL_FROM.split('@').pop()!)) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: `"${config.MAIL_FROM}" is on a local-only domain; in production use an address on a real domain (or leave it unset for no-reply@MAIL_DOMAIN)` });
    }
  })
  .transform((config) => {
    const mailFrom = config.MAIL_FROM ?? `no-reply@${config.MAIL_DOMAIN}`;
    const privateKey = dkimKey(config);
    const dkim: DkimConfig | null =
      privateKey && config.DKIM_SELECTOR ? { domainName: config.DKIM_DOMAIN ?? mailFrom.split('@').pop()!, keySelector: config.DKIM_SELECTOR, privateKey } : null;
    return { ...config, MAIL_FROM: mailFrom, DKIM: dkim };
  });

const DOMAIN_RATE = /^([a-z0-9.-]+\.[a-z]{2,})=(\d+(\.\d+)?)$/i;

function domainRateEntries(value: string): string[] {
  return value.split(',').map((e) => e.trim()).filter(Boolean);
}

/** MAIL_DOMAIN_RATES (`bigcity.gov=5,county.example=2`, already validated) as domain → messages per second. */
export function domainRates(value: string): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const entry of domainRateEntries(value)) {
    const match = DOMAIN_RATE.exec(entry);
    if (match) rates[match[1].toLowerCase()] = Number(match[2]);
  }
  return rates;
}

/** What nodemailer's `dkim` option takes. */
export interface DkimConfig {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

type DkimSettings = { DKIM_PRIVATE_KEY?: string; DKIM_PRIVATE_KEY_FILE?: string };

/** The PEM key from DKIM_PRIVATE_KEY (with `\n` escapes turned into line breaks) or DKIM_PRIVATE_KEY_FILE; null when neither is set. */
function dkimKey(config: DkimSettings): string | null {
  if (config.DKIM_PRIVATE_KEY) return config.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n');
  if (config.DKIM_PRIVATE_KEY_FILE) return readFileSync(config.DKIM_PRIVATE_KEY_FILE, 'utf8');
  return null;
}

/** DKIM is all or nothing: a key (one way) and a selector, and the key must be a private key Node can read. */
function checkDkim(config: DkimSettings & { DKIM_SELECTOR?: string; DKIM_DOMAIN?: string }, ctx: z.RefinementCtx): void {
  const hasKey = Boolean(config.DKIM_PRIVATE_KEY || config.DKIM_PRIVATE_KEY_FILE);
  if (config.DKIM_PRIVATE_KEY && config.DKIM_PRIVATE_KEY_FILE) {
    ctx.addIssue({ code: 'custom', path: ['DKIM_PRIVATE_KEY_FILE'], message: 'set DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE, not both' });
    return;
  }
  if (hasKey && !config.DKIM_SELECTOR) ctx.addIssue({ code: 'custom', path: ['DKIM_SELECTOR'], message: 'is required with a DKIM key (the selector of its DNS record)' });
  if (!hasKey && (config.DKIM_SELECTOR || config.DKIM_DOMAIN)) {
    ctx.addIssue({ code: 'custom', path: ['DKIM_PRIVATE_KEY'], message: 'is required for DKIM signing (or DKIM_PRIVATE_KEY_FILE); leave DKIM_SELECTOR and DKIM_DOMAIN unset to send unsigned' });
  }
  if (!hasKey) return;
  const path = config.DKIM_PRIVATE_KEY ? 'DKIM_PRIVATE_KEY' : 'DKIM_PRIVATE_KEY_FILE';
  try {
    createPrivateKey(dkimKey(config)!);
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: [path], message: `is not a readable PEM private key (${(error as Error).message})` });
  }
}

/** Names that never reach the internet: mDNS `.local` (RFC 6762) and `localhost` (RFC 6761). */
function isLocalOnly(domain: string): boolean {
  return /(^|\.)(local|localhost)\.?$/i.test(domain);
}

export type AppConfig = z.infer<typeof configSchema>;
