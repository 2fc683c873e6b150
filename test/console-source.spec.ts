import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');
const consoleSrc = join(root, 'apps', 'console', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

/** Attributes a person reads or hears: their values must come from a catalog too. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'legend', 'hint', 'heading', 'aria-description']);

/** Every user-facing string that is written straight into a component rather than taken from a message catalog. */
function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null;
      if (literal && /\p{L}/u.test(literal.text)) found.push(`${where(node)} ${node.name.getText()}="${literal.text}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && ts.isJsxElement(node.parent) && /\p{L}/u.test(node.expression.text)) {
      found.push(`${where(node)} text {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('The console source', () => {
  it('has no user-facing text outside its message catalogs', () => {
    const files = sourceFiles(consoleSrc);
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap(hardCodedText)).toEqual([]);
  });

  it('finds hard-coded text when there is some (the check above is not blind)', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'console-text-')), 'probe.tsx');
    writeFileSync(probe, 'export const A = () => <p aria-label="Close">Hello {"there"}</p>;');
    expect(hardCodedText(probe)).toHaveLength(3);
  });

  it('has generated GraphQL types that match the committed schema.gql and its documents', () => {
    // --check exits non-zero when a run would change a generated file: run `npm run codegen`.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'apps/console/codegen.yml', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
