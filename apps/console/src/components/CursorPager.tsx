import { Button } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { common } from './common.messages';

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Next/first page over the API's forward cursors. The cursor is kept in the URL
 * (`after`), so the browser's Back button returns to the previous page.
 */
export function CursorPager({ pageInfo, after, onPage, total }: { pageInfo: PageInfo; after?: string; onPage: (cursor: string | null) => void; total: number }) {
  const intl = useIntl();
  if (!after && !pageInfo.hasNextPage) return null;
  return (
    <nav aria-label={intl.formatMessage(common.pagination)} className="margin-y-2 display-flex flex-align-center">
      <span className="margin-right-2">{intl.formatMessage(common.resultCount, { count: total })}</span>
      {after && (
        <Button type="button" outline onClick={() => onPage(null)}>
          {intl.formatMessage(common.firstPage)}
        </Button>
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor && (
        <Button type="button" onClick={() => onPage(pageInfo.endCursor ?? null)}>
          {intl.formatMessage(common.nextPage)}
        </Button>
      )}
    </nav>
  );
}
