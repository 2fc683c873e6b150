import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { appBootstraps } from './app-bootstraps';
import { GraphQLClient } from './graphql-client';
import { SmtpSink } from './smtp-sink';
import { testConfig } from './test-config';
import { waitForFirstRuns } from './queues';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  dataSource: DataSource;
  graphql: GraphQLClient;
  close(): Promise<void>;
}

/** The real API on a random loopback port, against this run's PostgreSQL and Redis. */
export async function createTestApp(config: AppConfig): Promise<TestApp> {
  const app = await appBootstraps().api(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    config,
    url,
    dataSource: app.get(DataSource),
    graphql: new GraphQLClient(url),
    close: () => app.close(),
  };
}

/** The real worker (all processors), sharing the API's Redis prefix so it takes the API's jobs. */
export function startTestWorker(config: AppConfig): Promise<INestApplicationContext> {
  return appBootstraps().worker(config);
}

export interface MailTestStack {
  t: TestApp;
  worker: INestApplicationContext;
  sink: SmtpSink;
  close(): Promise<void>;
}

/** API + worker + an in-test SMTP server, wired together: what most end-to-end mail tests need. */
export async function createMailTestStack(overrides: Record<string, string> = {}): Promise<MailTestStack> {
  const sink = await new SmtpSink().start();
  const config = testConfig({ SMTP_URL: sink.url, ...overrides });
  const t = await createTestApp(config);
  const worker = await startTestWorker(config);
  // The worker's first digest and overdue-reminder runs act on every agency by the real clock
  // (on a Monday from 08:00, a digest): let them pass before the test writes its own rows.
  await waitForFirstRuns(worker, ['task-forces.digest', 'task-forces.overdue-reminders']);
  return {
    t,
    worker,
    sink,
    close: async () => {
      await worker.close();
      await t.close();
      await sink.stop();
    },
  };
}
