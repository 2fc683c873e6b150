import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, AlertText } from '@trussworks/react-uswds';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useShell } from '../../../app/AgencyContext';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { describeProblem } from '../../../graphql/problem';
import { EditForumFormQuery, RescheduleForumMutation, UpdateForumMutation } from './forum-form.graphql';
import { forumForm as m } from './forum-form.messages';
import { type ForumFormValues, forumValues, timesChanged, translationLanguages, updateInput } from './forum-form-values';
import { ForumForm } from './ForumForm';

/**
 * /forums/:forumId/edit. New times go through rescheduleForum (which tells invitees of a
 * published forum and keeps its history), everything else through updateForum.
 */
export default function EditForumPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { forumId = '' } = useParams();
  const { agency } = useShell();
  const { data, error } = useQuery(EditForumFormQuery, { variables: { id: forumId }, fetchPolicy: 'network-only' });
  const [reschedule] = useMutation(RescheduleForumMutation);
  const [update] = useMutation(UpdateForumMutation);
  /** The times as saved: after a reschedule succeeds and the update then fails, saving again must not reschedule twice. */
  const savedTimes = useRef<Pick<ForumFormValues, 'start' | 'end' | 'timeZone' | 'venue'> | null>(null);
  const forum = data?.forum;
  const title = forum ? intl.formatMessage(m.editTitle, { title: forum.title }) : intl.formatMessage(m.newTitle);
  if (forum && !savedTimes.current) savedTimes.current = { start: forum.startsAtLocal, end: forum.endsAtLocal, timeZone: forum.timeZone, venue: forum.venue ?? null };

  async function save(values: ForumFormValues, overrideReason: string | null) {
    const saved = savedTimes.current!;
    const conflictOverride = overrideReason ? { reason: overrideReason } : undefined;
    if (timesChanged(values, saved)) {
      const venueId = values.format !== 'ONLINE' && values.venue && values.venue.id !== saved.venue?.id ? values.venue.id : undefined;
      const moved = await reschedule({ variables: { id: forumId, input: { start: values.start, end: values.end, timeZone: values.timeZone, venueId, conflictOverride } } });
      const after = moved.data!.rescheduleForum;
      savedTimes.current = { start: after.startsAtLocal, end: after.endsAtLocal, timeZone: after.timeZone, venue: after.venue ?? null };
    }
    await update({ variables: { id: forumId, input: updateInput(values, overrideReason, translationLanguages(agency.enabledLanguages)) } });
    navigate(`/forums/${forumId}`);
  }

  const editable = forum && (forum.status === 'DRAFT' || forum.status === 'PUBLISHED');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {error && !data && <ProblemAlert problem={describeProblem(error)} />}
      {!data && !error && <Loading />}
      {forum && !editable && (
        <Alert type="info" slim>
          <AlertText>{intl.formatMessage(m.notEditable, { status: forum.status })}</AlertText>
        </Alert>
      )}
      {data && forum && (
        <ForumForm
          key={forum.id}
          mode="edit"
          initial={forumValues(forum)}
          venues={{ totalCount: data.venues.totalCount, venues: data.venues.edges.map((e) => e.node) }}
          staff={data.staffUsers.edges.map((e) => e.node)}
          cancelTo={`/forums/${forum.id}`}
          savedOverride={forum.conflictOverrideReason}
          save={save}
        />
      )}
      {forum && (
        <p className="margin-top-3">
          <Link to={`/forums/${forum.id}`} className="usa-link">
            {intl.formatMessage(m.backToForum)}
          </Link>
        </p>
      )}
    </>
  );
}
