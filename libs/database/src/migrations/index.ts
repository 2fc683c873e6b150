import { Foundation1795300000000 } from './1795300000000-Foundation';
import { Partners1795400000000 } from './1795400000000-Partners';
import { Forums1795400100000 } from './1795400100000-Forums';
import { Invitations1795400600000 } from './1795400600000-Invitations';

/** Every migration, oldest first. New migrations are appended here. */
export const migrations = [Foundation1795300000000, Partners1795400000000, Forums1795400100000, Invitations1795400600000];
