import { useQuery } from '@apollo/client/react';
import { Card, CardBody, CardGroup, CardHeader } from '@trussworks/react-uswds';
import { type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAgencyZone, useShell } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { HomePageQuery as HomeData } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { HomePageQuery } from './home.graphql';
import { homeMessages as m } from './home.messages';
import { SeatsBar } from './SeatsBar';

const FEW = 5;

export default function HomePage() {
  const intl = useIntl();
  const { agency } = useShell();
  const [now] = useState(() => new Date().toISOString());
  const { data, error } = useQuery(HomePageQuery, { variables: { now, first: FEW }, fetchPolicy: 'cache-and-network' });
  const title = intl.formatMessage(m.title);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.welcome, { agency: agency.name })}</p>
      <ProblemAlert problem={describeProblem(error)} />
      {!data && !error && <Loading />}
      {data && (
        <CardGroup>
          <UpcomingForums data={data} />
          <RepliesNeedingReading data={data} />
          <FailedDeliveries data={data} />
          <AwaitingReport data={data} />
          <ImportsRunning data={data} />
        </CardGroup>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card gridLayout={{ tablet: { col: 6 } }} containerProps={{ className: 'radius-md' }}>
      <CardHeader>
        <h2 id={`home-${id}`} className="usa-card__heading">
          {title}
        </h2>
      </CardHeader>
      <CardBody className="padding-bottom-2">{children}</CardBody>
    </Card>
  );
}

function useWhen() {
  const intl = useIntl();
  return (instant: string, zone: string) =>
    intl.formatMessage(m.when, {
      date: intl.formatDate(instant, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      time: intl.formatTime(instant, { timeZone: zone, hour: 'numeric', minute: '2-digit' }),
      zone,
    });
}

function UpcomingForums({ data }: { data: HomeData }) {
  const intl = useIntl();
  const when = useWhen();
  const forums = data.upcoming.edges.map((e) => e.node);
  return (
    <Section id="upcoming" title={intl.formatMessage(m.upcomingTitle)}>
      {forums.length === 0 ? (
        <p>{intl.formatMessage(m.upcomingNone)}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {forums.map((forum) => {
            const { headcount, maybe, waitlisted } = forum.rsvpCounts;
            const seats =
              forum.capacity == null
                ? intl.formatMessage(m.seatsNoLimit, { headcount })
                : intl.formatMessage(headcount > forum.capacity ? m.seatsOver : m.seats, { headcount, capacity: forum.capacity });
            return (
              <li key={forum.id} className="margin-bottom-2">
                <Link to={`/forums/${forum.id}`} className="text-bold">
                  {forum.title}
                </Link>
                <div>{when(forum.startsAt, forum.timeZone)}</div>
                {forum.capacity != null && <SeatsBar value={headcount} max={forum.capacity} />}
                <div>
                  {seats}
                  {(maybe > 0 || waitlisted > 0) && <span>{` · ${intl.formatMessage(m.alsoWaiting, { maybe, waitlisted })}`}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {data.upcoming.totalCount > forums.length && (
        <Link to="/forums">{intl.formatMessage(m.upcomingMore, { count: data.upcoming.totalCount })}</Link>
      )}
    </Section>
  );
}

function RepliesNeedingReading({ data }: { data: HomeData }) {
  const intl = useIntl();
  const replies = data.replies.edges.map((e) => e.node);
  return (
    <Section id="replies" title={intl.formatMessage(m.repliesTitle)}>
      <p>{intl.formatMessage(m.repliesCount, { count: data.replies.totalCount })}</p>
      <ul className="usa-list usa-list--unstyled">
        {replies.map((reply) => (
          <li key={reply.id} className="margin-bottom-2">
            <div className="text-bold">{reply.subject || intl.formatMessage(m.noSubject)}</div>
            <div>
              {intl.formatMessage(m.replyFrom, {
                from: reply.fromAddress,
                date: intl.formatDate(reply.receivedAt, { timeZone: reply.forum.timeZone, dateStyle: 'medium' }),
                zone: reply.forum.timeZone,
                forum: reply.forum.title,
              })}
            </div>
            <Link to={`/forums/${reply.forum.id}/invitations/replies`}>{intl.formatMessage(m.readReplies, { forum: reply.forum.title })}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function ImportsRunning({ data }: { data: HomeData }) {
  const intl = useIntl();
  const zone = useAgencyZone();
  const imports = data.imports.edges.map((e) => e.node);
  return (
    <Section id="imports" title={intl.formatMessage(m.importsTitle)}>
      {imports.length === 0 ? (
        <p>{intl.formatMessage(m.importsNone)}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {imports.map((run) => (
            <li key={run.id} className="margin-bottom-2">
              <div>
                {intl.formatMessage(m.importLabel, {
                  kind: intl.formatMessage(run.dryRun ? m.importKindDry : m.importKindReal),
                  date: intl.formatDate(run.createdAt, { timeZone: zone, dateStyle: 'medium' }),
                  time: intl.formatTime(run.createdAt, { timeZone: zone, hour: 'numeric', minute: '2-digit' }),
                  zone,
                })}
                {run.totalRows != null && ` · ${intl.formatMessage(m.importRows, { count: run.totalRows })}`}
              </div>
              <SeatsBar value={run.progress} max={100} />
              <div>{run.status === 'QUEUED' ? intl.formatMessage(m.importQueued) : intl.formatMessage(m.importProgress, { percent: run.progress })}</div>
            </li>
          ))}
        </ul>
      )}
      <Link to="/partners/import">{intl.formatMessage(m.openImports)}</Link>
    </Section>
  );
}

function FailedDeliveries({ data }: { data: HomeData }) {
  const intl = useIntl();
  const failures = data.failures.edges.map((e) => e.node);
  return (
    <Section id="failures" title={intl.formatMessage(m.failuresTitle)}>
      {failures.length === 0 ? (
        <p>{intl.formatMessage(m.failuresNone)}</p>
      ) : (
        <>
          <p>{intl.formatMessage(m.failuresCount, { count: data.failures.totalCount })}</p>
          <ul className="usa-list usa-list--unstyled">
            {failures.map((invitation) => (
              <li key={invitation.id} className="margin-bottom-2">
                <div className="text-bold">{intl.formatMessage(m.failureLine, { name: invitation.contactName, email: invitation.email, forum: invitation.forum.title })}</div>
                <div>{intl.formatMessage(m.failureReason, { reason: invitation.delivery.error ?? intl.formatMessage(m.failureUnknownReason) })}</div>
                <Link to={`/forums/${invitation.forum.id}/invitations`}>{intl.formatMessage(m.openInvitations, { forum: invitation.forum.title })}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function AwaitingReport({ data }: { data: HomeData }) {
  const intl = useIntl();
  const forums = data.awaitingReport.edges.map((e) => e.node);
  return (
    <Section id="awaiting" title={intl.formatMessage(m.awaitingTitle)}>
      {forums.length === 0 ? (
        <p>{intl.formatMessage(m.awaitingNone)}</p>
      ) : (
        <>
          <p>{intl.formatMessage(m.awaitingCount, { count: data.awaitingReport.totalCount })}</p>
          <ul className="usa-list usa-list--unstyled">
            {forums.map((forum) => (
              <li key={forum.id} className="margin-bottom-1">
                <Link to={`/forums/${forum.id}`}>{forum.title}</Link>
                <div>{intl.formatMessage(m.heldOn, { date: intl.formatDate(forum.startsAt, { timeZone: forum.timeZone, dateStyle: 'medium' }), zone: forum.timeZone })}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
