import { useQuery } from '@apollo/client/react';
import { Button, Fieldset, Form, Grid, Label, Select, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCanWrite, useShell } from '../../../app/AgencyContext';
import { common } from '../../../components/common.messages';
import { CursorPager } from '../../../components/CursorPager';
import { StaffPicker } from '../../../components/pickers';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useUrlFilters } from '../../../components/useUrlFilters';
import type { ForumFilterInput, ForumListRowFragment } from '../../../graphql/generated/graphql';
import { describeProblem } from '../../../graphql/problem';
import { FORUM_STATUSES, FORUM_TYPES, STATUS_TAG_CLASS, forumLabels } from '../forum-labels.messages';
import { formatPeriod, nextDate, startOfLocalDate, validDate } from '../forum-time';
import { ForumsListQuery } from './forums-list.graphql';
import { forumsListMessages as m } from './forums-list.messages';

const FILTER_KEYS = ['from', 'to', 'type', 'status', 'neighbourhood', 'topic', 'host', 'text'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

/** The URL's filters as the API's filter: dates are whole days in the agency's zone. */
function toApiFilter(filters: Filters, zone: string): ForumFilterInput {
  const from = validDate(filters.from);
  const to = validDate(filters.to);
  return {
    from: from ? startOfLocalDate(from, zone) : undefined,
    to: to ? startOfLocalDate(nextDate(to), zone) : undefined,
    type: (FORUM_TYPES as readonly string[]).includes(filters.type) ? (filters.type as ForumFilterInput['type']) : undefined,
    status: (FORUM_STATUSES as readonly string[]).includes(filters.status) ? (filters.status as ForumFilterInput['status']) : undefined,
    neighbourhood: filters.neighbourhood || undefined,
    topic: filters.topic || undefined,
    hostId: filters.host || undefined,
    text: filters.text || undefined,
  };
}

function ForumRow({ forum }: { forum: ForumListRowFragment }) {
  const intl = useIntl();
  const where =
    forum.format === 'ONLINE'
      ? intl.formatMessage(m.online)
      : forum.format === 'HYBRID'
        ? intl.formatMessage(m.venueAndOnline, { venue: forum.venue?.name ?? '' })
        : (forum.venue?.name ?? '');
  return (
    <tr>
      <th scope="row">
        <Link to={`/forums/${forum.id}`}>{forum.title}</Link>
      </th>
      <td>{formatPeriod(intl, forum.startsAt, forum.endsAt, forum.timeZone)}</td>
      <td>{intl.formatMessage(forumLabels[forum.type])}</td>
      <td>
        <Tag className={STATUS_TAG_CLASS[forum.status]}>{intl.formatMessage(forumLabels[forum.status])}</Tag>
      </td>
      <td>{where}</td>
      <td>
        {forum.capacity == null
          ? intl.formatMessage(m.rsvpsNoLimit, { headcount: forum.rsvpCounts.headcount })
          : intl.formatMessage(m.rsvps, { headcount: forum.rsvpCounts.headcount, capacity: forum.capacity })}
      </td>
    </tr>
  );
}

export default function ForumsListPage() {
  const intl = useIntl();
  const { agency } = useShell();
  const canWrite = useCanWrite();
  const zone = agency.timeZone;
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [draft, setDraft] = useState<Filters>(filters);
  const [dateErrors, setDateErrors] = useState<{ from?: boolean; to?: boolean }>({});
  useEffect(() => setDraft(filters), [filters]);

  const filter = useMemo(() => toApiFilter(filters, zone), [filters, zone]);
  const { data, previousData, error, loading } = useQuery(ForumsListQuery, { variables: { filter, after } });
  const shown = data ?? previousData;
  const problem = describeProblem(error);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = { from: Boolean(draft.from && !validDate(draft.from)), to: Boolean(draft.to && !validDate(draft.to)) };
    setDateErrors(errors);
    if (errors.from || errors.to) return;
    setFilters(draft);
  }

  function clear() {
    const empty = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Filters;
    setDraft(empty);
    setFilters(empty);
  }

  const field = (key: keyof Filters) => ({
    id: `forums-filter-${key}`,
    name: key,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });
  const title = intl.formatMessage(m.title);

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="display-flex flex-wrap flex-align-center">
        {canWrite && (
          <Link to="/forums/new" className="usa-button margin-right-2">
            {intl.formatMessage(m.newForum)}
          </Link>
        )}
        <Link to="/forums/calendar">{intl.formatMessage(m.calendarView)}</Link>
      </p>
      <Form onSubmit={apply} className="maxw-full" noValidate>
        <Fieldset legend={intl.formatMessage(m.filters)} legendStyle="large">
          <Grid row gap>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-from">{intl.formatMessage(m.from)}</Label>
              <span className="usa-hint" id="forums-filter-dates-hint">
                {intl.formatMessage(m.datesHint, { zone })}
              </span>
              {dateErrors.from && (
                <span className="usa-error-message" id="forums-filter-from-error">
                  {intl.formatMessage(m.badDate)}
                </span>
              )}
              <input
                className="usa-input"
                type="date"
                {...field('from')}
                aria-invalid={dateErrors.from || undefined}
                aria-describedby={dateErrors.from ? 'forums-filter-dates-hint forums-filter-from-error' : 'forums-filter-dates-hint'}
              />
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-to">{intl.formatMessage(m.to)}</Label>
              <span className="usa-hint">{intl.formatMessage(m.datesHint, { zone })}</span>
              {dateErrors.to && (
                <span className="usa-error-message" id="forums-filter-to-error">
                  {intl.formatMessage(m.badDate)}
                </span>
              )}
              <input className="usa-input" type="date" {...field('to')} aria-invalid={dateErrors.to || undefined} aria-describedby={dateErrors.to ? 'forums-filter-to-error' : undefined} />
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-type">{intl.formatMessage(m.type)}</Label>
              <Select {...field('type')}>
                <option value="">{intl.formatMessage(common.any)}</option>
                {FORUM_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {intl.formatMessage(forumLabels[t])}
                  </option>
                ))}
              </Select>
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-status">{intl.formatMessage(m.status)}</Label>
              <Select {...field('status')}>
                <option value="">{intl.formatMessage(common.any)}</option>
                {FORUM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {intl.formatMessage(forumLabels[s])}
                  </option>
                ))}
              </Select>
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-neighbourhood">{intl.formatMessage(m.neighbourhood)}</Label>
              <Select {...field('neighbourhood')}>
                <option value="">{intl.formatMessage(common.any)}</option>
                {agency.neighbourhoods.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-topic">{intl.formatMessage(m.topic)}</Label>
              <TextInput type="text" {...field('topic')} />
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label id="forums-filter-host-label" htmlFor="forums-filter-host">
                {intl.formatMessage(m.host)}
              </Label>
              <StaffPicker id="forums-filter-host" labelId="forums-filter-host-label" name="host" filter={{}} value={draft.host} onChange={(host) => setDraft((d) => ({ ...d, host }))} />
            </Grid>
            <Grid tablet={{ col: 6 }} desktop={{ col: 3 }}>
              <Label htmlFor="forums-filter-text">{intl.formatMessage(m.text)}</Label>
              <TextInput type="search" {...field('text')} />
            </Grid>
          </Grid>
          <div className="margin-top-2">
            <Button type="submit">{intl.formatMessage(common.applyFilters)}</Button>
            <Button type="button" outline onClick={clear}>
              {intl.formatMessage(common.clearFilters)}
            </Button>
          </div>
        </Fieldset>
      </Form>
      <ProblemAlert problem={problem} />
      {!shown && loading && <Loading />}
      {shown && (
        <>
          <p role="status" className="margin-top-3">
            {intl.formatMessage(common.resultCount, { count: shown.forums.totalCount })}
          </p>
          {shown.forums.edges.length === 0 ? (
            <p>{intl.formatMessage(m.empty)}</p>
          ) : (
            <div className="console-table-wrap">
              <Table fullWidth striped caption={intl.formatMessage(m.caption)}>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(m.colTitle)}</th>
                    <th scope="col">{intl.formatMessage(m.colWhen)}</th>
                    <th scope="col">{intl.formatMessage(m.colType)}</th>
                    <th scope="col">{intl.formatMessage(m.colStatus)}</th>
                    <th scope="col">{intl.formatMessage(m.colWhere)}</th>
                    <th scope="col">{intl.formatMessage(m.colRsvps)}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.forums.edges.map(({ node }) => (
                    <ForumRow key={node.id} forum={node} />
                  ))}
                </tbody>
              </Table>
            </div>
          )}
          <CursorPager pageInfo={shown.forums.pageInfo} after={after} onPage={setAfter} total={shown.forums.totalCount} />
        </>
      )}
    </>
  );
}
