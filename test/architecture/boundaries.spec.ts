import { loadSourceGraph, migratedTables } from './source-graph';
import * as rules from './boundary-rules';

/**
 * The lib boundaries, checked on every run: each rule's offenders must be none; a failure
 * names the file and why (see boundary-rules.ts for the rules).
 */
describe('lib boundaries', () => {
  const graph = loadSourceGraph();
  const tables = migratedTables();

  it.each(Object.keys(rules) as (keyof typeof rules)[])('%s: no offender', (name) => {
    expect(rules[name](graph, tables).sort()).toEqual([]);
  });

  it('reads every lib and knows each entity and table', () => {
    expect(graph.entityOwner.get('Forum')).toBe('forums');
    expect(graph.tableOwner.get('contacts')).toBe('partners');
    expect(graph.tableOwner.get('survey_answers')).toBe('surveys');
    expect(tables.length).toBeGreaterThan(40);
  });
});
