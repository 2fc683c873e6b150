// The error messages' English templates, read from the source: the first argument of every
// errorText(...) and validationMessage(...) call under libs/ and apps/api/src. Each must be a
// string literal, so the catalogs can be checked against the code. `node scripts/error-templates.js`
// rewrites libs/i18n/src/catalogs/errors/en.json from them.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['libs', 'apps/api/src'];
const MARKERS = new Set(['errorText', 'validationMessage']);

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(spec|e2e-spec)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** { templates: Map<template, first place>, problems: string[] } for the whole source. */
function extractErrorTemplates(root = ROOT) {
  const templates = new Map();
  const problems = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const text = fs.readFileSync(file, 'utf8');
      if (!/\b(errorText|validationMessage)\(/.test(text)) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && MARKERS.has(node.expression.text) && node.arguments.length) {
          const arg = node.arguments[0];
          const where = `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
          if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
            if (!templates.has(arg.text)) templates.set(arg.text, where);
          } else if (!/libs\/common\/src\/errors\/error-text\.ts:/.test(where)) {
            problems.push(`${where}: ${node.expression.text}(...) takes a string literal, not ${arg.getText(source)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { templates, problems };
}

module.exports = { extractErrorTemplates };

if (require.main === module) {
  const { templates, problems } = extractErrorTemplates();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const keys = [...templates.keys()].sort();
  const catalog = { _meta: { language: 'en', status: 'reviewed', note: 'The English templates, written in the code; rewritten by scripts/error-templates.js.' } };
  for (const key of keys) catalog[key] = key;
  fs.writeFileSync(path.join(ROOT, 'libs/i18n/src/catalogs/errors/en.json'), `${JSON.stringify(catalog, null, 2)}\n`);
  console.log(`${keys.length} templates`);
}
