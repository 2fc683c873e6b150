import { useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, ButtonGroup, Table } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { common } from '../../components/common.messages';
import type { SeriesOccurrenceFieldsFragment } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { CancelOccurrenceDialog, EditSeriesDialog, EndSeriesDialog, MoveOccurrenceDialog, SplitSeriesDialog } from './SeriesDialogs';
import { SeriesDetailQuery } from './series.graphql';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';
import './series.css';
import { useCanWrite, useShell } from '../../app/AgencyContext';
import { TranslationStatus } from '../forums/detail/TranslationStatus';

type Open =
  | { kind: 'edit' }
  | { kind: 'end' }
  | { kind: 'move' | 'cancel' | 'split'; occurrence: SeriesOccurrenceFieldsFragment }
  | null;

export default function SeriesDetailPage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const words = useSeriesWords();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(SeriesDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<Open>(null);
  // Analysts see the series read-only: no action is offered to them.
  const canWrite = useCanWrite();
  const { agency } = useShell();
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);

  if (loading && !data) return <Loading />;
  if (!data) return <ProblemAlert problem={describeProblem(error)} />;
  const series = data.forumSeries;
  const now = Date.now();
  const occurrences = series.occurrences.edges.map((e) => e.node);
  const upcoming = occurrences.filter((o) => new Date(o.startsAt).getTime() > now);
  const past = occurrences.filter((o) => new Date(o.startsAt).getTime() <= now).reverse();
  const active = series.status === 'ACTIVE';
  const title = series.template.title;

  async function done() {
    setOpen(null);
    await refetch();
    setSaved(true);
    requestAnimationFrame(() => savedRef.current?.focus());
  }

  const when = (o: SeriesOccurrenceFieldsFragment) =>
    `${intl.formatDate(o.startsAt, { timeZone: o.timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })}, ${intl.formatTime(o.startsAt, {
      timeZone: o.timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })}`;
  const status = (o: SeriesOccurrenceFieldsFragment) =>
    intl.formatMessage(m[`forumStatus${o.status}`], { reason: o.cancelReason ?? '' }) + (o.seriesDetached ? ` (${intl.formatMessage(m.movedAlone)})` : '');
  const dateOf = (o: SeriesOccurrenceFieldsFragment) => words.day(o.seriesOccurrenceKey ?? o.startsAtLocal.slice(0, 10));

  const table = (rows: SeriesOccurrenceFieldsFragment[], which: string, withActions: boolean) => (
    <Table bordered fullWidth>
      <caption className="usa-sr-only">{intl.formatMessage(m.occurrencesCaption, { which })}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(m.colWhen)}</th>
          <th scope="col">{intl.formatMessage(m.colState)}</th>
          {withActions && <th scope="col">{intl.formatMessage(m.colActions)}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => {
          const live = o.status === 'DRAFT' || o.status === 'PUBLISHED';
          return (
            <tr key={o.id}>
              <th scope="row">
                <Link to={`/forums/${o.id}`}>{when(o)}</Link>
              </th>
              <td>{status(o)}</td>
              {withActions && (
                <td>
                  {live && active && (
                    <ButtonGroup type="default">
                      <Button type="button" unstyled onClick={() => setOpen({ kind: 'move', occurrence: o })}>
                        {intl.formatMessage(m.move, { date: dateOf(o) })}
                      </Button>
                      <Button type="button" unstyled onClick={() => setOpen({ kind: 'cancel', occurrence: o })}>
                        {intl.formatMessage(m.cancelOne, { date: dateOf(o) })}
                      </Button>
                      {!o.seriesDetached && (
                        <Button type="button" unstyled onClick={() => setOpen({ kind: 'split', occurrence: o })}>
                          {intl.formatMessage(m.splitFrom, { date: dateOf(o) })}
                        </Button>
                      )}
                    </ButtonGroup>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div ref={savedRef} tabIndex={-1}>
        {saved && (
          <Alert type="success" slim role="status">
            <AlertText>{intl.formatMessage(m.done)}</AlertText>
          </Alert>
        )}
      </div>
      <dl className="series-facts">
        <dt className="text-bold">{intl.formatMessage(m.detailPattern)}</dt>
        <dd>{words.pattern(series.recurrenceRule, series.startTime, series.startDate)}</dd>
        <dt className="text-bold">{intl.formatMessage(m.detailRule)}</dt>
        <dd>
          <code>{series.recurrenceRule}</code>
        </dd>
        <dt className="text-bold">{intl.formatMessage(m.detailZone)}</dt>
        <dd>{series.timeZone}</dd>
        <dt className="text-bold">{intl.formatMessage(m.detailLength)}</dt>
        <dd>{intl.formatMessage(m.minutes, { n: series.durationMinutes })}</dd>
        <dt className="text-bold">{intl.formatMessage(m.detailStatus)}</dt>
        <dd>
          {intl.formatMessage(m[`status${series.status}`])}
          {series.endReason && <span className="display-block">{intl.formatMessage(active ? m.endsBecause : m.endedBecause, { reason: series.endReason })}</span>}
        </dd>
      </dl>
      {series.previousSeriesId && (
        <p>
          {intl.formatMessage(m.continuedBy)}{' '}
          <Link to={`/series/${series.previousSeriesId}`}>{intl.formatMessage(m.openPrevious)}</Link>
        </p>
      )}
      {active && canWrite && (
        <ButtonGroup>
          <Button type="button" onClick={() => setOpen({ kind: 'edit' })}>
            {intl.formatMessage(m.editSeries)}
          </Button>
          <Button type="button" secondary onClick={() => setOpen({ kind: 'end' })}>
            {intl.formatMessage(m.endSeries)}
          </Button>
        </ButtonGroup>
      )}
      <TranslationStatus headingId="series-translations" enabledLanguages={agency.enabledLanguages} missing={series.missingTranslations} />
      <h2>{intl.formatMessage(m.upcoming)}</h2>
      <p>{intl.formatMessage(common.timeZoneNote, { zone: series.timeZone })}</p>
      {upcoming.length ? table(upcoming, intl.formatMessage(m.upcoming), canWrite) : <p>{intl.formatMessage(m.noneUpcoming)}</p>}
      <h2>{intl.formatMessage(m.skippedTitle)}</h2>
      {series.skippedOccurrences.length ? (
        <ul>
          {series.skippedOccurrences.map((s) => (
            <li key={s.date}>
              {intl.formatMessage(m.skippedItem, { date: words.day(s.date), reason: words.reason(s.reason) })}
              {s.reason?.conflictingForumId && (
                <>
                  {' '}
                  <Link to={`/forums/${s.reason.conflictingForumId}`}>{intl.formatMessage(m.conflictOpen, { title: s.reason.conflictingForumTitle ?? '' })}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{intl.formatMessage(m.noneSkipped)}</p>
      )}
      <h2>{intl.formatMessage(m.past)}</h2>
      {past.length ? table(past, intl.formatMessage(m.past), false) : <p>{intl.formatMessage(m.nonePast)}</p>}

      {open?.kind === 'edit' && <EditSeriesDialog series={series} onClose={() => setOpen(null)} onDone={() => void done()} />}
      {open?.kind === 'end' && <EndSeriesDialog series={series} onClose={() => setOpen(null)} onDone={() => void done()} />}
      {open?.kind === 'move' && <MoveOccurrenceDialog occurrence={open.occurrence} onClose={() => setOpen(null)} onDone={() => void done()} />}
      {open?.kind === 'cancel' && <CancelOccurrenceDialog occurrence={open.occurrence} onClose={() => setOpen(null)} onDone={() => void done()} />}
      {open?.kind === 'split' && (
        <SplitSeriesDialog
          series={series}
          occurrence={open.occurrence}
          onClose={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null);
            navigate(`/series/${next}`);
          }}
        />
      )}
    </>
  );
}
