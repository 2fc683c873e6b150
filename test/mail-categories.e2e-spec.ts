import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { Clock, SettableClock, StaffRole } from '@app/common';
import { DigestService } from '@app/task-forces';
import {
  MailTestStack,
  ReceivedMail,
  createAgency,
  createMailTestStack,
  createPublishedSurvey,
  createSignedInStaff,
  createSurveyContact,
  everyTypeSurveyInput,
  waitForIdleQueues,
} from '@app/testing';
import { getPage, postForm } from './support/rsvp-helpers';
import { answeredForum } from './support/answered-forum';
import { actionItemForContact } from './support/action-items';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;
const DOMAIN = 'replies.liaison.test';

/** The raw message's header block, folded lines joined. */
function headersOf(mail: ReceivedMail): string {
  return mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
}

function header(mail: ReceivedMail, name: string): string | null {
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(headersOf(mail))?.[1]?.trim() ?? null;
}

/**
 * Two categories of mail: outreach (invitations, nudges, and a change of a forum the person
 * never accepted) carries List-Id and one-click List-Unsubscribe and stops when they
 * unsubscribe; operational mail (confirmations, and the update or cancellation of a forum
 * they accepted) carries only Feedback-ID and still reaches them after an unsubscribe.
 */
describe('Outreach and operational mail', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', MAIL_DOMAIN: DOMAIN });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  const local = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");

  it('an invitation is outreach (List-Id, List-Unsubscribe one-click, Feedback-ID, footer says what unsubscribing stops); the RSVP confirmation is operational (Feedback-ID only)', async () => {
    const { agency, people, tokens } = await answeredForum(stack, [{ answer: 'attending' }]);
    const [invitation, confirmation] = await stack.sink.waitFor(people[0].email, 2);

    expect(invitation.parsed.subject).toMatch(/^Invitation: /);
    expect(header(invitation, 'Feedback-ID')).toBe(`forum-invitation:outreach:${agency.id}:liaison`);
    expect(header(invitation, 'List-Id')).toMatch(new RegExp(`<${agency.id}\\.invitations\\.${DOMAIN.replace(/\./g, '\\.')}>$`));
    expect(header(invitation, 'List-Unsubscribe')).toMatch(new RegExp(`^<mailto:unsubscribe\\+${tokens[0]}@${DOMAIN}\\?subject=unsubscribe>, <https?://\\S+/rsvp/${tokens[0]}/unsubscribe>$`));
    expect(header(invitation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(invitation.parsed.text).toContain('This is an invitation from');
    expect(invitation.parsed.text).toContain('Unsubscribing stops invitations, surveys and reminders');
    expect(invitation.parsed.html).toContain('Unsubscribe from invitations');

    expect(confirmation.parsed.subject).not.toMatch(/^Invitation: /);
    expect(header(confirmation, 'Feedback-ID')).toBe(`rsvp-confirmation:operational:${agency.id}:liaison`);
    expect(header(confirmation, 'List-Unsubscribe')).toBeNull();
    expect(header(confirmation, 'List-Unsubscribe-Post')).toBeNull();
    expect(header(confirmation, 'List-Id')).toBeNull();
    expect(confirmation.parsed.text).toContain('This is a service message about a forum you answered');
    // Both machine-written, and said so: out-of-office responders leave them alone.
    for (const mail of [invitation, confirmation]) {
      expect(header(mail, 'Auto-Submitted')).toBe('auto-generated');
      expect(header(mail, 'X-Auto-Response-Suppress')).toBe('OOF, AutoReply');
    }

    const rows = await db.query(`SELECT kind, category FROM outbound_emails WHERE to_address = $1 ORDER BY created_at`, [people[0].email]);
    expect(rows).toEqual([
      { kind: 'forum-invitation', category: 'OUTREACH' },
      { kind: 'rsvp-confirmation', category: 'OPERATIONAL' },
    ]);
  });

  it('the unsubscribe page says it stops outreach only; after one-click unsubscribes, the person who accepted still hears the forum moved and was cancelled, the one who never answered does not', async () => {
    const { officer, forum, people, tokens } = await answeredForum(stack, [{ answer: 'attending' }, null]);
    const [accepted, silent] = people;

    const page = await getPage(`${stack.t.url}/rsvp/${tokens[0]}/unsubscribe`);
    expect(page.body).toContain('You will get no more invitations, surveys, digests or reminders asking for a reply');
    expect(page.body).toContain('If you have accepted a forum, you will still be told if it changes or is cancelled.');
    for (const token of tokens) {
      const done = await postForm(`${stack.t.url}/rsvp/${token}/unsubscribe`, { 'List-Unsubscribe': 'One-Click' });
      expect(done.status).toBe(200);
      expect(done.body).toContain('Messages about forums you accepted (changes, cancellations, your place on a waitlist) still arrive.');
    }
    const optedOut = await db.query(`SELECT opt_out_source FROM contacts WHERE id = ANY($1::uuid[])`, [people.map((p) => p.id)]);
    expect(optedOut.map((r: { opt_out_source: string }) => r.opt_out_source)).toEqual(['list-unsubscribe', 'list-unsubscribe']);

    const newStart = new Date(Math.floor((forum.startsAt.getTime() + 2 * DAY) / HOUR) * HOUR);
    await stack.t.graphql.data(
      `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { sequence } }`,
      { id: forum.id, input: { start: local(newStart, forum.timeZone), end: local(new Date(newStart.getTime() + 2 * HOUR), forum.timeZone), reason: 'The hall is being painted' } },
      officer.token,
    );
    const update = (await stack.sink.waitFor(accepted.email, 3))[2];
    expect(update.parsed.subject).toMatch(/^Updated: /);
    expect(header(update, 'Feedback-ID')).toBe(`forum-update:operational:${forum.agencyId}:liaison`);
    expect(header(update, 'List-Unsubscribe')).toBeNull();

    await stack.t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "The venue flooded.") { status } }`, { id: forum.id }, officer.token);
    const cancellation = (await stack.sink.waitFor(accepted.email, 4))[3];
    expect(cancellation.parsed.subject).toMatch(/^Cancelled: /);
    expect(header(cancellation, 'Feedback-ID')).toBe(`forum-cancelled:operational:${forum.agencyId}:liaison`);
    expect(cancellation.parsed.text).toContain('This is a service message about a forum you answered');

    await waitForIdleQueues(stack.worker);
    // The one who never answered got only the invitation: the change and the cancellation were outreach to them.
    expect(stack.sink.to(silent.email).map((m) => m.parsed.subject?.split(':')[0])).toEqual(['Invitation']);
    expect(stack.sink.to(accepted.email)).toHaveLength(4);
  });

  /** `<mailto:unsubscribe+<token>@DOMAIN?subject=unsubscribe>, <PUBLIC_URL/unsubscribe/<token>>`: the contact's own signed token, in both. */
  const CONTACT_UNSUBSCRIBE = new RegExp(`^<mailto:unsubscribe\\+([0-9a-f]{52})@${DOMAIN.replace(/\./g, '\\.')}\\?subject=unsubscribe>, <(https?://\\S+/unsubscribe/\\1)>$`);

  it('a survey invitation carries the contact’s one-click List-Unsubscribe and a visible link; POSTing it opts them out, so the next survey invitation skips them', async () => {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const contact = await createSurveyContact(db, agency.id);
    const send = async (surveyId: string) =>
      (
        await stack.t.graphql.data<{ sendSurveyInvitations: Record<string, number> }>(
          `mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited skippedOptedOut alreadyInvited } }`,
          { s: surveyId, c: [contact.id] },
          officer.token,
        )
      ).sendSurveyInvitations;
    const first = await createPublishedSurvey(stack.t.graphql, officer.token, everyTypeSurveyInput({ personalInvitations: true }));
    expect(await send(first.id)).toEqual({ invited: 1, skippedOptedOut: 0, alreadyInvited: 0 });
    const [invitation] = await stack.sink.waitFor(contact.email);

    expect(header(invitation, 'Feedback-ID')).toBe(`survey-invitation:outreach:${agency.id}:liaison`);
    expect(header(invitation, 'List-Id')).toMatch(new RegExp(`<${agency.id}\\.invitations\\.${DOMAIN.replace(/\./g, '\\.')}>$`));
    const [, , url] = CONTACT_UNSUBSCRIBE.exec(header(invitation, 'List-Unsubscribe') ?? '') ?? [];
    expect(url).toBeDefined();
    expect(header(invitation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(invitation.parsed.text).toContain(url);
    expect(invitation.parsed.html).toContain(`href="${url}"`);
    expect(invitation.parsed.html).toContain('Unsubscribe from invitations');

    const path = new URL(url).pathname;
    // Opening the link (as a mail scanner would) changes nothing; a forged token is refused.
    expect((await getPage(`${stack.t.url}${path}`)).body).toContain('You will get no more invitations, surveys, digests or reminders asking for a reply');
    expect((await getPage(`${stack.t.url}${path.slice(0, -1)}${path.endsWith('0') ? '1' : '0'}`)).status).toBe(404);
    expect((await db.query(`SELECT opted_out_at FROM contacts WHERE id = $1`, [contact.id]))[0].opted_out_at).toBeNull();

    const done = await postForm(`${stack.t.url}${path}`, { 'List-Unsubscribe': 'One-Click' });
    expect(done.status).toBe(200);
    expect(done.body).toContain('You are unsubscribed');
    expect(await db.query(`SELECT opt_out_source FROM contacts WHERE id = $1`, [contact.id])).toEqual([{ opt_out_source: 'list-unsubscribe' }]);

    const second = await createPublishedSurvey(stack.t.graphql, officer.token, everyTypeSurveyInput({ personalInvitations: true }));
    expect(await send(second.id)).toEqual({ invited: 0, skippedOptedOut: 1, alreadyInvited: 0 });
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(contact.email)).toHaveLength(1);
  });

  it('a task-force digest to a partner contact carries their one-click List-Unsubscribe; the lead officer’s digest is operational, with none', async () => {
    const { agency, officer, contact } = await actionItemForContact(stack.t);
    const clock = stack.worker.get(Clock) as SettableClock;
    // A Monday afternoon in every US zone: past the digest hour wherever the agency is.
    clock.set(new Date('2026-11-30T19:05:00Z'));
    try {
      expect(await stack.worker.get(DigestService).sendDue(agency.id)).toBe(2);
    } finally {
      clock.reset();
    }
    const digestTo = async (email: string) => {
      for (let count = 1; ; count++) {
        const found = (await stack.sink.waitFor(email, count)).find((m) => /your week of/.test(m.parsed.subject ?? ''));
        if (found) return found;
      }
    };
    const toContact = await digestTo(contact.email);
    expect(header(toContact, 'Feedback-ID')).toBe(`task-force.digest:outreach:${agency.id}:liaison`);
    const [, token, url] = CONTACT_UNSUBSCRIBE.exec(header(toContact, 'List-Unsubscribe') ?? '') ?? [];
    expect(token).toBe(contact.id.replace(/-/g, '') + token?.slice(32));
    expect(header(toContact, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(toContact.parsed.text).toContain(url);

    const toLead = await digestTo(officer.user.email);
    expect(header(toLead, 'Feedback-ID')).toBe(`task-force.digest:operational:${agency.id}:liaison`);
    expect(header(toLead, 'List-Unsubscribe')).toBeNull();
    expect(header(toLead, 'List-Id')).toBeNull();
    expect(toLead.parsed.text).not.toContain('/unsubscribe/');
  });
});

