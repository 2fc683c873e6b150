import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Label, Select, Tag, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { CursorPager } from '../../components/CursorPager';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import { common } from '../../components/common.messages';
import type { AttendeeFragment, InvitationFilterInput, RsvpResponse } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { CheckInAttendeeMutation, InvitationsAttendeesQuery } from './invitations.graphql';
import { inv } from './invitations.messages';
import { InvitationsFrame, useForumId } from './InvitationsFrame';
import { useCanWrite } from '../../app/AgencyContext';

const RESPONSES: RsvpResponse[] = ['ATTENDING', 'MAYBE', 'DECLINED', 'WAITLISTED', 'OFFERED'];
const FILTER_KEYS = ['response', 'q'] as const;
const NO_REPLY = 'NO_REPLY';

function toFilter(response: string, q: string): InvitationFilterInput {
  return {
    ...(response === NO_REPLY ? { noReply: true } : RESPONSES.includes(response as RsvpResponse) ? { response: response as RsvpResponse } : {}),
    ...(q.trim() ? { text: q.trim() } : {}),
  };
}

/** The attendee list, made to be used on a phone at the door: search by name, big check-in and undo buttons. */
export default function AttendeesPage() {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const forumId = useForumId();
  const { filters, setFilters, after, setAfter } = useUrlFilters(FILTER_KEYS);
  const [q, setQ] = useState(filters.q);
  const [response, setResponse] = useState(filters.response);
  const { data, error } = useQuery(InvitationsAttendeesQuery, { variables: { forumId, filter: toFilter(filters.response, filters.q), after } });
  const [checkIn, checking] = useMutation(CheckInAttendeeMutation);
  const [notice, setNotice] = useState('');

  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const forum = data.forum;
  const zone = forum.timeZone;
  // Analysts see who came but may not check anyone in.
  const checkInOpen = canWrite && (forum.status === 'COMPLETED' || (forum.status === 'PUBLISHED' && new Date(forum.startsAt) <= new Date()));

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ q, response });
  }

  async function toggle(a: AttendeeFragment, present: boolean) {
    const result = await checkIn({ variables: { invitationId: a.id, present } }).catch(() => null);
    if (result?.data) setNotice(intl.formatMessage(present ? inv.checkedInNotice : inv.undoneNotice, { name: a.contactName }));
  }

  const connection = data.forumInvitations;
  return (
    <InvitationsFrame forum={forum} page={intl.formatMessage(inv.attendeesTitle)}>
      <Form onSubmit={apply} large className="maxw-full">
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-6">
            <Label htmlFor="att-q">{intl.formatMessage(inv.searchLabel)}</Label>
            <TextInput id="att-q" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="tablet:grid-col-4">
            <Label htmlFor="att-response">{intl.formatMessage(inv.responseLabel)}</Label>
            <Select id="att-response" name="response" value={response} onChange={(e) => setResponse(e.target.value)}>
              <option value="">{intl.formatMessage(inv.responseAny)}</option>
              {RESPONSES.map((r) => (
                <option key={r} value={r}>
                  {intl.formatMessage(inv[`response${r}`])}
                </option>
              ))}
              <option value={NO_REPLY}>{intl.formatMessage(inv.responseNoReply)}</option>
            </Select>
          </div>
          <div className="tablet:grid-col-2 display-flex flex-align-end">
            <Button type="submit" className="console-attendee__action">
              {intl.formatMessage(common.search)}
            </Button>
          </div>
        </div>
      </Form>
      <ProblemAlert problem={describeProblem(checking.error ?? error)} />
      <p role="status" className="margin-y-2 text-bold">
        {notice}
      </p>
      {!checkInOpen && <p className="usa-hint">{intl.formatMessage(inv.checkInClosed)}</p>}
      <h2>{intl.formatMessage(inv.listHeading)}</h2>
      <p>{intl.formatMessage(common.resultCount, { count: connection.totalCount })}</p>
      <ul className="usa-list usa-list--unstyled">
        {connection.edges.map(({ node: a }) => (
          <li key={a.id} className="console-attendee">
            <h3 className="margin-y-0">{a.contactName}</h3>
            {a.organisationName && <p className="margin-y-05">{a.organisationName}</p>}
            <p className="margin-y-05">
              {a.response ? (
                <Tag className={a.response === 'ATTENDING' ? 'console-tag--attending' : 'bg-base-dark'}>{intl.formatMessage(inv[`response${a.response}`])}</Tag>
              ) : (
                <Tag className="bg-base-dark">{intl.formatMessage(inv.responseNoReply)}</Tag>
              )}{' '}
              {a.partySize > 1 && intl.formatMessage(inv.party, { count: a.partySize })}
            </p>
            <Needs attendee={a} />
            {a.delivery.status !== 'SENT' && (
              <p className="margin-y-05">{intl.formatMessage(inv[`delivery${a.delivery.status}`], { error: a.delivery.error ?? '' })}</p>
            )}
            {a.checkedInAt && (
              <p className="margin-y-05 text-bold">
                {intl.formatMessage(inv.checkedInAt, { time: intl.formatTime(a.checkedInAt, { timeZone: zone, timeStyle: 'short' }), zone })}
              </p>
            )}
            {checkInOpen &&
              (a.checkedInAt ? (
                <Button type="button" outline className="console-attendee__action" disabled={checking.loading} onClick={() => void toggle(a, false)}>
                  {intl.formatMessage(inv.undoCheckIn, { name: a.contactName })}
                </Button>
              ) : (
                (a.response === 'ATTENDING' || a.response === 'MAYBE') && (
                  <Button type="button" size="big" className="console-attendee__action" disabled={checking.loading} onClick={() => void toggle(a, true)}>
                    {intl.formatMessage(inv.checkIn, { name: a.contactName })}
                  </Button>
                )
              ))}
          </li>
        ))}
      </ul>
      <CursorPager pageInfo={connection.pageInfo} after={after} onPage={setAfter} total={connection.totalCount} />
    </InvitationsFrame>
  );
}

function Needs({ attendee: a }: { attendee: AttendeeFragment }) {
  const intl = useIntl();
  const needs = [
    a.stepFreeAccess && intl.formatMessage(inv.needStepFree),
    a.signLanguage && intl.formatMessage(inv.needSignLanguage),
    a.childcare && intl.formatMessage(inv.needChildcare),
    a.interpretationLanguage && intl.formatMessage(inv.needInterpretation, { language: a.interpretationLanguage }),
    a.dietary && intl.formatMessage(inv.needDietary, { need: a.dietary }),
  ].filter(Boolean) as string[];
  if (needs.length === 0) return null;
  return <p className="margin-y-05">{intl.formatMessage(inv.needsList, { needs: intl.formatList(needs) })}</p>;
}
