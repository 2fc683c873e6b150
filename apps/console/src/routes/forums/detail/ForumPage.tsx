import { useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, ButtonGroup, type ModalRef, Table, Tag } from '@trussworks/react-uswds';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { common } from '../../../components/common.messages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ForumDetailFragment } from '../../../graphql/generated/graphql';
import { describeProblem } from '../../../graphql/problem';
import { STATUS_TAG_CLASS, forumLabels } from '../forum-labels.messages';
import { formatInstant, formatPeriod } from '../forum-time';
import { CompleteForumDialog } from './CompleteForumDialog';
import { ForumPageQuery } from './forum-detail.graphql';
import { forumDetailMessages as m } from './forum-detail.messages';
import { CancelDialog, PublishDialog, RescheduleDialog } from './ForumActionDialogs';
import { useCanWrite, useShell } from '../../../app/AgencyContext';
import { TranslationStatus } from './TranslationStatus';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="console-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function useLanguageNames() {
  const intl = useIntl();
  const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
  return (tags: string[]) => tags.map((tag) => names.of(tag) ?? tag).join(', ');
}

function ForumFacts({ forum }: { forum: ForumDetailFragment }) {
  const intl = useIntl();
  const languages = useLanguageNames();
  const none = intl.formatMessage(common.none);
  return (
    <dl className="console-facts">
      <Fact term={intl.formatMessage(m.when)}>
        {formatPeriod(intl, forum.startsAt, forum.endsAt, forum.timeZone)}
        <br />
        <span className="text-base">{intl.formatMessage(m.zoneNote, { zone: forum.timeZone })}</span>
      </Fact>
      <Fact term={intl.formatMessage(m.type)}>{intl.formatMessage(forumLabels[forum.type])}</Fact>
      <Fact term={intl.formatMessage(m.format)}>{intl.formatMessage(forumLabels[forum.format])}</Fact>
      {forum.venue && (
        <Fact term={intl.formatMessage(m.venue)}>
          {forum.venue.name}, {forum.venue.address}
          {forum.venue.capacity != null && (
            <>
              <br />
              {intl.formatMessage(m.venueCapacity, { capacity: forum.venue.capacity })}
            </>
          )}
          {forum.venue.accessibilityFeatures.length > 0 && (
            <>
              <br />
              {intl.formatMessage(m.venueAccess, { features: forum.venue.accessibilityFeatures.map((f) => intl.formatMessage(forumLabels[f])).join(', ') })}
            </>
          )}
        </Fact>
      )}
      {forum.onlineUrl && (
        <Fact term={intl.formatMessage(m.onlineLink)}>
          <a href={forum.onlineUrl} rel="noopener noreferrer">
            {forum.onlineUrl}
          </a>
        </Fact>
      )}
      <Fact term={intl.formatMessage(m.capacity)}>
        {forum.capacity == null
          ? intl.formatMessage(m.rsvpsNoLimit, { headcount: forum.rsvpCounts.headcount })
          : intl.formatMessage(m.rsvps, { headcount: forum.rsvpCounts.headcount, capacity: forum.capacity })}
      </Fact>
      <Fact term={intl.formatMessage(m.rsvpDeadline)}>{forum.rsvpDeadline ? formatInstant(intl, forum.rsvpDeadline, forum.timeZone) : intl.formatMessage(common.notSet)}</Fact>
      <Fact term={intl.formatMessage(m.languages)}>{forum.languages.length ? languages(forum.languages) : none}</Fact>
      <Fact term={intl.formatMessage(m.interpretation)}>{forum.interpretationLanguages.length ? languages(forum.interpretationLanguages) : none}</Fact>
      <Fact term={intl.formatMessage(m.signLanguage)}>{intl.formatMessage(forum.signLanguage ? common.yes : common.no)}</Fact>
      <Fact term={intl.formatMessage(m.accessibilityNotes)}>{forum.accessibilityNotes || none}</Fact>
      <Fact term={intl.formatMessage(m.hosts)}>{forum.hosts.length ? forum.hosts.map((h) => h.name).join(', ') : none}</Fact>
      <Fact term={intl.formatMessage(m.visibility)}>{intl.formatMessage(forumLabels[forum.visibility])}</Fact>
      <Fact term={intl.formatMessage(m.topics)}>{forum.topics.length ? forum.topics.join(', ') : none}</Fact>
      <Fact term={intl.formatMessage(m.neighbourhood)}>{forum.neighbourhood || none}</Fact>
      {forum.description && <Fact term={intl.formatMessage(m.description)}>{forum.description}</Fact>}
      {forum.cancelReason && <Fact term={intl.formatMessage(m.cancelReason)}>{forum.cancelReason}</Fact>}
      {forum.conflictOverrideReason && <Fact term={intl.formatMessage(m.overrideReason)}>{forum.conflictOverrideReason}</Fact>}
    </dl>
  );
}

