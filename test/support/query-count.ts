import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver } from '@nestjs/apollo';
import { QueryCounter } from '@app/database';
import { TestApp } from '@app/testing';
import { graphqlOptions } from '../../apps/api/src/graphql/graphql.options';

/**
 * Runs an operation in-process through Apollo with the context built exactly as for
 * HTTP requests, so the SQL it causes can be counted (the counter follows async
 * context, which an HTTP round trip from the test would not carry).
 */
export async function countQueries(t: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const apollo = (t.app.get(GraphQLModule).graphQlAdapter as ApolloDriver).instance;
  const context = graphqlOptions(t.config).context as (args: { req: unknown; res: unknown }) => object;
  const { result, queries } = await QueryCounter.measure(() =>
    apollo.executeOperation({ query, variables }, { contextValue: context({ req: { headers: { authorization: `Bearer ${token}` } }, res: {} }) as never }),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body = result.body as { kind: string; singleResult: { data?: Record<string, any>; errors?: unknown[] } };
  if (body.singleResult.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.singleResult.errors)}`);
  return { data: body.singleResult.data!, queries };
}
