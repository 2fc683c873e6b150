// Reads the server source (apps/api, apps/worker, libs, scripts, bench) into a graph the
// architecture tests check: which file imports which, which lib each file belongs to,
// which classes are entities and which tables each lib owns.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(__dirname, '../..');

/** Tables created by migrations without an entity class, and the lib that owns each. */
const TABLES_WITHOUT_ENTITY: Record<string, string> = {
  survey_answers: 'surveys',
  survey_respondents: 'surveys',
  survey_responses: 'surveys',
  survey_result_terms: 'surveys',
  survey_result_values: 'surveys',
  survey_uncounted_responses: 'surveys',
};

export interface ImportEdge {
  /** The module specifier as written. */
  specifier: string;
  /** Repository-relative file it resolves to, when it is ours. */
  target?: string;
  /** Names imported (`*` for a namespace or side-effect import). */
  names: string[];
  /** Names imported or re-exported as values (not `import type` / `export type`). */
  valueNames: string[];
  /** The whole statement is type-only: it leaves nothing at run time. */
  typeOnly: boolean;
  line: number;
}

export interface SourceFile {
  path: string;
  /** `libs/<name>` → name; apps → `app:<name>`; anything else → its top folder. */
  owner: string;
  imports: ImportEdge[];
  /** Entity classes declared here, with their table. */
  entities: { className: string; table: string }[];
  /** `export * from '…'` specifiers. */
  exportStars: string[];
  /** Every string and template literal, with its line; `notSql` when it can only be a name (enum value, type, decorator argument). */
  strings: { text: string; line: number; notSql?: boolean }[];
  /**
   * Calls of a `.query(…)` method (data source, manager, query runner, repository, pg client)
   * given SQL text: a string or template, or a `const` of this file holding one.
   */
  sqlQueries: { text: string; line: number }[];
  /** Reads of the system clock in code: `new Date()`, `Date()`, `Date.now`, luxon's `DateTime.now()` (see `findClockReads`). */
  clockReads: ClockRead[];
  /** The database's clock (`now()`, `current_date`, …) named in a string or template (see `findClockReads`). */
  sqlClockReads: SqlClockRead[];
}

export interface ClockRead {
  expression: string;
  line: number;
  /** The named function (or, outside any, the variable or field) it is in. */
  within: string;
}

export interface SqlClockRead extends ClockRead {
  /** The literal's whole text (a template's substitutions as `${…}`), and its text up to the call. */
  literal: string;
  before: string;
  /** In a decorator's arguments: an entity's column default, not a query. */
  inDecorator: boolean;
}

const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'libs', 'scripts', 'bench', 'test'];

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'jest') continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.ts$/.test(entry) && !/\.d\.ts$/.test(entry)) out.push(full);
  }
}

export function ownerOf(path: string): string {
  const lib = /^libs\/([^/]+)\//.exec(path);
  if (lib) return lib[1];
  const app = /^apps\/([^/]+)\//.exec(path);
  if (app) return `app:${app[1]}`;
  return path.split('/')[0];
}

const aliases: Record<string, string> = (() => {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(compilerOptions.paths as Record<string, string[]>).map(([alias, [target]]) => [alias, target.replace(/^\.\//, '')]),
  );
})();

function resolveFile(base: string): string | undefined {
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    const full = join(ROOT, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

export function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolveFile(relative(ROOT, resolve(ROOT, dirname(from), specifier)).replace(/\.js$/, ''));
  for (const [alias, target] of Object.entries(aliases)) {
    if (specifier === alias) return resolveFile(target);
    if (specifier.startsWith(`${alias}/`)) return resolveFile(join(target, specifier.slice(alias.length + 1)));
  }
  return undefined;
}

/** An enum value, a type, or a decorator's argument (`@Controller('forums')`): a name, never SQL. */
function isNotSql(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isEnumMember(parent) || ts.isLiteralTypeNode(parent)) return true;
  return ts.isCallExpression(parent) && ts.isDecorator(parent.parent);
}

/** A string or template literal's text (a template's substitutions as `${…}`), else undefined. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => `\${…}${span.literal.text}`)].join('');
  return undefined;
}

function parse(path: string): SourceFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const file: SourceFile = { path, owner: ownerOf(path), imports: [], entities: [], strings: [], exportStars: [], sqlQueries: [], clockReads: [], sqlClockReads: [] };
  // SQL kept in a constant (`const UPSERT = \`…\``) and the `.query(NAME)` calls that pass one, matched after the walk.
  const constants = new Map<string, string>();
  const namedQueries: { name: string; line: number }[] = [];

  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const names: string[] = [];
      const valueNames: string[] = [];
      let typeOnly = false;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        typeOnly = !!clause?.isTypeOnly;
        if (!clause) names.push('*');
        else {
          if (clause.name) names.push('default');
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
          if (bindings && ts.isNamedImports(bindings)) {
            for (const el of bindings.elements) {
              names.push((el.propertyName ?? el.name).text);
              if (!typeOnly && !el.isTypeOnly) valueNames.push((el.propertyName ?? el.name).text);
            }
            if (bindings.elements.length > 0 && bindings.elements.every((el) => el.isTypeOnly) && !clause.name) typeOnly = true;
          }
          if (!typeOnly && clause.name) valueNames.push('default');
        }
      } else {
        typeOnly = node.isTypeOnly;
        if (node.exportClause && ts.isNamedExports(node.exportClause)) {
          for (const el of node.exportClause.elements) {
            names.push((el.propertyName ?? el.name).text);
            if (!typeOnly && !el.isTypeOnly) valueNames.push((el.propertyName ?? el.name).text);
          }
        } else {
          names.push('*');
          file.exportStars.push(node.moduleSpecifier.text);
        }
      }
      const specifier = node.moduleSpecifier.text;
      file.imports.push({ specifier, target: resolveSpecifier(path, specifier), names, valueNames, typeOnly, line: lineOf(node) });
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) file.imports.push({ specifier: arg.text, target: resolveSpecifier(path, arg.text), names: ['*'], valueNames: ['*'], typeOnly: false, line: lineOf(node) });
    }
    if (ts.isClassDeclaration(node) && node.name) {
      for (const decorator of ts.getDecorators(node) ?? []) {
        const call = decorator.expression;
        if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'Entity') {
          const [arg] = call.arguments;
          const table = arg && ts.isStringLiteral(arg) ? arg.text : node.name.text;
          file.entities.push({ className: node.name.text, table });
        }
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const text = literalText(node.initializer);
      if (text !== undefined) constants.set(node.name.text, text);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'query' && node.arguments.length > 0) {
      const [sql] = node.arguments;
      const text = literalText(sql);
      if (text !== undefined) file.sqlQueries.push({ text, line: lineOf(node) });
      else if (ts.isIdentifier(sql)) namedQueries.push({ name: sql.text, line: lineOf(node) });
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) file.strings.push({ text: node.text, line: lineOf(node), notSql: isNotSql(node) });
    if (ts.isTemplateExpression(node)) {
      file.strings.push({ text: literalText(node)!, line: lineOf(node) });
      return; // the spans' own literals are part of this string
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  findClockReads(source, file, lineOf);
  for (const { name, line } of namedQueries) {
    const text = constants.get(name);
    if (text !== undefined) file.sqlQueries.push({ text, line });
  }
  return file;
}

/** The named function a node is in; outside any function, the variable or class field it initialises. */
function enclosingName(node: ts.Node): string {
  let holder: string | undefined;
  for (let at = node.parent; at && !ts.isSourceFile(at); at = at.parent) {
    if (ts.isConstructorDeclaration(at)) return 'constructor';
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at) || ts.isAccessor(at)) && at.name) return at.name.getText();
    // An arrow or function expression takes the name it is assigned to (`const f = () => …`).
    if ((ts.isArrowFunction(at) || ts.isFunctionExpression(at)) && (ts.isVariableDeclaration(at.parent) || ts.isPropertyDeclaration(at.parent))) return at.parent.name.getText();
    if (ts.isVariableDeclaration(at) || ts.isPropertyDeclaration(at)) holder ??= at.name.getText();
  }
  return holder ?? '(top level)';
}

