export * from './database.module';
export * from './migrate';
export * from './query-counter';
export * from './pg-errors';
