// The rules that make each lib's index.ts its contract. Each rule returns its offenders as
// stable strings ("<file>: <what>"), so a failing test names the file and the reason.
import { ImportEdge, SourceGraph, SourceFile } from './source-graph';

const libOf = (path: string | undefined): string | undefined => (path ? /^libs\/([^/]+)\//.exec(path)?.[1] : undefined);

/** Test support may use another lib's `@app/<lib>/testing` entry; nothing else may. */
const isTestSupport = (file: SourceFile) => file.owner === 'testing' || /\.(spec|int-spec|e2e-spec)\.ts$/.test(file.path);

/** Migrations create every table; the database lib owns no table's queries. */
const isMigration = (file: SourceFile) => file.path.startsWith('libs/database/src/migrations/');

/** `index.ts` lists what it exports: no `export *`. */
export function wildcardExports(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!/^libs\/[^/]+\/src\/index\.ts$/.test(file.path)) continue;
    for (const edge of file.exportStars) out.push(`${file.path}: export * from '${edge}'`);
  }
  return out;
}

/**
 * Jest setup files (jest.config.js `setupFiles`) that import the one internal module they
 * configure, not the lib's index: a setup file runs before every test file, unit specs too,
 * and the index would load all of libs/testing for each.
 */
const JEST_SETUP_IMPORTS: Record<string, string> = {
  'test/support/app-bootstraps.ts': 'libs/testing/src/app-bootstraps.ts',
};

/** Another lib is reached only through `@app/<lib>` (or `@app/<lib>/testing` from test support). */
export function internalImports(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    for (const edge of file.imports) {
      const target = libOf(edge.target);
      if (!target || target === file.owner) continue;
      if (edge.target === `libs/${target}/src/index.ts`) continue;
      if (edge.target === `libs/${target}/src/testing/index.ts` && isTestSupport(file)) continue;
      if (JEST_SETUP_IMPORTS[file.path] === edge.target) continue;
      out.push(`${file.path}: imports '${edge.specifier}' (inside ${target})`);
    }
  }
  return out;
}

/** An entity class is used only by its own lib; others may at most name its type. */
export function foreignEntityImports(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    for (const edge of file.imports) {
      const target = libOf(edge.target);
      if (!target || target === file.owner) continue;
      for (const name of edge.valueNames) {
        if (graph.entityOwner.get(name) === target) out.push(`${file.path}: imports entity ${name} from ${target}`);
      }
    }
  }
  return out;
}

/** A lib's index exports its entities as types only (`export type { Forum }`), never the class. */
export function exportedEntityClasses(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!/^libs\/[^/]+\/src\/index\.ts$/.test(file.path)) continue;
    for (const edge of file.imports) {
      for (const name of edge.valueNames) if (graph.entityOwner.get(name) === file.owner) out.push(`${file.path}: exports entity class ${name}`);
    }
  }
  return out;
}

const SQL_WORDS = /\b(select|insert|update|delete|from|join|into|references|truncate)\b/i;

/** SQL in a lib (or app) names only tables its own lib owns. */
export function foreignTableSql(graph: SourceGraph): string[] {
  const out = new Set<string>();
  for (const file of graph.files.values()) {
    if (isMigration(file) || file.owner === 'devstack') continue;
    if (!file.path.startsWith('libs/') && !file.path.startsWith('apps/')) continue;
    for (const { text, notSql } of file.strings) {
      for (const [table, owner] of graph.tableOwner) {
        if (owner === file.owner) continue;
        const inSql = SQL_WORDS.test(text) && new RegExp(`\\b(from|join|update|into|table|references|truncate)\\s+"?${table}"?(\\b|$)`, 'i').test(text);
        // A table's bare name is how query builders and interpolated SQL take it.
        if (inSql || (text === table && !notSql)) out.add(`${file.path}: names ${table} (owned by ${owner})`);
      }
    }
  }
  return [...out];
}

