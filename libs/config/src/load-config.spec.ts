import { ConfigError, loadConfig } from './load-config';

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
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
