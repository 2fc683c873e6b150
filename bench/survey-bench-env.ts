import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffActor, StaffRole } from '@app/common';
import { AppConfig, loadConfig } from '@app/config';

export { benchDatabase } from './bench-database';

export function benchConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'production',
    // Production refuses a .local mail domain; nothing leaves the machine here either.
    MAIL_DOMAIN: 'bench.liaison.test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `liaison-bench-${randomBytes(3).toString('hex')}`,
    SMTP_URL: 'smtp://127.0.0.1:1',
    JWT_SECRET: 'bench-jwt-secret-0123456789abcdefghijklmnop',
    LINK_SECRET: 'bench-link-secret-0123456789abcdefghijklmnop',
    LOG_LEVEL: 'silent',
    PUBLIC_RATE_LIMIT: '100000000',
    SURVEY_SUBMIT_RATE_LIMIT: '100000000',
    SURVEY_MIN_FILL_SECONDS: '0',
    ...overrides,
  });
}

/** An agency with neighbourhoods and one liaison officer to act as. */
export async function benchActor(dataSource: DataSource): Promise<StaffActor> {
  const [agency] = await dataSource.query(
    `INSERT INTO agencies (name, slug, time_zone, neighbourhoods) VALUES ('Bench PD', $1, 'America/Chicago', $2) RETURNING id`,
    [`bench-${randomBytes(3).toString('hex')}`, ['Old Town', 'Northgate', 'Eastbrook', 'Harbor District', 'Westfield', 'Cedar Hill']],
  );
  const [user] = await dataSource.query(
    `INSERT INTO staff_users (agency_id, name, email, role, status) VALUES ($1, 'Bench Officer', $2, 'LIAISON_OFFICER', 'ACTIVE') RETURNING id, email`,
    [agency.id, `bench-${randomBytes(3).toString('hex')}@bench.example`],
  );
  return { kind: 'STAFF', userId: user.id, agencyId: agency.id, role: StaffRole.LIAISON_OFFICER, sessionId: randomUUID(), email: user.email };
}

const t = (en: string) => ({ en });
const options = (...keys: string[]) => keys.map((key) => ({ key, label: t(key) }));

/** A 10-question survey of the shapes residents answer most. */
export function benchSurveyInput() {
  return {
    title: t('Bench survey'),
    questions: [
      { key: 'area', type: 'NEIGHBOURHOOD', prompt: t('Where?'), required: true },
      { key: 'safe', type: 'RATING', prompt: t('Safe?'), required: true },
      { key: 'recommend', type: 'NPS', prompt: t('Recommend?') },
      { key: 'contacted', type: 'YES_NO', prompt: t('Contacted?') },
      { key: 'how', type: 'SINGLE_CHOICE', prompt: t('How?'), options: options('phone', 'online', 'person', 'letter') },
      { key: 'topics', type: 'MULTIPLE_CHOICE', prompt: t('Topics?'), options: options('traffic', 'noise', 'theft', 'drugs', 'lighting') },
      { key: 'years', type: 'NUMBER', prompt: t('Years?'), minValue: 0, maxValue: 100 },
      { key: 'trust', type: 'RATING', prompt: t('Trust?') },
      { key: 'seen', type: 'SINGLE_CHOICE', prompt: t('Seen an officer?'), options: options('week', 'month', 'year', 'never') },
      { key: 'comment', type: 'SHORT_TEXT', prompt: t('Comment?') },
    ],
  } as never;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