/** Import cycles between files (strongly connected components of more than one file). */
export function fileCycles(graph: SourceGraph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const edge of graph.files.get(v)!.imports) {
      const w = edge.target;
      if (!w || !graph.files.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(`cycle of ${component.length} files: ${component.sort().join(' → ')}`);
  };
  for (const v of [...graph.files.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Libs depend on each other in one direction only. */
export function libCycles(graph: SourceGraph): string[] {
  const deps = new Map<string, Set<string>>();
  for (const file of graph.files.values()) {
    const from = libOf(file.path);
    if (!from || isTestSupport(file)) continue;
    for (const edge of file.imports) {
      const to = libOf(edge.target);
      if (to && to !== from) (deps.get(from) ?? deps.set(from, new Set()).get(from)!).add(to);
    }
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const path: string[] = [];
  const walk = (lib: string): void => {
    if (path.includes(lib)) {
      const cycle = [...path.slice(path.indexOf(lib)), lib].join(' → ');
      const key = [...new Set(path.slice(path.indexOf(lib)))].sort().join(',');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(`libs import each other: ${cycle}`);
      }
      return;
    }
    path.push(lib);
    for (const to of [...(deps.get(lib) ?? [])].sort()) walk(to);
    path.pop();
  };
  for (const lib of [...deps.keys()].sort()) walk(lib);
  return out;
}

/** Libs never import the apps (the apps import libs). */
export function libsImportingApps(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!file.path.startsWith('libs/')) continue;
    for (const edge of file.imports) if (edge.target?.startsWith('apps/')) out.push(`${file.path}: imports '${edge.specifier}'`);
  }
  return out;
}

/** Every table the migrations create has an owning lib (an entity, or the list in source-graph.ts). */
export function unownedTables(graph: SourceGraph, migrated: string[]): string[] {
  return migrated.filter((table) => !graph.tableOwner.has(table)).map((table) => `${table}: no lib owns it`);
}

/**
 * Where a lib may run SQL text outside a `*.repository.ts`, each for a reason:
 * - test code (specs, `libs/testing`, a lib's `src/testing/` factories) arranges rows directly;
 * - `libs/database` is the migrations and their runner: the schema, no table's queries;
 * - `libs/devstack` starts a local PostgreSQL and creates its database;
 * - demo seeds (`src/demo/`) insert their fixed rows with plain INSERTs (see the README).
 */
const mayRunSqlOutsideRepositories = (file: SourceFile): boolean =>
  isTestSupport(file) ||
  /^libs\/[^/]+\/src\/testing\//.test(file.path) ||
  file.owner === 'database' ||
  file.owner === 'devstack' ||
  /^libs\/[^/]+\/src\/demo\//.test(file.path);

// Statements that steer the transaction or session (savepoints, isolation, SET LOCAL, exporting a
// snapshot, advisory locks) name no table, so no table's repository is their home: they stay with
// the code running the transaction.
const TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|savepoint|release|set)\b|^\s*select\s+pg_(export_snapshot|advisory_(xact_)?(un)?lock)\s*\(/i;

/** A lib's SQL lives in its repositories (`<table>.repository.ts`), as named queries the services call. */
export function sqlOutsideRepositories(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!/^libs\/[^/]+\/src\//.test(file.path) || file.path.endsWith('.repository.ts')) continue;
    if (mayRunSqlOutsideRepositories(file)) continue;
    for (const { text, line } of file.sqlQueries) {
      if (TRANSACTION_CONTROL.test(text)) continue;
      out.push(`${file.path}:${line}: .query(…) with SQL outside a repository: ${text.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
    }
  }
  return out;
}

/**
 * Code that takes time from the injected `Clock` (README, "Time comes from the Clock"): the
 * libs and the two server apps. Not the Clock itself, nor migrations (column defaults), nor
 * test code: tests set the clock, and their deadlines and unique names are real time.
 */
const followsTheClock = (file: SourceFile): boolean =>
  /^(libs\/[^/]+\/src|apps\/(api|worker)\/src)\//.test(file.path) &&
  file.path !== 'libs/common/src/time/clock.ts' &&
  !isMigration(file) &&
  !isTestSupport(file) &&
  !/^libs\/[^/]+\/src\/testing\//.test(file.path);

/**
 * The only places that may read another clock, as `<file>#<function>`, each with why. Keep it
 * short: an entry that no longer matches anything fails `staleClockExceptions`.
 */
const CLOCK_EXCEPTIONS: Record<string, string> = {
  'libs/auth/src/auth.service.ts#issue': "the access token's `exp` is stamped and checked by the JWT library on the system clock; the expiry reported must match it",
  'libs/surveys/src/survey-responses.service.ts#requestAggregation': "the results debounce compares with BullMQ's `job.timestamp` and delay, which run on the system clock",
  'libs/mail/src/mail-sender.service.ts#deliver': "a paced domain's wait becomes BullMQ's `moveToDelayed` time, on the system clock",
  'libs/devstack/src/mail-catcher.ts#onData': "local mode's caught mail is named by arrival so it sorts; nothing is decided by it",
};

const exceptionFor = (file: SourceFile, within: string): string | undefined => CLOCK_EXCEPTIONS[`${file.path}#${within}`];

/** Time comes from the `Clock`: no `new Date()`, `Date.now()` or luxon `DateTime.now()` reading the system clock. */
export function systemClockReads(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!followsTheClock(file)) continue;
    for (const { expression, line, within } of file.clockReads) {
      if (!exceptionFor(file, within)) out.push(`${file.path}:${line}: ${expression} in ${within} reads the system clock (inject Clock, use clock.now())`);
    }
  }
  return out;
}

// `updated_at = now()` is bookkeeping, as a column default would be: no rule reads it.
const BOOKKEEPING = /\bupdated_at\s*=\s*$/i;
const SQL_CLAUSES = /\b(where|set|values|returning|case|and|or)\b/i;

/**
 * Nor from the database's clock: `now()`, `current_date`, … in SQL text (a query, or a raw
 * value for the query builder such as `() => 'now()'`) decide by another clock than the one
 * tests set; the clock's instant goes in as a parameter. Column defaults (decorators,
 * migrations) and `updated_at = now()` are left alone.
 */
export function databaseClockInSql(graph: SourceGraph): string[] {
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!followsTheClock(file)) continue;
    for (const { expression, line, within, literal, before, inDecorator } of file.sqlClockReads) {
      if (inDecorator || BOOKKEEPING.test(before) || exceptionFor(file, within)) continue;
      const isSql = SQL_WORDS.test(literal) || SQL_CLAUSES.test(literal) || literal.trim() === expression;
      if (isSql) out.push(`${file.path}:${line}: SQL ${expression} in ${within} reads the database's clock (pass clock.now() as a parameter)`);
    }
  }
  return out;
}

