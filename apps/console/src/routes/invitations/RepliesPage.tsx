import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorMessage, Fieldset, Radio } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { CursorPager } from '../../components/CursorPager';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { RsvpResponse } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { InvitationsOverviewQuery, InvitationsRepliesQuery, ResolveRsvpReplyMutation } from './invitations.graphql';
import { inv } from './invitations.messages';
import { InvitationsFrame, useForumId } from './InvitationsFrame';
import { useCanWrite } from '../../app/AgencyContext';

const ANSWERS: RsvpResponse[] = ['ATTENDING', 'MAYBE', 'DECLINED'];
const NO_FILTERS = [] as const;

/**
 * Replies an officer should read: those that gave no clear answer (record what they meant,
 * or dismiss them), and those whose clear answer was recorded but that also ask something
 * (answer the sender, then mark them read; a misread answer can still be corrected here).
 */
export default function RepliesPage() {
  const intl = useIntl();
  const forumId = useForumId();
  const { after, setAfter } = useUrlFilters(NO_FILTERS);
  const { data, error } = useQuery(InvitationsRepliesQuery, { variables: { forumId, after } });
  const [resolve, resolving] = useMutation(ResolveRsvpReplyMutation, { refetchQueries: [InvitationsRepliesQuery, InvitationsOverviewQuery] });
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const zone = data.forum.timeZone;

  async function done(id: string, address: string, answer: RsvpResponse | null, alreadyAnswered: boolean) {
    const result = await resolve({ variables: { id, answer } }).catch(() => null);
    if (!result?.data) return;
    setNotice(
      answer
        ? intl.formatMessage(inv.replyResolved, { answer: intl.formatMessage(inv[`response${answer}`]), address })
        : intl.formatMessage(alreadyAnswered ? inv.replyMarkedRead : inv.replyDismissed, { address }),
    );
    // The reply's card is gone: focus the message that says what happened.
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  const replies = data.rsvpRepliesNeedingReading;
  return (
    <InvitationsFrame forum={data.forum} page={intl.formatMessage(inv.repliesTitle)}>
      <h2>{intl.formatMessage(inv.repliesTitle)}</h2>
      <p className="maxw-tablet">{intl.formatMessage(inv.repliesIntro)}</p>
      <ProblemAlert problem={describeProblem(resolving.error)} />
      <p role="status" ref={noticeRef} tabIndex={-1} className="text-bold">
        {notice}
      </p>
      {replies.totalCount === 0 && <p>{intl.formatMessage(inv.repliesNone)}</p>}
      {replies.edges.map(({ node: r }) => (
        <ReplyCard
          key={r.id}
          reply={r}
          zone={zone}
          busy={resolving.loading}
          onDone={(answer) => void done(r.id, r.fromAddress, answer, Boolean(r.interpretedAnswer))}
        />
      ))}
      <CursorPager pageInfo={replies.pageInfo} after={after} onPage={setAfter} total={replies.totalCount} />
    </InvitationsFrame>
  );
}

function ReplyCard({
  reply: r,
  zone,
  busy,
  onDone,
}: {
  reply: { id: string; fromAddress: string; subject: string; body: string; interpretedAnswer?: RsvpResponse | null; receivedAt: string };
  zone: string;
  busy: boolean;
  onDone: (answer: RsvpResponse | null) => void;
}) {
  const intl = useIntl();
  const [answer, setAnswer] = useState<RsvpResponse | ''>('');
  // Analysts read the replies; recording what one meant is not offered to them.
  const canWrite = useCanWrite();
  const [missing, setMissing] = useState(false);
  const headingId = `reply-${r.id}`;
  return (
    <article aria-labelledby={headingId} className="console-attendee maxw-tablet-lg">
      <h3 id={headingId} className="margin-y-0">
        {intl.formatMessage(inv.replySubject, { subject: r.subject })}
      </h3>
      <p className="margin-y-1">
        {intl.formatMessage(inv.replyFrom, {
          address: r.fromAddress,
          date: intl.formatDate(r.receivedAt, { timeZone: zone, dateStyle: 'medium' }),
          time: intl.formatTime(r.receivedAt, { timeZone: zone, timeStyle: 'short' }),
          zone,
        })}
      </p>
      {r.interpretedAnswer && (
        <p className="margin-y-1">
          {intl.formatMessage(inv.replyAnsweredAndAsks, { answer: intl.formatMessage(inv[`response${r.interpretedAnswer}`]) })}
        </p>
      )}
      <h4 className="margin-bottom-05">{intl.formatMessage(inv.replyText)}</h4>
      <pre className="console-reply-body" tabIndex={0} aria-label={intl.formatMessage(inv.replyText)}>
        {r.body}
      </pre>
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!answer) return setMissing(true);
            onDone(answer);
          }}
        >
          <Fieldset legend={intl.formatMessage(r.interpretedAnswer ? inv.replyMeantCorrect : inv.replyMeant)}>
            {missing && <ErrorMessage id={`${headingId}-error`}>{intl.formatMessage(inv.chooseAnswer)}</ErrorMessage>}
            {ANSWERS.map((a) => (
              <Radio
                key={a}
                id={`${headingId}-${a}`}
                name={`${headingId}-answer`}
                value={a}
                label={intl.formatMessage(inv[`response${a}`])}
                checked={answer === a}
                aria-describedby={missing ? `${headingId}-error` : undefined}
                onChange={() => {
                  setAnswer(a);
                  setMissing(false);
                }}
              />
            ))}
          </Fieldset>
          <Button type="submit" disabled={busy} className="margin-top-2">
            {intl.formatMessage(inv.recordAnswer)}
          </Button>
          <Button type="button" outline disabled={busy} className="margin-top-2" onClick={() => onDone(null)}>
            {intl.formatMessage(r.interpretedAnswer ? inv.markReplyRead : inv.dismissReply)}
          </Button>
        </form>
      )}
    </article>
  );
}
