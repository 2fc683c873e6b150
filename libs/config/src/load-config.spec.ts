import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config';
import { domainRates } from './config.schema';

const valid = {
  DATABASE_URL: 'postgres://localhost/liaison',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  JWT_SECRET: 'x'.repeat(32),
  LINK_SECRET: 'y'.repeat(32),
};

describe('loadConfig', () => {
  it('accepts a complete environment and fills defaults', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_PREFIX).toBe('liaison');
  });

  it('drops a trailing slash from PUBLIC_URL, so links built on it are not //rsvp/…', () => {
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://pd.example/' }).PUBLIC_URL).toBe('https://pd.example');
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://pd.example/liaison//' }).PUBLIC_URL).toBe('https://pd.example/liaison');
    expect(loadConfig(valid).PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('names every missing variable', () => {
    const error = catchError(() => loadConfig({}));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('DATABASE_URL is required but not set');
    expect(error.message).toContain('JWT_SECRET is required but not set');
  });

  it('names a variable with a wrong value and says why', () => {
    const error = catchError(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' }));
    expect(error.message).toMatch(/DATABASE_URL: must be a URL starting with postgres:\/\//);
    expect(error.message).toMatch(/JWT_SECRET: must be at least 32 characters/);
  });

  it('trusts no proxy unless told which, and refuses anything but addresses and ranges', () => {
    expect(loadConfig(valid).TRUST_PROXY).toEqual([]);
    expect(loadConfig({ ...valid, TRUST_PROXY: ' 10.0.0.0/8, loopback ,::1,fd00::/8' }).TRUST_PROXY).toEqual(['10.0.0.0/8', 'loopback', '::1', 'fd00::/8']);
    for (const wrong of ['true', '1', '*', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/2']) {
      expect(catchError(() => loadConfig({ ...valid, TRUST_PROXY: wrong })).message).toMatch(/TRUST_PROXY: must list proxy addresses/);
    }
  });

  it('serves the console from dist/console under the project root unless CONSOLE_DIR says where', () => {
    expect(loadConfig(valid).CONSOLE_DIR).toBe(join(__dirname, '..', '..', '..', 'dist', 'console'));
    expect(loadConfig({ ...valid, CONSOLE_DIR: '/srv/console' }).CONSOLE_DIR).toBe('/srv/console');
    expect(loadConfig({ ...valid, CONSOLE_DIR: 'build/console' }).CONSOLE_DIR).toBe(join(process.cwd(), 'build', 'console'));
  });

  describe('the mail sender', () => {
    it('is derived from MAIL_DOMAIN when MAIL_FROM is not set', () => {
      expect(loadConfig({ ...valid, MAIL_DOMAIN: 'riverside-pd.example.org' }).MAIL_FROM).toBe('no-reply@riverside-pd.example.org');
    });

    it('is liaison.local in local mode and tests, where nothing leaves the machine', () => {
      expect(loadConfig(valid)).toMatchObject({ MAIL_FROM: 'no-reply@liaison.local', MAIL_DOMAIN: 'liaison.local' });
      expect(loadConfig({ ...valid, NODE_ENV: 'test' }).MAIL_FROM).toBe('no-reply@liaison.local');
    });

    it('keeps an explicit MAIL_FROM', () => {
      expect(loadConfig({ ...valid, MAIL_DOMAIN: 'replies.example.org', MAIL_FROM: 'liaison@example.org' }).MAIL_FROM).toBe('liaison@example.org');
    });

    it('refuses a .local domain or sender in production, naming the variable', () => {
      const production = { ...valid, NODE_ENV: 'production' };
      expect(catchError(() => loadConfig(production)).message).toMatch(/MAIL_DOMAIN: "liaison.local" is a local-only domain/);
      const sender = catchError(() => loadConfig({ ...production, MAIL_DOMAIN: 'example.org', MAIL_FROM: 'no-reply@police.local' }));
      expect(sender.message).toMatch(/MAIL_FROM: "no-reply@police.local" is on a local-only domain/);
      expect(sender.message).not.toMatch(/- MAIL_DOMAIN:/);
      expect(loadConfig({ ...production, MAIL_DOMAIN: 'example.org' }).MAIL_FROM).toBe('no-reply@example.org');
    });

    it('refuses the local mail catcher (DEV_MAIL_DIR, served to anyone at /dev/mail) in production', () => {
      const production = { ...valid, NODE_ENV: 'production', MAIL_DOMAIN: 'example.org', DEV_MAIL_DIR: '/tmp/mail' };
      expect(catchError(() => loadConfig(production)).message).toMatch(/DEV_MAIL_DIR: the local mail catcher .* is not for production: set SMTP_URL/);
      expect(loadConfig({ ...production, NODE_ENV: 'development' }).DEV_MAIL_DIR).toBe('/tmp/mail');
    });
  });
});

describe('per-domain mail rates', () => {
  it('reads MAIL_DOMAIN_RATES as domain=messages per second, and refuses anything else naming the entry', () => {
    expect(domainRates(loadConfig({ ...valid, MAIL_DOMAIN_RATES: 'BigCity.gov=5, county.example=0.5' }).MAIL_DOMAIN_RATES)).toEqual({ 'bigcity.gov': 5, 'county.example': 0.5 });
    expect(domainRates(loadConfig(valid).MAIL_DOMAIN_RATES)).toEqual({});
    expect(catchError(() => loadConfig({ ...valid, MAIL_DOMAIN_RATES: 'bigcity.gov=fast' })).message).toMatch(/MAIL_DOMAIN_RATES: "bigcity.gov=fast" must look like bigcity.gov=5/);
    expect(catchError(() => loadConfig({ ...valid, MAIL_DOMAIN_RATES: 'bigcity.gov=0' })).message).toMatch(/MAIL_DOMAIN_RATES/);
  });
});

describe('DKIM signing settings', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('is off without a key', () => {
    expect(loadConfig(valid).DKIM).toBeNull();
  });

  it('takes the key inline (\\n escapes allowed) or from a file, and signs for the domain of MAIL_FROM unless DKIM_DOMAIN says otherwise', () => {
    const inline = loadConfig({ ...valid, MAIL_DOMAIN: 'replies.example.org', DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'), DKIM_SELECTOR: 'liaison' });
    expect(inline.DKIM).toEqual({ domainName: 'replies.example.org', keySelector: 'liaison', privateKey: pem });
    const file = join(mkdtempSync(join(tmpdir(), 'dkim-')), 'key.pem');
    writeFileSync(file, pem);
    expect(loadConfig({ ...valid, DKIM_PRIVATE_KEY_FILE: file, DKIM_SELECTOR: 's1', DKIM_DOMAIN: 'police.example' }).DKIM).toEqual({ domainName: 'police.example', keySelector: 's1', privateKey: pem });
  });

  it('refuses half a setting and a key that is not a private key, naming the variable', () => {
    expect(catchError(() => loadConfig({ ...valid, DKIM_PRIVATE_KEY: pem })).message).toMatch(/DKIM_SELECTOR: is required with a DKIM key/);
    expect(catchError(() => loadConfig({ ...valid, DKIM_SELECTOR: 'liaison' })).message).toMatch(/DKIM_PRIVATE_KEY: is required for DKIM signing/);
    expect(catchError(() => loadConfig({ ...valid, DKIM_PRIVATE_KEY: 'not a key', DKIM_SELECTOR: 'liaison' })).message).toMatch(/DKIM_PRIVATE_KEY: is not a readable PEM private key/);
    expect(catchError(() => loadConfig({ ...valid, DKIM_PRIVATE_KEY: pem, DKIM_SELECTOR: 'bad selector' })).message).toMatch(/DKIM_SELECTOR: must be a DNS label/);
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
