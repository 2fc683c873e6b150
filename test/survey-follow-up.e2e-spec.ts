import { DataSource } from 'typeorm';
import { MailTestStack, createMailTestStack, createPublishedSurvey, everyTypeSurveyInput, waitForIdleQueues } from '@app/testing';
import { answeredForum } from './support/answered-forum';
const COMPLETE = `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { status } }`;
const CHECK_IN = `mutation($id: ID!) { checkInAttendee(invitationId: $id) { id } }`;
const surveyLink = /https?:\/\/[^\s"]+\/s\/[^\s"]+\/[A-Za-z0-9_-]+/;

/** Issue 5: a completed forum's follow-up survey goes to its attendees by itself. */
describe('Follow-up surveys of completed forums', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  /** A forum (now started) whose invitees answered attending, attending, maybe and declined, with a published follow-up survey. */
  async function forumWithFollowUp() {
    const answers = ['attending', 'attending', 'maybe', 'declined'].map((answer) => ({ answer }));
    const { officer, forum, people, invitationOf } = await answeredForum(stack, answers);
    const survey = await createPublishedSurvey(stack.t.graphql, officer.token, everyTypeSurveyInput({ personalInvitations: true, publicLink: false, forumId: forum.id }));
    await db.query(`UPDATE forums SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [forum.id]);
    const [ana, ben, maybe, declined] = people;
    return { officer, forum, survey, ana, ben, maybe, declined, invitationOf };
  }

  const surveyMails = (email: string) => stack.sink.to(email).filter((m) => surveyLink.test(m.parsed.text ?? ''));

  it('completing the forum mails the survey link to those who said they were attending (nobody checked in), not to the declined or the maybe', async () => {
    const { officer, forum, survey, ana, ben, maybe, declined } = await forumWithFollowUp();
    await stack.t.graphql.data(COMPLETE, { id: forum.id, input: { attendanceCount: 2 } }, officer.token);
    for (const person of [ana, ben]) {
      const mail = (await stack.sink.waitFor(person.email, 3))[2];
      expect(mail.parsed.subject).toContain('Neighbourhood safety');
      expect(mail.parsed.text).toContain(`/s/${survey.slug}/`);
    }
    await waitForIdleQueues(stack.worker);
    expect(surveyMails(maybe.email)).toHaveLength(0);
    expect(surveyMails(declined.email)).toHaveLength(0);
    expect(await db.query(`SELECT 1 FROM survey_invitations WHERE survey_id = $1`, [survey.id])).toHaveLength(2);
  });

  it('with check-ins, only those checked in get it; a later check-in sends it to that person, and checking in again never sends it twice', async () => {
    const { officer, forum, survey, ana, ben, maybe, invitationOf } = await forumWithFollowUp();
    await stack.t.graphql.data(CHECK_IN, { id: await invitationOf(ana.id) }, officer.token);
    await stack.t.graphql.data(COMPLETE, { id: forum.id, input: { attendanceCount: 1 } }, officer.token);
    expect((await stack.sink.waitFor(ana.email, 3))[2].parsed.text).toContain(`/s/${survey.slug}/`);

    await stack.t.graphql.data(CHECK_IN, { id: await invitationOf(maybe.id) }, officer.token);
    expect((await stack.sink.waitFor(maybe.email, 3))[2].parsed.text).toContain(`/s/${survey.slug}/`);
    await stack.t.graphql.data(CHECK_IN, { id: await invitationOf(maybe.id) }, officer.token);
    await stack.t.graphql.data(CHECK_IN, { id: await invitationOf(ana.id) }, officer.token);
    await waitForIdleQueues(stack.worker);
    expect(surveyMails(maybe.email)).toHaveLength(1);
    expect(surveyMails(ana.email)).toHaveLength(1);
    expect(surveyMails(ben.email)).toHaveLength(0);
    expect(await db.query(`SELECT 1 FROM survey_invitations WHERE survey_id = $1`, [survey.id])).toHaveLength(2);
  });

  it('a check-in before the forum is completed sends nothing yet', async () => {
    const { officer, ana, invitationOf } = await forumWithFollowUp();
    await stack.t.graphql.data(CHECK_IN, { id: await invitationOf(ana.id) }, officer.token);
    await waitForIdleQueues(stack.worker);
    expect(surveyMails(ana.email)).toHaveLength(0);
  });
});
