import { FragmentDefinitionNode, Kind, OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { queryCost } from './query-cost';

const schema = buildSchema(`
  type Query { forums(first: Int = 20, after: String): ForumConnection!  textAnswers(first: Int = 100): [Answer!]!  me: Staff! }
  type ForumConnection { edges: [ForumEdge!]! totalCount: Int! }
  type ForumEdge { cursor: String! node: Forum! }
  type Forum { id: ID! topics: [String!]! hosts: [Staff!]! occurrences(first: Int = 20): ForumConnection! }
  type Staff { id: ID! name: String! }
  type Answer { text: String! }
`);

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return queryCost(schema, operation, fragments, variables, 10);
}

describe('queryCost', () => {
  it('counts each field once, and a connection page times what each edge selects', () => {
    expect(cost(`{ me { id name } }`)).toBe(3);
    // forums 1 + totalCount 1 + edges (1 + 20 × (node 1 + id 1))
    expect(cost(`{ forums(first: 20) { totalCount edges { node { id } } } }`)).toBe(43);
  });

  it('takes the page size from a variable, or the argument default, never below 1', () => {
    expect(cost(`query($n: Int) { forums(first: $n) { edges { node { id } } } }`, { n: 20 })).toBe(42);
    expect(cost(`{ forums { edges { node { id } } } }`)).toBe(42);
    expect(cost(`{ forums(first: -1000) { edges { node { id } } } }`)).toBe(4);
  });

  it('counts unpaged lists of objects at the default size, a list taking `first` at that size, scalar lists once', () => {
    expect(cost(`{ forums(first: 1) { edges { node { topics hosts { name } } } } }`)).toBe(1 + 1 + (1 + 1 + (1 + 10 * 1)));
    expect(cost(`{ textAnswers(first: 30) { text } }`)).toBe(31);
  });

  it('multiplies nested pages, through fragments too', () => {
    const nested = `{ forums(first: 100) { edges { node { ...F } } } } fragment F on Forum { occurrences(first: 100) { edges { node { id } } } }`;
    // inner: occurrences 1 + edges (1 + 100 × 2) = 202; outer: 1 + (1 + 100 × (node 1 + 202))
    expect(cost(nested)).toBe(1 + 1 + 100 * (1 + 202));
  });

  it('charges nothing for introspection', () => {
    expect(cost(`{ __schema { types { name fields { name } } } }`)).toBe(0);
  });
});
