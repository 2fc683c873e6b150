import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { createWorker } from './bootstrap';
import { limitHeapGrowth } from './heap-growth';

limitHeapGrowth();

createWorker(loadConfig()).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
