import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../components/Loading';
import { createClient } from '../graphql/client';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { SessionProvider } from '../session/SessionProvider';
import { routes } from './routes';

export function App() {
  const client = useMemo(() => createClient(), []);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <LanguageProvider>
      <ApolloProvider client={client}>
        <SessionProvider>
          <Suspense fallback={<Loading />}>
            <RouterProvider router={router} />
          </Suspense>
        </SessionProvider>
      </ApolloProvider>
    </LanguageProvider>
  );
}
