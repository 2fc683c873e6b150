import { Foundation1795300000000 } from './1795300000000-Foundation';
import { Partners1795400000000 } from './1795400000000-Partners';
import { Forums1795400100000 } from './1795400100000-Forums';
import { Surveys1795400500000 } from './1795400500000-Surveys';

/** Every migration, oldest first. New migrations are appended here. */
export const migrations = [Foundation1795300000000, Partners1795400000000, Forums1795400100000, Surveys1795400500000];
