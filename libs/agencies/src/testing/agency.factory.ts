import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Agency } from '../agency.entity';

let sequence = 0;

/** An agency with a unique slug; tests never depend on each other's rows. */
export async function createAgency(dataSource: DataSource, overrides: Partial<Agency> = {}): Promise<Agency> {
  const suffix = `${Date.now().toString(36)}-${++sequence}-${randomBytes(2).toString('hex')}`;
  const repo = dataSource.getRepository(Agency);
  return repo.save(
    repo.create({
      name: `Test Police Department ${suffix}`,
      slug: `test-pd-${suffix}`,
      timeZone: 'America/Chicago',
      neighbourhoods: ['Old Town', 'Northgate', 'Eastbrook'],
      branding: {},
      ...overrides,
    }),
  );
}
