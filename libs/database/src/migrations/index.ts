import { Foundation1795300000000 } from './1795300000000-Foundation';

/** Every migration, oldest first. New migrations are appended here. */
export const migrations = [Foundation1795300000000];
