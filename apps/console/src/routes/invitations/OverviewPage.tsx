import { useQuery } from '@apollo/client/react';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { CHART_COLOURS, CapacityMeterChart, CountBarChart } from '../../components/charts/CountBarChart';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { InvitationFunnelFragment } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { InvitationsOverviewQuery } from './invitations.graphql';
import { inv } from './invitations.messages';
import { downloadWithSession } from '../../components/download';
import { InvitationsFrame, PeopleReasonTable, csvFileName, useForumId } from './InvitationsFrame';
import { useCanWrite } from '../../app/AgencyContext';

/** While emails are queued the funnel is re-read often, so queued → sent → failed moves on screen; after that, answers still arrive. */
const SENDING_POLL_MS = 1_500;
const ANSWERS_POLL_MS = 5_000;

export interface SentState {
  invited: number;
}

/** The live funnel: delivery, answers, headcount against capacity, refused emails, needs, and the CSV downloads. */
export default function OverviewPage() {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const forumId = useForumId();
  const sent = (useLocation().state as { sent?: SentState } | null)?.sent;
  const { data, error, startPolling } = useQuery(InvitationsOverviewQuery, {
    variables: { forumId },
    pollInterval: SENDING_POLL_MS,
    skipPollAttempt: () => document.hidden,
  });
  // Fast while sending, slower once nothing is queued (answers by link or reply still come in).
  const sending = (data?.invitationSummary.queued ?? 1) > 0;
  useEffect(() => startPolling(sending ? SENDING_POLL_MS : ANSWERS_POLL_MS), [sending, startPolling]);

  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const s = data.invitationSummary;
  return (
    <InvitationsFrame forum={data.forum} page={intl.formatMessage(inv.overviewTitle)}>
      <ProblemAlert problem={describeProblem(error)} />
      {sent && (
        <Alert type="success" slim>
          {intl.formatMessage(inv.sentNotice, { invited: sent.invited })}
        </Alert>
      )}
      <div role="status" className="margin-y-2">
        {s.queued > 0 ? intl.formatMessage(inv.sending, { queued: s.queued }) : ''}
      </div>
      {s.invited === 0 ? (
        <p>
          {intl.formatMessage(inv.nothingYet)} {canWrite && <Link to={`/forums/${forumId}/invitations/invite`}>{intl.formatMessage(inv.inviteNow)}</Link>}
        </p>
      ) : (
        <Funnel summary={s} />
      )}
      <Headcount summary={s} />
      <Failures summary={s} />
      <Logistics summary={s} />
      <CsvDownloads forumId={forumId} title={data.forum.title} />
    </InvitationsFrame>
  );
}

function Funnel({ summary: s }: { summary: InvitationFunnelFragment }) {
  const intl = useIntl();
  const delivery = [
    { key: 'queued', label: intl.formatMessage(inv.queued), value: s.queued, colour: CHART_COLOURS.grey },
    { key: 'sent', label: intl.formatMessage(inv.sent), value: s.sent, colour: CHART_COLOURS.green },
    { key: 'failed', label: intl.formatMessage(inv.failed), value: s.failed, colour: CHART_COLOURS.red },
    { key: 'skipped', label: intl.formatMessage(inv.skipped), value: s.skipped, colour: CHART_COLOURS.gold },
  ];
  const answers = [
    { key: 'attending', label: intl.formatMessage(inv.attending), value: s.attending, colour: CHART_COLOURS.green },
    { key: 'maybe', label: intl.formatMessage(inv.maybe), value: s.maybe, colour: CHART_COLOURS.cyan },
    { key: 'declined', label: intl.formatMessage(inv.declined), value: s.declined, colour: CHART_COLOURS.red },
    { key: 'waitlisted', label: intl.formatMessage(inv.waitlisted), value: s.waitlisted, colour: CHART_COLOURS.violet },
    { key: 'offered', label: intl.formatMessage(inv.offered), value: s.offered, colour: CHART_COLOURS.blue },
    { key: 'noReply', label: intl.formatMessage(inv.noReply), value: s.noReply, colour: CHART_COLOURS.grey },
  ];
  return (
    <div className="grid-row grid-gap">
      <section className="tablet:grid-col-6" aria-labelledby="inv-delivery">
        <h2 id="inv-delivery">{intl.formatMessage(inv.deliveryHeading)}</h2>
        <CountBarChart title={intl.formatMessage(inv.deliveryChart)} bars={delivery} />
        <CountsTable caption={intl.formatMessage(inv.deliveryChart)} bars={delivery} />
      </section>
      <section className="tablet:grid-col-6" aria-labelledby="inv-answers">
        <h2 id="inv-answers">{intl.formatMessage(inv.answersHeading)}</h2>
        <CountBarChart title={intl.formatMessage(inv.answersChart)} bars={answers} />
        <CountsTable caption={intl.formatMessage(inv.answersChart)} bars={answers} />
      </section>
    </div>
  );
}

