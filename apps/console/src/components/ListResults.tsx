import { Button } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { describeProblem } from '../graphql/problem';
import { common } from './common.messages';
import { CursorPager } from './CursorPager';
import { Loading } from './Loading';
import { ProblemAlert } from './ProblemAlert';

/** A filter form's Apply (submit) and Clear buttons. */
export function FilterActions({ onClear }: { onClear: () => void }) {
  const intl = useIntl();
  return (
    <div className="margin-top-2">
      <Button type="submit">{intl.formatMessage(common.applyFilters)}</Button>
      <Button type="button" outline onClick={onClear}>
        {intl.formatMessage(common.clearFilters)}
      </Button>
    </div>
  );
}

interface Connection {
  totalCount: number;
  edges: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * What a paginated list shows under its filters: the problem if the query failed, loading,
 * the count (announced as a status), a plain sentence when nothing matches, else the
 * rows, and the pager over the API's cursors.
 */
export function ListResults({ connection, loading, error, empty, after, onPage, children }: {
  connection: Connection | undefined;
  loading: boolean;
  error: unknown;
  empty: string;
  after?: string;
  onPage: (cursor: string | null) => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  return (
    <>
      <ProblemAlert problem={describeProblem(error)} />
      {!connection && loading && <Loading />}
      {connection && (
        <>
          <p role="status">{intl.formatMessage(common.resultCount, { count: connection.totalCount })}</p>
          {connection.edges.length === 0 ? <p>{empty}</p> : children}
          <CursorPager pageInfo={connection.pageInfo} after={after} onPage={onPage} total={connection.totalCount} />
        </>
      )}
    </>
  );
}
