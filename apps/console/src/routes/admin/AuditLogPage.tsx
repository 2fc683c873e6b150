import { useQuery } from '@apollo/client/react';
import { Fieldset, Form, Grid, Label, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useIsAdmin, useShell } from '../../app/AgencyContext';
import { FilterActions, ListResults } from '../../components/ListResults';
import { StaffPicker } from '../../components/pickers';
import { useUrlFilters } from '../../components/useUrlFilters';
import { nextLocalDate, startOfLocalDate } from '../concerns/zoned-date';
import { AdminFrame } from './AdminFrame';
import { AuditLogQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { AUDITED_TYPES, auditEntityPath } from './audit-links';
import { ListTable } from './ListTable';

const FILTER_KEYS = ['actor', 'action', 'type', 'from', 'to'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const PAGE_SIZE = 25;

/** `/administration/audit`: who did what, newest first, filtered by who, action, subject and dates (in the agency's zone); each entry links to its subject. */
export default function AuditLogPage() {
  const intl = useIntl();
  const admin = useIsAdmin();
  const zone = useShell().agency.timeZone;
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [draft, setDraft] = useState<Filters>(filters);
  const from = filters.from ? startOfLocalDate(filters.from, zone) : null;
  const to = filters.to ? startOfLocalDate(nextLocalDate(filters.to), zone) : null;
  const { data, loading, error } = useQuery(AuditLogQuery, {
    skip: !admin,
    fetchPolicy: 'cache-and-network',
    variables: {
      first: PAGE_SIZE,
      after,
      filter: {
        actorId: filters.actor || undefined,
        action: filters.action || undefined,
        entityType: filters.type || undefined,
        from: from?.toISOString(),
        to: to?.toISOString(),
      },
    },
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft, action: draft.action.trim() });
  }
  function clear() {
    const empty = { actor: '', action: '', type: '', from: '', to: '' };
    setDraft(empty);
    setFilters(empty);
  }
  const field = (key: keyof Filters) => ({
    id: `audit-${key}`,
    name: key,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });

  const entries = data?.auditLog.edges.map((e) => e.node) ?? [];
  return (
    <AdminFrame title={intl.formatMessage(m.auditTitle)}>
      <Form onSubmit={apply} className="maxw-full margin-bottom-3" noValidate>
        <Fieldset legend={intl.formatMessage(m.auditFilters)}>
          <Grid row gap>
            <Grid tablet={{ col: 4 }}>
              <Label id="audit-actor-label" htmlFor="audit-actor" hint={<span className="display-block">{intl.formatMessage(m.anyoneHint)}</span>}>
                {intl.formatMessage(m.actor)}
              </Label>
              <StaffPicker id="audit-actor" labelId="audit-actor-label" name="actor" filter={{}} value={draft.actor} onChange={(actor) => setDraft((d) => ({ ...d, actor }))} />
            </Grid>
            <Grid tablet={{ col: 4 }}>
              <Label htmlFor="audit-action">{intl.formatMessage(m.action)}</Label>
              <TextInput type="text" {...field('action')} />
            </Grid>
            <Grid tablet={{ col: 4 }}>
              <Label htmlFor="audit-type">{intl.formatMessage(m.entityType)}</Label>
              <Select {...field('type')}>
                <option value="">{intl.formatMessage(m.anything)}</option>
                {AUDITED_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </Select>
            </Grid>
            <Grid tablet={{ col: 4 }}>
              <Label htmlFor="audit-from">{intl.formatMessage(m.from)}</Label>
              <input className="usa-input" type="date" {...field('from')} />
            </Grid>
            <Grid tablet={{ col: 4 }}>
              <Label htmlFor="audit-to">{intl.formatMessage(m.to)}</Label>
              <input className="usa-input" type="date" {...field('to')} />
            </Grid>
          </Grid>
          <p className="usa-hint">{intl.formatMessage(m.datesInZone, { zone })}</p>
          <FilterActions onClear={clear} />
        </Fieldset>
      </Form>
      <ListResults connection={data?.auditLog} loading={loading} error={error} empty={intl.formatMessage(m.auditNone)} after={after} onPage={setAfter}>
        <ListTable caption={intl.formatMessage(m.auditCaption)} columns={[m.when, m.actor, m.what, m.entityType]}>
          {entries.map((entry) => {
            const path = auditEntityPath(entry.entityType, entry.entityId);
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <time dateTime={entry.createdAt}>{intl.formatDate(entry.createdAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })}</time>
                </th>
                <td>{entry.actorLabel}</td>
                <td>
                  <code>{entry.action}</code>
                  <div>{entry.summary}</div>
                </td>
                <td>{path ? <Link to={path}>{intl.formatMessage(m.open, { type: entry.entityType })}</Link> : entry.entityType}</td>
              </tr>
            );
          })}
        </ListTable>
      </ListResults>
    </AdminFrame>
  );
}
