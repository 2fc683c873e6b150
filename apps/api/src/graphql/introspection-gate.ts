import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';
import type { AuthService } from '@app/auth';
import type { GraphQLContext } from './graphql-context';

/** True when an operation reads the schema itself (`__schema` or `__type`; `__typename` is ordinary). */
export function readsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * In production the schema is shown to signed-in accounts only (the console's explorer needs
 * it); anonymous callers get no map of the API. An Apollo plugin, so it sees the parsed
 * operation before anything runs.
 */
export function introspectionGate(auth: AuthService) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }: { document: DocumentNode; contextValue: GraphQLContext }) {
          if (!readsSchema(document)) return;
          await auth.authenticateHeader(contextValue.req.headers.authorization).catch(() => {
            throw new GraphQLError('Reading the schema needs a signed-in account', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          });
        },
      };
    },
  };
}
