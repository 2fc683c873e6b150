import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Fieldset, Label, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { common } from '../../components/common.messages';
import { FilterActions, ListResults } from '../../components/ListResults';
import { PageHeading } from '../../components/PageHeading';
import { useUrlFilters } from '../../components/useUrlFilters';
import { featureMessage } from './venue-features';
import { VenuesListQuery } from './venues.graphql';
import { venuesMessages as m } from './venues.messages';
import { useCanWrite } from '../../app/AgencyContext';

const FILTER_KEYS = ['q', 'archived'] as const;
const PAGE_SIZE = 25;

export default function VenuesListPage() {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const saved = (useLocation().state as { savedVenue?: string } | null)?.savedVenue;
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [text, setText] = useState(filters.q);
  const [showArchived, setShowArchived] = useState(filters.archived === '1');
  const { data, error, loading } = useQuery(VenuesListQuery, {
    variables: { filter: { text: filters.q || undefined, includeArchived: filters.archived === '1' }, after, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ q: text.trim(), archived: showArchived ? '1' : '' });
  }

  function clear() {
    setText('');
    setShowArchived(false);
    setFilters({ q: '', archived: '' });
  }

  const title = intl.formatMessage(m.listTitle);
  const venues = data?.venues.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {saved && (
        <div role="status">
          <Alert type="success" slim>
            {intl.formatMessage(m.saved, { name: saved })}
          </Alert>
        </div>
      )}
      {canWrite && (
        <p>
          <Link className="usa-button" to="/venues/new">
            {intl.formatMessage(m.addVenue)}
          </Link>
        </p>
      )}
      <form onSubmit={apply} className="usa-form maxw-none margin-bottom-3">
        <Fieldset legend={intl.formatMessage(m.filtersLegend)}>
          <div className="grid-row grid-gap flex-align-end">
            <div className="tablet:grid-col-6">
              <Label htmlFor="venues-q">{intl.formatMessage(m.searchLabel)}</Label>
              <TextInput id="venues-q" name="q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
            <div className="tablet:grid-col-6">
              <Checkbox id="venues-archived" name="archived" label={intl.formatMessage(m.showArchived)} checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            </div>
          </div>
          <FilterActions onClear={clear} />
        </Fieldset>
      </form>
      <ListResults connection={data?.venues} loading={loading} error={error} empty={intl.formatMessage(m.noneFound)} after={after} onPage={setAfter}>
        <Table fullWidth caption={intl.formatMessage(m.tableCaption)} stackedStyle="headers">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.colName)}</th>
              <th scope="col">{intl.formatMessage(m.colAddress)}</th>
              <th scope="col">{intl.formatMessage(m.colCapacity)}</th>
              <th scope="col">{intl.formatMessage(m.colAccessibility)}</th>
              <th scope="col">{intl.formatMessage(m.colState)}</th>
            </tr>
          </thead>
          <tbody>
            {venues.map((venue) => (
              <tr key={venue.id}>
                <th scope="row" data-label={intl.formatMessage(m.colName)}>
                  {canWrite ? <Link to={`/venues/${venue.id}/edit`}>{venue.name}</Link> : venue.name}
                </th>
                <td data-label={intl.formatMessage(m.colAddress)}>{venue.address}</td>
                <td data-label={intl.formatMessage(m.colCapacity)}>{venue.capacity ?? intl.formatMessage(m.capacityUnknown)}</td>
                <td data-label={intl.formatMessage(m.colAccessibility)}>
                  {venue.accessibilityFeatures.length === 0 ? (
                    intl.formatMessage(common.none)
                  ) : (
                    <ul className="usa-list usa-list--unstyled">
                      {venue.accessibilityFeatures.map((feature) => (
                        <li key={feature} className="display-inline-block margin-right-05 margin-bottom-05">
                          <Tag className="bg-primary-darker">{intl.formatMessage(featureMessage(feature))}</Tag>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={intl.formatMessage(m.colState)}>
                  {venue.archivedAt ? <Tag className="bg-base-dark">{intl.formatMessage(m.archived)}</Tag> : intl.formatMessage(m.active)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ListResults>
    </>
  );
}
