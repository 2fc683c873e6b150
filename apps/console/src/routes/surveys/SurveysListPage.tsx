import { useQuery } from '@apollo/client/react';
import { Fieldset, Label, Select, Table, Tag } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAgencyZone } from '../../app/AgencyContext';
import { FilterActions, ListResults } from '../../components/ListResults';
import { PageHeading } from '../../components/PageHeading';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { SurveyStatus } from '../../graphql/generated/graphql';
import { pick, rate, useCanWrite, when } from './survey-words';
import { SurveysListQuery } from './surveys.graphql';
import { sv } from './surveys.messages';

const STATUSES: SurveyStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED'];
const FILTER_KEYS = ['status'] as const;

export function StatusTag({ status }: { status: SurveyStatus }) {
  const intl = useIntl();
  const colour = status === 'PUBLISHED' ? 'bg-green' : status === 'DRAFT' ? 'bg-base-dark' : 'bg-secondary-dark';
  return <Tag className={colour}>{intl.formatMessage(sv[`status_${status}`])}</Tag>;
}

export default function SurveysListPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const canWrite = useCanWrite();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [status, setStatus] = useState(filters.status);
  const { data, error, loading } = useQuery(SurveysListQuery, {
    variables: { filter: filters.status ? { status: filters.status as SurveyStatus } : undefined, first: 25, after },
    fetchPolicy: 'cache-and-network',
  });
  const title = intl.formatMessage(sv.listTitle);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ status });
  }

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {canWrite && (
        <p>
          <Link className="usa-button" to="/surveys/new">
            {intl.formatMessage(sv.newSurvey)}
          </Link>
        </p>
      )}
      <form onSubmit={apply} className="usa-form maxw-none margin-bottom-3">
        <Fieldset legend={intl.formatMessage(sv.filtersLegend)}>
          <Label htmlFor="surveys-status">{intl.formatMessage(sv.statusFilter)}</Label>
          <Select id="surveys-status" name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">-</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage(sv[`status_${s}`])}
              </option>
            ))}
          </Select>
          <FilterActions
            onClear={() => {
              setStatus('');
              setFilters({ status: '' });
            }}
          />
        </Fieldset>
      </form>
      <ListResults connection={data?.surveys} loading={loading} error={error} empty={intl.formatMessage(sv.noneFound)} after={after} onPage={setAfter}>
        <Table fullWidth caption={intl.formatMessage(sv.tableCaption)} stackedStyle="headers">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(sv.colTitle)}</th>
              <th scope="col">{intl.formatMessage(sv.colStatus)}</th>
              <th scope="col">{intl.formatMessage(sv.colOpens)}</th>
              <th scope="col">{intl.formatMessage(sv.colCloses)}</th>
              <th scope="col">{intl.formatMessage(sv.colResponses)}</th>
              <th scope="col">{intl.formatMessage(sv.colRate)}</th>
            </tr>
          </thead>
          <tbody>
            {data?.surveys.edges.map(({ node: s }) => (
              <tr key={s.id}>
                <th scope="row" data-label={intl.formatMessage(sv.colTitle)}>
                  <Link to={`/surveys/${s.id}`}>{pick(intl, s.title)}</Link> <span className="text-base">({intl.formatMessage(sv.version, { n: s.version })})</span>
                </th>
                <td data-label={intl.formatMessage(sv.colStatus)}>
                  <StatusTag status={s.status} />
                </td>
                <td data-label={intl.formatMessage(sv.colOpens)}>{s.opensAt || s.publishedAt ? when(intl, (s.opensAt ?? s.publishedAt)!, zone) : intl.formatMessage(sv.whenPublished)}</td>
                <td data-label={intl.formatMessage(sv.colCloses)}>{s.closesAt ? when(intl, s.closesAt, zone) : intl.formatMessage(sv.noClose)}</td>
                <td data-label={intl.formatMessage(sv.colResponses)}>{s.responseSummary.responseCount}</td>
                <td data-label={intl.formatMessage(sv.colRate)}>{rate(intl, s.responseSummary.responseRate, s.responseSummary.invitationsSent)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ListResults>
    </>
  );
}
