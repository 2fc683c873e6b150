import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, parse } from 'graphql';

const root = join(__dirname, '..');
const consoleSrc = join(root, 'apps', 'console', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every root field (`Query.x`, `Mutation.y`) that a console document asks for. */
function fieldsTheConsoleUses(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(consoleSrc)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const definition of parse(match[1]).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const type = definition.operation === 'mutation' ? 'Mutation' : definition.operation === 'query' ? 'Query' : 'Subscription';
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) used.add(`${type}.${selection.name.value}`);
        }
      }
    }
  }
  return used;
}

/** The README's list of root fields left out of the console on purpose: "- `Mutation.login` — why". */
function leftOutOnPurpose(): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^#+ Left out of the console on purpose\s*$/m)[1]?.split(/^#/m)[0] ?? '';
  return new Map([...section.matchAll(/^- `((?:Query|Mutation)\.\w+)` — (.+)$/gm)].map((m) => [m[1], m[2]]));
}

describe('The console covers the API', () => {
  const schema = buildSchema(readFileSync(join(root, 'schema.gql'), 'utf8'));
  const rootFields = ['Query', 'Mutation'].flatMap((type) => Object.keys(schema.getType(type) && 'getFields' in schema.getType(type)! ? (schema.getType(type) as { getFields(): object }).getFields() : {}).map((f) => `${type}.${f}`));

  it('reaches every query and mutation from a screen, but for those the README leaves out and says why', () => {
    const used = fieldsTheConsoleUses();
    const leftOut = leftOutOnPurpose();
    expect(rootFields.filter((field) => !used.has(field) && !leftOut.has(field))).toEqual([]);
  });

  it('lists nothing as left out that a screen uses or the schema no longer has', () => {
    const used = fieldsTheConsoleUses();
    expect([...leftOutOnPurpose().keys()].filter((field) => used.has(field) || !rootFields.includes(field))).toEqual([]);
  });
});