function Agenda({ forum }: { forum: ForumDetailFragment }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="forum-agenda">
      <h2 id="forum-agenda">{intl.formatMessage(m.agenda)}</h2>
      {forum.agenda.length === 0 ? (
        <p>{intl.formatMessage(m.agendaEmpty)}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.agendaItem)}</th>
              <th scope="col">{intl.formatMessage(m.agendaSpeaker)}</th>
              <th scope="col">{intl.formatMessage(m.agendaDuration)}</th>
              <th scope="col">{intl.formatMessage(m.agendaNotes)}</th>
            </tr>
          </thead>
          <tbody>
            {forum.agenda.map((item, i) => (
              <tr key={i}>
                <th scope="row">{item.title}</th>
                <td>{item.speaker ?? ''}</td>
                <td>{item.durationMinutes != null ? intl.formatMessage(m.minutes, { minutes: item.durationMinutes }) : ''}</td>
                <td>{item.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function History({ forum }: { forum: ForumDetailFragment }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="forum-history">
      <h2 id="forum-history">{intl.formatMessage(m.history)}</h2>
      {forum.scheduleHistory.length === 0 ? (
        <p>{intl.formatMessage(m.historyEmpty)}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.historyWas)}</th>
              <th scope="col">{intl.formatMessage(m.historyChanged)}</th>
              <th scope="col">{intl.formatMessage(m.historyReason)}</th>
            </tr>
          </thead>
          <tbody>
            {forum.scheduleHistory.map((change) => (
              <tr key={change.id}>
                <td>{formatPeriod(intl, change.previousStartsAt, change.previousEndsAt, change.previousTimeZone)}</td>
                <td>{formatInstant(intl, change.changedAt, forum.timeZone)}</td>
                <td>{change.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Report({ forum }: { forum: ForumDetailFragment }) {
  const intl = useIntl();
  const report = forum.report;
  if (!report) return null;
  const none = intl.formatMessage(common.none);
  return (
    <section aria-labelledby="forum-report">
      <h2 id="forum-report">{intl.formatMessage(m.report)}</h2>
      <dl className="console-facts">
        <Fact term={intl.formatMessage(m.attendance)}>{intl.formatMessage(m.people, { count: report.attendanceCount })}</Fact>
        <Fact term={intl.formatMessage(m.organisations)}>{report.representedOrganisations.length ? report.representedOrganisations.map((o) => o.name).join(', ') : none}</Fact>
        <Fact term={intl.formatMessage(m.summary)}>{report.summary || none}</Fact>
        <Fact term={intl.formatMessage(m.reportMinutes)}>
          <span className="console-preserve-lines">{report.minutes || none}</span>
        </Fact>
      </dl>
      <h3>{intl.formatMessage(m.concerns)}</h3>
      {forum.concerns.length === 0 ? (
        <p>{none}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.concernTopic)}</th>
              <th scope="col">{intl.formatMessage(m.concernNeighbourhood)}</th>
              <th scope="col">{intl.formatMessage(m.concernPriority)}</th>
              <th scope="col">{intl.formatMessage(m.concernDescription)}</th>
            </tr>
          </thead>
          <tbody>
            {forum.concerns.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.topic}</th>
                <td>{c.neighbourhood ?? none}</td>
                <td>{intl.formatMessage(forumLabels[c.priority])}</td>
                <td>{c.description}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export default function ForumPage() {
  const intl = useIntl();
  const { forumId = '' } = useParams();
  const { data, error, loading } = useQuery(ForumPageQuery, { variables: { id: forumId } });
  // Analysts see the forum read-only: no action is offered to them.
  const canWrite = useCanWrite();
  const { agency } = useShell();
  const publishRef = useRef<ModalRef>(null);
  const rescheduleRef = useRef<ModalRef>(null);
  const cancelRef = useRef<ModalRef>(null);
  const completeRef = useRef<ModalRef>(null);
  const [completeOpened, setCompleteOpened] = useState(false);
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // After an action, focus moves to its result (once the closing dialog has handed focus back).
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => noticeRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [notice]);

  const forum = data?.forum;
  if (!forum) {
    return loading ? <Loading /> : <ProblemAlert problem={describeProblem(error)} />;
  }
  const started = new Date(forum.startsAt).getTime() <= Date.now();
  const live = canWrite && (forum.status === 'DRAFT' || forum.status === 'PUBLISHED');
  const draft = canWrite && forum.status === 'DRAFT';
  const published = canWrite && forum.status === 'PUBLISHED';
  const done = (text: string) => setNotice({ text, at: Date.now() });

  return (
    <>
      <p>
        <Link to="/forums">{intl.formatMessage(m.backToList)}</Link>
      </p>
      <PageHeading title={forum.title}>{forum.title}</PageHeading>
      <p>
        <span className="margin-right-1">{intl.formatMessage(m.status)}:</span>
        <Tag className={STATUS_TAG_CLASS[forum.status]}>{intl.formatMessage(forumLabels[forum.status])}</Tag>
      </p>
      <div ref={noticeRef} tabIndex={-1} className="console-notice">
        {notice && (
          <Alert type="success" slim role="status">
            <AlertText>{notice.text}</AlertText>
          </Alert>
        )}
      </div>
      <section aria-labelledby="forum-actions" className="margin-y-3">
        <h2 id="forum-actions" className="console-visually-hidden">
          {intl.formatMessage(m.actions)}
        </h2>
        <ButtonGroup>
          {draft && (
            <Button type="button" onClick={(e) => publishRef.current?.toggleModal(e, true)}>
              {intl.formatMessage(m.publish)}
            </Button>
          )}
          {live && !started && (
            <Button type="button" outline onClick={(e) => rescheduleRef.current?.toggleModal(e, true)}>
              {intl.formatMessage(m.reschedule)}
            </Button>
          )}
          {published && started && (
            <Button
              type="button"
              onClick={(e) => {
                setCompleteOpened(true);
                completeRef.current?.toggleModal(e, true);
              }}
            >
              {intl.formatMessage(m.complete)}
            </Button>
          )}
          {live && (
            <Button type="button" secondary onClick={(e) => cancelRef.current?.toggleModal(e, true)}>
              {intl.formatMessage(m.cancelForum)}
            </Button>
          )}
          {live && (
            <Link className="usa-button usa-button--outline" to={`/forums/${forum.id}/edit`}>
              {intl.formatMessage(m.edit)}
            </Link>
          )}
          <Link className="usa-button usa-button--outline" to={`/forums/${forum.id}/invitations`}>
            {intl.formatMessage(m.invitations)}
          </Link>
        </ButtonGroup>
      </section>
      <section aria-labelledby="forum-details">
        <h2 id="forum-details">{intl.formatMessage(m.details)}</h2>
        <ForumFacts forum={forum} />
      </section>
      <Report forum={forum} />
      <Agenda forum={forum} />
      <TranslationStatus headingId="forum-translations" enabledLanguages={agency.enabledLanguages} missing={forum.missingTranslations}>
        {live && (
          <p>
            <Link to={`/forums/${forum.id}/edit#forum-translations`}>{intl.formatMessage(m.editTranslations)}</Link>
          </p>
        )}
      </TranslationStatus>
      <History forum={forum} />
      {draft && <PublishDialog forum={forum} modalRef={publishRef} onDone={done} />}
      {live && <RescheduleDialog forum={forum} modalRef={rescheduleRef} onDone={done} />}
      {live && <CancelDialog forum={forum} modalRef={cancelRef} onDone={done} />}
      {published && <CompleteForumDialog forum={forum} modalRef={completeRef} onDone={done} opened={completeOpened} />}
    </>
  );
}
