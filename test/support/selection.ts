import { GraphQLObjectType, GraphQLSchema, getNamedType, isObjectType } from 'graphql';

/**
 * A selection of every field of a type that takes no arguments, objects followed `depth`
 * levels down: "everything a screen could ask for" without writing it out by hand.
 */
export function everyField(schema: GraphQLSchema, typeName: string, depth = 1): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return selectionOf(type, depth);
}

function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.length === 0);
  return fields
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return field.name;
      return depth > 0 ? `${field.name} { ${selectionOf(named, depth - 1)} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}