/** Every clock exception still matches a read, so the list only shrinks. */
export function staleClockExceptions(graph: SourceGraph): string[] {
  const used = new Set<string>();
  for (const file of graph.files.values()) {
    for (const { within } of [...file.clockReads, ...file.sqlClockReads]) used.add(`${file.path}#${within}`);
  }
  return Object.keys(CLOCK_EXCEPTIONS)
    .filter((key) => !used.has(key))
    .map((key) => `${key}: a clock exception that matches nothing (remove it)`);
}

/**
 * A lib's index lists what the rest of the code uses of it, no more: every function and constant
 * it exports is imported from `@app/<lib>` by some file outside the lib (another lib, an app, a
 * test, a script or a benchmark); what only the lib itself uses stays internal (helpers are how
 * twins start: a copy is written where the original cannot be seen). Classes (modules, services,
 * error classes), enums and types are not held to this: they are the services' contract whether
 * or not a caller names them.
 */
export function unusedExports(graph: SourceGraph): string[] {
  const used = new Map<string, Set<string>>();
  for (const file of graph.files.values()) {
    for (const edge of file.imports) {
      const target = libOf(edge.target);
      if (!target || target === file.owner || edge.target !== `libs/${target}/src/index.ts`) continue;
      const names = used.get(target) ?? new Set<string>();
      for (const name of edge.names) names.add(name);
      used.set(target, names);
    }
  }
  const out: string[] = [];
  for (const file of graph.files.values()) {
    if (!/^libs\/[^/]+\/src\/index\.ts$/.test(file.path)) continue;
    const names = used.get(file.owner) ?? new Set<string>();
    if (names.has('*')) continue;
    const helpers = (edge: ImportEdge) => edge.valueNames.filter((name) => /^[a-z]|^[A-Z][A-Z0-9_]+$/.test(name));
    // An entity's shape is shared only where another lib reads what a service returns.
    const entityTypes = (edge: ImportEdge) => (edge.target?.endsWith('.entity.ts') ? edge.names.filter((name) => !edge.valueNames.includes(name)) : []);
    for (const edge of file.imports) {
      for (const name of [...helpers(edge), ...entityTypes(edge)]) if (!names.has(name)) out.push(`${file.path}: exports ${name}, which no file outside ${file.owner} imports`);
    }
  }
  return out;
}
