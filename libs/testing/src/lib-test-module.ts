import { ConsoleLogger, DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AgenciesModule } from '@app/agencies';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { StaffModule } from '@app/staff';
import { testConfig } from './test-config';

export interface LibTestModuleOptions {
  /** The lib module(s) under test, e.g. `[PartnersModule]`; what they import comes with them. */
  imports: (Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference)[];
  /** Extra providers beside them (e.g. a test's own listener). */
  providers?: Provider[];
  /** Environment overrides for this run's config. */
  env?: Record<string, string | undefined>;
}

export interface LibTestModule {
  module: TestingModule;
  /** The module's own connection: write rows with the factories, read what the services wrote. */
  dataSource: DataSource;
  config: AppConfig;
  get<T>(token: Type<T> | string | symbol): T;
  close(): Promise<void>;
}

/**
 * The middle tier: one lib's Nest module booted with what both apps provide globally (config,
 * database, queues on this test's Redis prefix) against this worker's migrated PostgreSQL, with
 * no GraphQL, HTTP or worker. Agencies and staff come along so the factories can make the rows
 * every test starts from (an agency, a staff actor). Call `close()` in `afterAll`.
 */
export async function createLibTestModule(options: LibTestModuleOptions): Promise<LibTestModule> {
  const config = testConfig(options.env);
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, AgenciesModule, StaffModule, ...options.imports],
    providers: options.providers ?? [],
  })
    .setLogger(new ConsoleLogger('lib-test', { logLevels: ['error'] }))
    .compile();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    config,
    get: (token) => module.get(token, { strict: false }),
    close: () => module.close(),
  };
}
