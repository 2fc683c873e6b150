import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { IntlProvider } from 'react-intl';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../components/Loading';
import { createClient } from '../graphql/client';
import { SessionProvider } from '../session/SessionProvider';
import { routes } from './routes';

/** English is the source catalog (each message's defaultMessage); other languages add catalogs. */
const LOCALE = 'en';

export function App() {
  const client = useMemo(() => createClient(), []);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <IntlProvider locale={LOCALE} defaultLocale="en" messages={{}}>
      <ApolloProvider client={client}>
        <SessionProvider>
          <Suspense fallback={<Loading />}>
            <RouterProvider router={router} />
          </Suspense>
        </SessionProvider>
      </ApolloProvider>
    </IntlProvider>
  );
}
