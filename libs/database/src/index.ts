export { DatabaseModule } from './database.module';
export { adminQuery, runMigrations } from './migrate';
export { QueryCounter } from './query-counter';
export { ACCOUNT_EMAIL_CONSTRAINTS, isDatabaseOutage, isUniqueViolation, pgError } from './pg-errors';
export { isTransactionConflict } from './transaction-conflict';
