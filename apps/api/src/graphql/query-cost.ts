import type { ApolloServerPlugin } from '@apollo/server';
import {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
} from 'graphql';

export interface QueryCostOptions {
  maxCost: number;
  /**
   * What a list without a page size (a forum's hosts, a task force's problems) is taken to hold.
   * Its length is the data's, not the caller's choice, so the API counts it once: at 10, a
   * task force read with problems, objectives, indicators and measurements cost 37,000.
   */
  defaultListSize: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
}

/**
 * What an operation may cost to answer: every field selected costs 1, and a list costs its
 * size times what each item selects. A connection's size is its page (`first`, written in or
 * passed as a variable, else its default), applied to its `edges`; a list field taking
 * `first` itself is that long; any other list counts as `defaultListSize`. Nested pages
 * multiply, so a screen's few pages stay cheap while pages inside pages do not.
 */
export function queryCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, defaultListSize: number): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? selectionCost({ schema, fragments, variables, defaultListSize }, operation.selectionSet, root) : 0;
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize?: number): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, pageSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) cost += selectionCost(walk, selection.selectionSet, type, pageSize);
    } else {
      const fragment = walk.fragments[selection.name.value];
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (type) cost += selectionCost(walk, fragment.selectionSet, type, pageSize);
    }
  }
  return cost;
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLNamedType, pageSize?: number): number {
  // Introspection and __typename: the schema is public and small.
  if (node.name.value.startsWith('__')) return 0;
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!field || !node.selectionSet) return 1;
  const first = pageArgument(walk, field, node);
  const isList = isListType(getNullableType(field.type));
  const size = isList ? (first ?? pageSize ?? walk.defaultListSize) : 1;
  // A connection hands its page size to its edges; a list's items start afresh.
  return 1 + size * selectionCost(walk, node.selectionSet, getNamedType(field.type), isList ? undefined : first);
}

/** The field's `first` as it will run (written in, from a variable, or its default), at least 1. */
function pageArgument(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const definition = field.args.find((arg) => arg.name === 'first');
  if (!definition) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromAST(given.value, definition.type, walk.variables) : undefined;
  const first = typeof value === 'number' ? value : definition.defaultValue;
  // Never below 1: a negative page must not pay for the rest of the operation.
  return typeof first === 'number' ? Math.max(1, first) : undefined;
}

/**
 * Refuses an operation costing more than `maxCost` before anything runs (400, QUERY_TOO_COSTLY).
 * A plugin rather than a validation rule: validation cannot see variables, and a page size
 * passed as `$first` must count as much as one written in.
 */
export function queryCostPlugin(options: QueryCostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are reported by execution, which then runs nothing.
          if (coerced.errors) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = queryCost(schema, operation, fragments, coerced.coerced, options.defaultListSize);
          if (cost > options.maxCost) {
            throw new GraphQLError(`Query cost limit of ${options.maxCost} exceeded, found ${cost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: options.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