/** The chart's numbers as a table (for screen readers, and for anyone who would rather read). */
function CountsTable({ caption, bars }: { caption: string; bars: { key: string; label: string; value: number }[] }) {
  const intl = useIntl();
  return (
    <Table compact>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(inv.colState)}</th>
          <th scope="col">{intl.formatMessage(inv.colCount)}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td>{b.value}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Headcount({ summary: s }: { summary: InvitationFunnelFragment }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="inv-headcount">
      <h2 id="inv-headcount">{intl.formatMessage(inv.headcountHeading)}</h2>
      {s.capacity !== null && s.capacity !== undefined ? (
        <>
          <CapacityMeterChart
            title={intl.formatMessage(inv.headcountChart)}
            value={s.seatsTaken}
            total={s.capacity}
            valueLabel={intl.formatMessage(inv.seatsTaken)}
            totalLabel={intl.formatMessage(inv.capacity)}
          />
          <p>{intl.formatMessage(inv.headcountText, { headcount: s.headcount, seatsTaken: s.seatsTaken, capacity: s.capacity })}</p>
        </>
      ) : (
        <p>{intl.formatMessage(inv.headcountNoCapacity, { headcount: s.headcount })}</p>
      )}
      {s.present > 0 && <p>{intl.formatMessage(inv.presentText, { present: s.present, people: s.presentHeadcount })}</p>}
    </section>
  );
}

function Failures({ summary: s }: { summary: InvitationFunnelFragment }) {
  const intl = useIntl();
  if (s.failures.length === 0) return null;
  return (
    <section aria-labelledby="inv-failures">
      <h2 id="inv-failures">{intl.formatMessage(inv.failuresHeading)}</h2>
      <PeopleReasonTable
        caption={intl.formatMessage(inv.failuresCaption)}
        rows={s.failures.map((f) => ({ key: f.invitationId, name: f.contactName, email: f.email, reason: f.reason }))}
      />
    </section>
  );
}

function Logistics({ summary: s }: { summary: InvitationFunnelFragment }) {
  const intl = useIntl();
  const l = s.logistics;
  const rows = [
    { key: 'step', need: intl.formatMessage(inv.needStepFree), count: l.stepFreeAccess, people: l.stepFreeAccessPeople },
    { key: 'sign', need: intl.formatMessage(inv.needSignLanguage), count: l.signLanguage, people: l.signLanguagePeople },
    { key: 'child', need: intl.formatMessage(inv.needChildcare), count: l.childcare, people: l.childcarePeople },
    ...l.interpretation.map((x) => ({ key: `lang-${x.language}`, need: intl.formatMessage(inv.needInterpretation, { language: x.language }), count: x.count, people: x.people })),
    ...l.dietary.map((x) => ({ key: `diet-${x.need}`, need: intl.formatMessage(inv.needDietary, { need: x.need }), count: x.count, people: x.people })),
  ];
  return (
    <section aria-labelledby="inv-logistics">
      <h2 id="inv-logistics">{intl.formatMessage(inv.logisticsHeading)}</h2>
      <div className="console-table-wrap">
        <Table>
          <caption>{intl.formatMessage(inv.logisticsCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(inv.colNeed)}</th>
              <th scope="col">{intl.formatMessage(inv.colAnswers)}</th>
              <th scope="col">{intl.formatMessage(inv.colPeople)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.need}</th>
                <td>{r.count}</td>
                <td>{r.people}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}

function CsvDownloads({ forumId, title }: { forumId: string; title: string }) {
  const intl = useIntl();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function download(scope: 'attendees' | 'all') {
    const file = csvFileName(scope === 'all' ? 'invitees' : 'attendees', title);
    try {
      await downloadWithSession(`/forums/${forumId}/attendees.csv${scope === 'all' ? '?scope=all' : ''}`, { exact: file });
      setMessage({ ok: true, text: intl.formatMessage(inv.exportDone, { file }) });
    } catch {
      setMessage({ ok: false, text: intl.formatMessage(inv.exportFailed) });
    }
  }
  return (
    <section aria-labelledby="inv-export">
      <h2 id="inv-export">{intl.formatMessage(inv.exportHeading)}</h2>
      <p className="usa-hint">{intl.formatMessage(inv.exportHint)}</p>
      <Button type="button" onClick={() => void download('attendees')}>
        {intl.formatMessage(inv.exportAttendees)}
      </Button>
      <Button type="button" outline onClick={() => void download('all')}>
        {intl.formatMessage(inv.exportAll)}
      </Button>
      <p role="status" className={message && !message.ok ? 'text-secondary-dark' : undefined}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
