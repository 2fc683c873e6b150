import { useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, Fieldset, Form, Grid, GridContainer, Label, Select, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useShell } from '../../app/AgencyContext';
import { common } from '../../components/common.messages';
import { CursorPager } from '../../components/CursorPager';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { OrganisationFilterInput, OrganisationStatus, OrganisationType } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { PartnersDirectoryQuery } from './partners.graphql';
import { partnersMessages as m } from './partners.messages';
import { ORGANISATION_TYPES, statusLabel, typeLabel } from './partners-ui';
import { downloadDirectoryCsv } from './export-csv';
import { useCanWrite } from '../../app/AgencyContext';

const FILTER_KEYS = ['text', 'type', 'focusArea', 'neighbourhood', 'status'] as const;
const PAGE_SIZE = 25;

export default function PartnersDirectoryPage() {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const { agency } = useShell();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [draft, setDraft] = useState(filters);
  const [exportState, setExportState] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });
  useEffect(() => setDraft(filters), [filters]);

  const filter: OrganisationFilterInput = {
    text: filters.text || undefined,
    type: (filters.type || undefined) as OrganisationType | undefined,
    focusArea: filters.focusArea || undefined,
    neighbourhood: filters.neighbourhood || undefined,
    status: (filters.status || undefined) as OrganisationStatus | undefined,
  };
  const { data, error, loading } = useQuery(PartnersDirectoryQuery, { variables: { filter, after, first: PAGE_SIZE } });
  const problem = describeProblem(error);
  const connection = data?.organisations;
  const filtering = Object.values(filters).some(Boolean);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  async function exportCsv() {
    setExportState({ busy: true });
    try {
      const fileName = await downloadDirectoryCsv(filters);
      setExportState({ busy: false, message: intl.formatMessage(m.exportReady, { fileName }) });
    } catch {
      setExportState({ busy: false, failed: true, message: intl.formatMessage(m.exportFailed) });
    }
  }

  const title = intl.formatMessage(m.directoryTitle);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.directoryIntro)}</p>
      <div className="partners-actions margin-bottom-2">
        {canWrite && (
          <>
            <Link className="usa-button" to="/partners/new">
              {intl.formatMessage(m.newOrganisation)}
            </Link>
            <Link className="usa-button usa-button--outline" to="/partners/import">
              {intl.formatMessage(m.importLink)}
            </Link>
          </>
        )}
        <Button type="button" outline onClick={() => void exportCsv()} disabled={exportState.busy}>
          {intl.formatMessage(exportState.busy ? m.exporting : m.exportLink)}
        </Button>
      </div>
      <div role="status" className="margin-bottom-1">
        {exportState.message && (
          <Alert type={exportState.failed ? 'error' : 'success'} slim>
            <AlertText>{exportState.message}</AlertText>
          </Alert>
        )}
      </div>

      <Form onSubmit={apply} className="maxw-none">
        <Fieldset legend={intl.formatMessage(m.filtersLegend)}>
          <GridContainer className="padding-x-0">
            <Grid row gap>
              <Grid tablet={{ col: 6 }} desktop={{ col: 4 }}>
                <Label htmlFor="partners-text">{intl.formatMessage(m.searchLabel)}</Label>
                <TextInput id="partners-text" name="text" type="search" value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
              </Grid>
              <Grid tablet={{ col: 6 }} desktop={{ col: 4 }}>
                <Label htmlFor="partners-type">{intl.formatMessage(m.typeLabel)}</Label>
                <Select id="partners-type" name="type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
                  <option value="">{intl.formatMessage(common.any)}</option>
                  {ORGANISATION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {typeLabel(intl, type)}
                    </option>
                  ))}
                </Select>
              </Grid>
              <Grid tablet={{ col: 6 }} desktop={{ col: 4 }}>
                <Label htmlFor="partners-focus">{intl.formatMessage(m.focusAreaFilterLabel)}</Label>
                <span className="usa-hint" id="partners-focus-hint">
                  {intl.formatMessage(m.focusAreaFilterHint)}
                </span>
                <TextInput
                  id="partners-focus"
                  name="focusArea"
                  type="text"
                  aria-describedby="partners-focus-hint"
                  value={draft.focusArea}
                  onChange={(e) => setDraft({ ...draft, focusArea: e.target.value })}
                />
              </Grid>
              <Grid tablet={{ col: 6 }} desktop={{ col: 4 }}>
                <Label htmlFor="partners-neighbourhood">{intl.formatMessage(m.neighbourhoodLabel)}</Label>
                <Select id="partners-neighbourhood" name="neighbourhood" value={draft.neighbourhood} onChange={(e) => setDraft({ ...draft, neighbourhood: e.target.value })}>
                  <option value="">{intl.formatMessage(common.any)}</option>
                  {agency.neighbourhoods.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Grid>
              <Grid tablet={{ col: 6 }} desktop={{ col: 4 }}>
                <Label htmlFor="partners-status">{intl.formatMessage(m.statusLabel)}</Label>
                <Select id="partners-status" name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
                  <option value="">{intl.formatMessage(common.any)}</option>
                  <option value="ACTIVE">{statusLabel(intl, 'ACTIVE')}</option>
                  <option value="ARCHIVED">{statusLabel(intl, 'ARCHIVED')}</option>
                </Select>
              </Grid>
            </Grid>
          </GridContainer>
          <div className="partners-actions margin-top-2">
            <Button type="submit">{intl.formatMessage(common.applyFilters)}</Button>
            {filtering && (
              <Button type="button" unstyled onClick={() => setFilters({ text: '', type: '', focusArea: '', neighbourhood: '', status: '' })}>
                {intl.formatMessage(common.clearFilters)}
              </Button>
            )}
          </div>
        </Fieldset>
      </Form>

      <ProblemAlert problem={problem} />
      {loading && !data && <Loading />}
      {connection && (
        <>
          <p role="status" className="margin-top-3">
            {intl.formatMessage(common.resultCount, { count: connection.totalCount })}
          </p>
          {connection.edges.length === 0 ? (
            <p>{intl.formatMessage(filtering ? m.noneFound : m.empty)}</p>
          ) : (
            <div className="console-table-wrap">
              <Table fullWidth striped>
                <caption className="usa-sr-only">{intl.formatMessage(m.tableCaption)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(m.colName)}</th>
                    <th scope="col">{intl.formatMessage(m.colType)}</th>
                    <th scope="col">{intl.formatMessage(m.colFocusAreas)}</th>
                    <th scope="col">{intl.formatMessage(m.colNeighbourhoods)}</th>
                    <th scope="col">{intl.formatMessage(m.colContacts)}</th>
                    <th scope="col">{intl.formatMessage(m.colStatus)}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link className="usa-link" to={`/partners/${node.id}`}>
                          {node.name}
                        </Link>
                      </th>
                      <td>{typeLabel(intl, node.type)}</td>
                      <td>{node.focusAreas.join(', ')}</td>
                      <td>{node.neighbourhoods.join(', ')}</td>
                      <td>{intl.formatNumber(node.contacts.length)}</td>
                      <td>{node.status === 'ARCHIVED' ? <Tag className="bg-base-dark">{statusLabel(intl, node.status)}</Tag> : statusLabel(intl, node.status)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
          <CursorPager pageInfo={connection.pageInfo} after={after} onPage={setAfter} total={connection.totalCount} />
        </>
      )}
    </>
  );
}
