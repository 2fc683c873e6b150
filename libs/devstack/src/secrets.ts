import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface LocalSecrets {
  JWT_SECRET: string;
  LINK_SECRET: string;
  POSTGRES_PASSWORD: string;
}

/** Local-mode secrets: generated on first start, kept in .data/ so sessions and links survive restarts. */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  const existing: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: LocalSecrets = {
    JWT_SECRET: existing.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    LINK_SECRET: existing.LINK_SECRET ?? randomBytes(48).toString('base64url'),
    POSTGRES_PASSWORD: existing.POSTGRES_PASSWORD ?? randomBytes(18).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