const SQL_CLOCK = /\b(now\(\)|current_timestamp|current_date|current_time|localtimestamp|localtime|clock_timestamp\(\)|statement_timestamp\(\)|transaction_timestamp\(\))/gi;

/**
 * Every place the file reads a clock other than the injected `Clock`: in code, and SQL
 * function names in string and template literals (templates' substitutions included). A walk
 * of its own, so nothing the import and string walk skips is missed.
 */
function findClockReads(source: ts.SourceFile, file: SourceFile, lineOf: (node: ts.Node) => number): void {
  const read = (node: ts.Node, expression: string) => file.clockReads.push({ expression, line: lineOf(node), within: enclosingName(node) });
  const isDate = (node: ts.Node) => ts.isIdentifier(node) && node.text === 'Date';
  const walk = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && isDate(node.expression) && !node.arguments?.length) read(node, 'new Date()');
    if (ts.isCallExpression(node) && isDate(node.expression)) read(node, 'Date()');
    if (ts.isPropertyAccessExpression(node) && isDate(node.expression) && node.name.text === 'now') read(node, 'Date.now()');
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)) {
      const { expression: owner, name } = node.expression;
      if (owner.text === 'DateTime' && ['now', 'local', 'utc'].includes(name.text) && node.arguments.length === 0) read(node, `DateTime.${name.text}()`);
    }
    // A template's parts one by one, each at its own line, each knowing the whole template.
    const part = ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) ? node : undefined;
    for (const match of part?.text.matchAll(SQL_CLOCK) ?? []) {
      const literal = ts.isTemplateHead(node) ? node.parent : ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent : node;
      let inDecorator = false;
      for (let at = node.parent; at && !inDecorator; at = at.parent) inDecorator = ts.isDecorator(at);
      const before = part!.text.slice(0, match.index);
      file.sqlClockReads.push({
        expression: match[0],
        line: lineOf(node) + before.split('\n').length - 1,
        within: enclosingName(node),
        literal: literalText(literal) ?? part!.text,
        before,
        inDecorator,
      });
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
}

export interface SourceGraph {
  files: Map<string, SourceFile>;
  /** Entity class name → the lib that declares it. */
  entityOwner: Map<string, string>;
  /** Table → the lib that owns it. */
  tableOwner: Map<string, string>;
}

let cached: SourceGraph | undefined;

export function loadSourceGraph(): SourceGraph {
  if (cached) return cached;
  const paths: string[] = [];
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir), paths);
  const files = new Map<string, SourceFile>();
  for (const full of paths) {
    const path = relative(ROOT, full);
    files.set(path, parse(path));
  }
  const entityOwner = new Map<string, string>();
  const tableOwner = new Map<string, string>(Object.entries(TABLES_WITHOUT_ENTITY));
  for (const file of files.values()) {
    for (const { className, table } of file.entities) {
      entityOwner.set(className, file.owner);
      tableOwner.set(table, file.owner);
    }
  }
  cached = { files, entityOwner, tableOwner };
  return cached;
}

/** Tables the migrations create. */
export function migratedTables(): string[] {
  const dir = join(ROOT, 'libs/database/src/migrations');
  const tables = new Set<string>();
  for (const entry of readdirSync(dir)) {
    for (const match of readFileSync(join(dir, entry), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) tables.add(match[1]);
  }
  return [...tables].sort();
}
