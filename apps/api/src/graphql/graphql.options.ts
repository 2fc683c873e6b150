import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@app/config';
import type { AuthService } from '@app/auth';
import { formatError } from './format-error';
import { queryCostPlugin } from './query-cost';
import { RequestLoaders } from './request-loaders';
import { introspectionGate } from './introspection-gate';
import type { GraphQLContext } from './graphql-context';

// Declared in its own file so the introspection gate can name it without importing these options back.
export type { GraphQLContext } from './graphql-context';

/** Apollo over Express: code-first schema, armour against abusive queries, one error mapping. */
export function graphqlOptions(config: AppConfig, auth?: AuthService): Omit<ApolloDriverConfig, 'driver'> {
  // Only the context is read without one (tests that run operations in-process).
  if (config.NODE_ENV === 'production' && !auth) throw new Error('In production the GraphQL options need the AuthService (introspection is for signed-in accounts)');
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    // Replaced by queryCostPlugin: armor's rule ignores page sizes given as variables and
    // compounds a factor per level, so a dashboard's few pages went over while `first: $n` was free.
    costLimit: { enabled: false },
    maxAliases: { n: 15 },
    // Counted by TokenLimitMiddleware instead (see there).
    maxTokens: { enabled: false },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Nest would run a full introspection query against the schema it just built, at every start
    // (about a third of building it; 170 ms a boot in the tests, which boot the API ~150 times).
    // The first operation validates the schema anyway, and test/schema.e2e-spec.ts prints it.
    buildSchemaOptions: { skipCheck: true },
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against the ESM build of @apollo/server; the runtime objects are the same.
    plugins: [
      ...protection.plugins,
      queryCostPlugin({ maxCost: 5_000, defaultListSize: 1 }),
      ...(config.NODE_ENV === 'production' && auth ? [introspectionGate(auth)] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    formatError,
    context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({ req, res, loaders: new RequestLoaders() }),
  };
}
