import { Alert, AlertHeading } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Problem } from '../../graphql/problem';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';

/** A clash the server reported: the first date, what is in the way, and a link to it. */
export function SeriesConflict({ problem, children }: { problem: Problem; children?: ReactNode }) {
  const intl = useIntl();
  const words = useSeriesWords();
  const ext = problem.extensions as { occurrenceDate?: string; conflictingForumId?: string; conflictingForumTitle?: string; conflicts?: { message: string }[] };
  const code = String((ext as { field?: string }).field ?? '').includes('host') ? 'FORUM_HOST_CONFLICT' : 'FORUM_VENUE_CONFLICT';
  return (
    <Alert type="warning" role="alert">
      <AlertHeading level="h2">{intl.formatMessage(m.conflictTitle)}</AlertHeading>
      <p>
        {intl.formatMessage(m.conflictBody, {
          date: ext.occurrenceDate ? words.day(ext.occurrenceDate) : '',
          reason: words.reason({ code, conflictingForumTitle: ext.conflictingForumTitle }),
        })}
      </p>
      {ext.conflictingForumId && (
        <p>
          <Link to={`/forums/${ext.conflictingForumId}`}>{intl.formatMessage(m.conflictOpen, { title: ext.conflictingForumTitle ?? '' })}</Link>
        </p>
      )}
      {children}
    </Alert>
  );
}
