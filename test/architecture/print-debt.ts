// Prints today's offenders in boundary-debt.json's shape:
//   node_modules/.bin/jiti test/architecture/print-debt.ts > test/architecture/boundary-debt.json
import { loadSourceGraph, migratedTables } from './source-graph';
import * as rules from './boundary-rules';

const graph = loadSourceGraph();
const debt: Record<string, string[]> = {};
for (const [name, rule] of Object.entries(rules)) {
  const offenders = rule(graph, migratedTables()).sort();
  if (offenders.length > 0) debt[name] = offenders;
}
console.log(JSON.stringify(debt, null, 1));
