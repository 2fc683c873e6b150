import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { sessionFetch } from '../../session/session-fetch';
import { explorerMessages as m } from './explorer.messages';

/** The bundled GraphiQL (no CDN): works on a police network without internet. */
export default function ExplorerPage() {
  const intl = useIntl();
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: sessionFetch as typeof fetch }), []);
  return (
    <div className="console-explorer">
      <div className="console-explorer__bar">
        <PageHeading title={intl.formatMessage(m.title)}>{intl.formatMessage(m.title)}</PageHeading>
        <span>{intl.formatMessage(m.intro)}</span>
        <Link to="/" className="usa-link">
          {intl.formatMessage(m.back)}
        </Link>
      </div>
      <main id="main-content" className="console-explorer__main">
        <GraphiQL fetcher={fetcher}>
          {/* No GraphiQL logo: the page has its own heading, and the logo's link to GitHub failed colour contrast. */}
          <GraphiQL.Logo>{null}</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
