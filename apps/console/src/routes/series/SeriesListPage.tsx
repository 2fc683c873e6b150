import { useQuery } from '@apollo/client/react';
import { Button, Form, Select, Table, Tag } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { common } from '../../components/common.messages';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { ForumSeriesStatus } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { SeriesField } from './SeriesField';
import { SeriesListQuery } from './series.graphql';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';
import { useCanWrite } from '../../app/AgencyContext';

const FILTERS = ['status'] as const;
const STATUSES: ForumSeriesStatus[] = ['ACTIVE', 'ENDED'];

export default function SeriesListPage() {
  const intl = useIntl();
  const words = useSeriesWords();
  const canWrite = useCanWrite();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTERS);
  const status = STATUSES.includes(filters.status as ForumSeriesStatus) ? (filters.status as ForumSeriesStatus) : undefined;
  const [draftStatus, setDraftStatus] = useState(status ?? '');
  const { data, error, loading } = useQuery(SeriesListQuery, { variables: { first: 25, after, filter: status ? { status } : undefined } });
  const title = intl.formatMessage(m.listTitle);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters({ status: draftStatus });
  }

  const list = data?.forumSeriesList;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.listIntro)}</p>
      {canWrite && (
        <p>
          <Link className="usa-button" to="/series/new">
            {intl.formatMessage(m.newSeries)}
          </Link>
        </p>
      )}
      <Form onSubmit={apply} className="maxw-full" aria-label={intl.formatMessage(m.filters)}>
        <div className="display-flex flex-wrap flex-align-end">
          <div className="margin-right-2">
            <SeriesField id="series-filter-status" label={intl.formatMessage(m.filterStatus)}>
              {(props) => (
                <Select {...props} name="status" value={draftStatus} onChange={(e) => setDraftStatus(e.target.value)}>
                  <option value="">{intl.formatMessage(common.any)}</option>
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {intl.formatMessage(m[`status${s}`])}
                    </option>
                  ))}
                </Select>
              )}
            </SeriesField>
          </div>
          <Button type="submit">{intl.formatMessage(common.applyFilters)}</Button>
        </div>
      </Form>
      <ProblemAlert problem={describeProblem(error)} />
      {loading && !data && <Loading />}
      {list && (
        <>
          {list.edges.length === 0 ? (
            <p>{intl.formatMessage(m.empty)}</p>
          ) : (
            <Table bordered fullWidth>
              <caption className="usa-sr-only">{intl.formatMessage(m.listCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.colTitle)}</th>
                  <th scope="col">{intl.formatMessage(m.colPattern)}</th>
                  <th scope="col">{intl.formatMessage(m.colStarts)}</th>
                  <th scope="col">{intl.formatMessage(m.colStatus)}</th>
                </tr>
              </thead>
              <tbody>
                {list.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/series/${node.id}`}>{node.template.title}</Link>
                    </th>
                    <td>
                      {words.pattern(node.recurrenceRule, node.startTime, node.startDate)}
                      <br />
                      <span className="text-base">{intl.formatMessage(common.timeZoneNote, { zone: node.timeZone })}</span>
                    </td>
                    <td>{words.day(node.startDate)}</td>
                    <td>
                      <Tag>{intl.formatMessage(m[`status${node.status}`])}</Tag>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <CursorPager pageInfo={list.pageInfo} after={after} onPage={setAfter} total={list.totalCount} />
        </>
      )}
    </>
  );
}
