import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { languageHeaders } from '../i18n/shown-language';
import { accessToken, sessionRejected } from '../session/session';

function rejectedSession(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/** When the server no longer accepts the access token, renew it once and retry; else the session has expired. */
const renewOnRejection = new ErrorLink(({ error, operation, forward }) => {
  if (!rejectedSession(error) || operation.getContext().retriedAfterRenewal) return;
  operation.setContext({ retriedAfterRenewal: true });
  return from(sessionRejected()).pipe(mergeMap((renewed) => (renewed ? forward(operation) : throwError(() => error))));
});

const withToken = new SetContextLink((prevContext) => {
  const token = accessToken();
  return { headers: { ...prevContext.headers, ...languageHeaders(), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: renewOnRejection.concat(withToken).concat(new HttpLink({ uri: '/graphql', credentials: 'omit' })),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
