/**
 * Jest `setupFiles`: hands libs/testing the apps' bootstraps (libs may not import apps; tests
 * may). Required on first use, so unit specs that never boot an app do not load both apps.
 */
import { provideAppBootstraps } from '../../libs/testing/src/app-bootstraps';

type ApiBootstrap = typeof import('../../apps/api/src/bootstrap');
type WorkerBootstrap = typeof import('../../apps/worker/src/bootstrap');

provideAppBootstraps({
  api: (config) => (require('../../apps/api/src/bootstrap') as ApiBootstrap).createApiApp(config),
  worker: (config) => (require('../../apps/worker/src/bootstrap') as WorkerBootstrap).createWorker(config),
});
