import { useQuery } from '@apollo/client/react';
import { ErrorMessage, Fieldset, FormGroup, Label, Select, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAgencyZone, useShell } from '../../app/AgencyContext';
import { common } from '../../components/common.messages';
import { FilterActions, ListResults } from '../../components/ListResults';
import { PageHeading } from '../../components/PageHeading';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { ConcernPriority } from '../../graphql/generated/graphql';
import { CommunityConcernsQuery } from './concerns.graphql';
import { concernsMessages as m } from './concerns.messages';
import { nextLocalDate, startOfLocalDate } from './zoned-date';

const FILTER_KEYS = ['q', 'topic', 'neighbourhood', 'priority', 'from', 'to'] as const;
const PRIORITIES: ConcernPriority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
const PRIORITY_TAG: Record<ConcernPriority, string> = { URGENT: 'bg-secondary-darker', HIGH: 'bg-secondary-dark', MEDIUM: 'bg-primary-dark', LOW: 'bg-base-dark' };
const PAGE_SIZE = 25;

type Filters = Record<(typeof FILTER_KEYS)[number], string>;

export default function ConcernsPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const { agency } = useShell();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [draft, setDraft] = useState<Filters>(filters);
  const [dateError, setDateError] = useState(false);
  const priority = PRIORITIES.includes(filters.priority as ConcernPriority) ? (filters.priority as ConcernPriority) : undefined;
  const { data, error, loading } = useQuery(CommunityConcernsQuery, {
    variables: {
      filter: {
        text: filters.q || undefined,
        topic: filters.topic || undefined,
        neighbourhood: filters.neighbourhood || undefined,
        priority,
        from: filters.from ? startOfLocalDate(filters.from, zone)?.toISOString() : undefined,
        to: filters.to ? startOfLocalDate(nextLocalDate(filters.to), zone)?.toISOString() : undefined,
      },
      after,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });

  const set = (key: keyof Filters) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  function apply(event: FormEvent) {
    event.preventDefault();
    const bad = Boolean(draft.from && draft.to && draft.from > draft.to);
    setDateError(bad);
    if (bad) {
      document.getElementById('concerns-to')?.focus();
      return;
    }
    setFilters({ ...draft, q: draft.q.trim(), topic: draft.topic.trim() });
  }

  function clear() {
    const empty = Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Filters;
    setDraft(empty);
    setDateError(false);
    setFilters(empty);
  }

  const title = intl.formatMessage(m.title);
  const concerns = data?.communityConcerns.edges.map((e) => e.node) ?? [];
  const dateHint = intl.formatMessage(m.dateHint, { zone });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.intro)}</p>
      <form onSubmit={apply} className="usa-form maxw-none margin-bottom-3" noValidate>
        <Fieldset legend={intl.formatMessage(m.filtersLegend)}>
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-4">
              <Label htmlFor="concerns-q">{intl.formatMessage(m.text)}</Label>
              <TextInput id="concerns-q" name="q" type="search" value={draft.q} onChange={set('q')} />
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="concerns-topic">{intl.formatMessage(m.topic)}</Label>
              <span className="usa-hint" id="concerns-topic-hint">
                {intl.formatMessage(m.topicHint)}
              </span>
              <TextInput id="concerns-topic" name="topic" type="text" value={draft.topic} onChange={set('topic')} aria-describedby="concerns-topic-hint" />
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="concerns-neighbourhood">{intl.formatMessage(m.neighbourhood)}</Label>
              <Select id="concerns-neighbourhood" name="neighbourhood" value={draft.neighbourhood} onChange={set('neighbourhood')}>
                <option value="">{intl.formatMessage(common.any)}</option>
                {agency.neighbourhoods.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="concerns-priority">{intl.formatMessage(m.priority)}</Label>
              <Select id="concerns-priority" name="priority" value={draft.priority} onChange={set('priority')}>
                <option value="">{intl.formatMessage(common.any)}</option>
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {intl.formatMessage(m[`priority${p}`])}
                  </option>
                ))}
              </Select>
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="concerns-from">{intl.formatMessage(m.from)}</Label>
              <span className="usa-hint" id="concerns-from-hint">
                {dateHint}
              </span>
              <input className="usa-input" id="concerns-from" name="from" type="date" value={draft.from} onChange={set('from')} aria-describedby="concerns-from-hint" />
            </div>
            <div className="tablet:grid-col-4">
              <FormGroup error={dateError} className="margin-top-0">
                <Label htmlFor="concerns-to">{intl.formatMessage(m.to)}</Label>
                <span className="usa-hint" id="concerns-to-hint">
                  {dateHint}
                </span>
                {dateError && <ErrorMessage id="concerns-to-error">{intl.formatMessage(m.badDates)}</ErrorMessage>}
                <input
                  className={`usa-input${dateError ? ' usa-input--error' : ''}`}
                  id="concerns-to"
                  name="to"
                  type="date"
                  value={draft.to}
                  onChange={set('to')}
                  aria-invalid={dateError}
                  aria-describedby={dateError ? 'concerns-to-hint concerns-to-error' : 'concerns-to-hint'}
                />
              </FormGroup>
            </div>
          </div>
          <FilterActions onClear={clear} />
        </Fieldset>
      </form>
      <ListResults connection={data?.communityConcerns} loading={loading} error={error} empty={intl.formatMessage(m.none)} after={after} onPage={setAfter}>
        <Table fullWidth caption={intl.formatMessage(m.caption)} stackedStyle="headers">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.colTopic)}</th>
              <th scope="col">{intl.formatMessage(m.colConcern)}</th>
              <th scope="col">{intl.formatMessage(m.colPriority)}</th>
              <th scope="col">{intl.formatMessage(m.colNeighbourhood)}</th>
              <th scope="col">{intl.formatMessage(m.colForum)}</th>
              <th scope="col">{intl.formatMessage(m.colRaised)}</th>
              <th scope="col">{intl.formatMessage(m.colTakenUp)}</th>
            </tr>
          </thead>
          <tbody>
            {concerns.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={intl.formatMessage(m.colTopic)}>
                  {c.topic}
                </th>
                <td data-label={intl.formatMessage(m.colConcern)}>{c.description}</td>
                <td data-label={intl.formatMessage(m.colPriority)}>
                  <Tag className={PRIORITY_TAG[c.priority]}>{intl.formatMessage(m[`priority${c.priority}`])}</Tag>
                </td>
                <td data-label={intl.formatMessage(m.colNeighbourhood)}>{c.neighbourhood ?? intl.formatMessage(common.notSet)}</td>
                <td data-label={intl.formatMessage(m.colForum)}>
                  <Link to={`/forums/${c.forum.id}`}>{c.forum.title}</Link>
                </td>
                <td data-label={intl.formatMessage(m.colRaised)}>
                  {intl.formatMessage(m.raisedOn, {
                    date: intl.formatDate(c.raisedAt, { timeZone: c.forum.timeZone, dateStyle: 'medium' }),
                    zone: c.forum.timeZone,
                  })}
                </td>
                <td data-label={intl.formatMessage(m.colTakenUp)}>
                  {c.takenUpBy.length ? c.takenUpBy.map((p) => p.title).join(', ') : intl.formatMessage(m.notTakenUp)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </ListResults>
    </>
  );
}
