import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useAgencyZone } from '../../../app/AgencyContext';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ForumsCalendarQuery as Data } from '../../../graphql/generated/graphql';
import { describeProblem } from '../../../graphql/problem';
import { forumLabels } from '../forum-labels.messages';
import { localDate, startOfLocalDate } from '../forum-time';
import { ForumsCalendarQuery } from './forums-calendar.graphql';
import { forumsCalendarMessages as m } from './forums-calendar.messages';

type CalendarForum = Data['forums']['edges'][number]['node'];

/** YYYY-MM shifted by some months. */
function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year, mon - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month's weeks, Sunday first: each a row of 7 dates (YYYY-MM-DD) or null outside the month. */
function weeksOf(month: string): (string | null)[][] {
  const [year, mon] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, mon - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(first).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export default function ForumsCalendarPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const [params] = useSearchParams();
  const today = localDate(new Date(), zone);
  const asked = params.get('month') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : today.slice(0, 7);
  const filter = useMemo(() => ({ from: startOfLocalDate(`${month}-01`, zone), to: startOfLocalDate(`${shiftMonth(month, 1)}-01`, zone) }), [month, zone]);
  const { data, previousData, error, loading } = useQuery(ForumsCalendarQuery, { variables: { filter } });
  const shown = data ?? previousData;

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarForum[]>();
    for (const { node } of data?.forums.edges ?? []) {
      const day = localDate(node.startsAt, zone);
      map.set(day, [...(map.get(day) ?? []), node]);
    }
    return map;
  }, [data, zone]);

  const [year, mon] = month.split('-').map(Number);
  const monthName = intl.formatDate(new Date(Date.UTC(year, mon - 1, 15)), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekdays = Array.from({ length: 7 }, (_, i) => intl.formatDate(new Date(Date.UTC(2023, 0, 1 + i, 12)), { weekday: 'long', timeZone: 'UTC' }));
  const title = intl.formatMessage(m.title);

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/forums">{intl.formatMessage(m.listView)}</Link>
      </p>
      <nav aria-label={intl.formatMessage(m.monthNav)} className="display-flex flex-align-center flex-wrap margin-y-2">
        <Link className="usa-button usa-button--outline" to={`/forums/calendar?month=${shiftMonth(month, -1)}`}>
          {intl.formatMessage(m.previous)}
        </Link>
        <Link className="usa-button usa-button--outline" to={`/forums/calendar?month=${today.slice(0, 7)}`}>
          {intl.formatMessage(m.thisMonth)}
        </Link>
        <Link className="usa-button usa-button--outline" to={`/forums/calendar?month=${shiftMonth(month, 1)}`}>
          {intl.formatMessage(m.next)}
        </Link>
      </nav>
      <ProblemAlert problem={describeProblem(error)} />
      {!shown && loading && <Loading />}
      <p role="status">{data && intl.formatMessage(m.count, { count: data.forums.totalCount, month: monthName })}</p>
      {data?.forums.pageInfo.hasNextPage && (
        <p>
          <Link to={`/forums?from=${month}-01`}>{intl.formatMessage(m.more)}</Link>
        </p>
      )}
      <div className="console-table-wrap">
        <table className="usa-table usa-table--borderless console-calendar">
          <caption>{intl.formatMessage(m.caption, { month: monthName, zone })}</caption>
          <thead>
            <tr>
              {weekdays.map((w) => (
                <th key={w} scope="col">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(month).map((week, i) => (
              <tr key={i}>
                {week.map((day, j) =>
                  day ? (
                    <td key={day} aria-current={day === today ? 'date' : undefined} className={day === today ? 'console-calendar__today' : undefined}>
                      <div className="text-bold">{Number(day.slice(8))}</div>
                      {byDay.get(day)?.length ? (
                        <ul className="usa-list usa-list--unstyled">
                          {byDay.get(day)!.map((forum) => (
                            <li key={forum.id} className="margin-bottom-1">
                              <Link to={`/forums/${forum.id}`}>
                                {intl.formatMessage(m.forumAt, { time: intl.formatTime(new Date(forum.startsAt), { timeZone: zone }), title: forum.title })}
                              </Link>
                              {forum.status !== 'PUBLISHED' && <span> {intl.formatMessage(m.statusNote, { status: intl.formatMessage(forumLabels[forum.status]) })}</span>}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ) : (
                    <td key={`empty-${j}`} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
