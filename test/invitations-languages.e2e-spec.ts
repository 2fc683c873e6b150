import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { formatTimeRange, translate } from '@app/i18n';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, createVenue } from '@app/testing';
import { INVITE, answerLink, calendarPart, getPage, onApi, postForm } from './support/rsvp-helpers';

/** Issue 15: a contact's preferred language chooses the language of their mail and of the pages their links open. */
describe('Invitations in the contact’s language', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function inviteOne(preferredLanguage: string) {
    const agency = await createAgency(db, { name: 'Riverside Police Department', timeZone: 'America/Chicago' });
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const venue = await createVenue(db, agency.id, { name: 'Eastbrook Library', address: '12 Elm Street' });
    const startsAt = new Date(Date.UTC(2031, 1, 12, 0, 30)); // 6:30 PM the evening before in Chicago
    const forum = await createForum(db, agency.id, {
      title: 'Eastbrook listening session',
      venueId: venue.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: 'America/Chicago',
    });
    const contact = await createContact(db, agency.id, { name: 'Lan Nguyen', preferredLanguage });
    const res = await stack.t.graphql.request(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, { token: officer.token });
    expect(res.errors).toBeUndefined();
    const [mail] = await stack.sink.waitFor(contact.email);
    return { forum, contact, mail };
  }

  it('a Vietnamese-preferring contact gets the invitation in Vietnamese (subject, body, lang="vi", calendar) and its RSVP page opens in Vietnamese', async () => {
    const { forum, contact, mail } = await inviteOne('vi');
    const when = formatTimeRange(forum.startsAt, forum.endsAt, 'America/Chicago', 'vi');
    expect(mail.parsed.subject).toBe(`Lời mời: Eastbrook listening session, ${when}`);
    const htmlBody = mail.parsed.html as string;
    expect(htmlBody).toMatch(/<html lang="vi" dir="ltr">/);
    expect(htmlBody).toContain(translate('vi', 'common.hello', { name: 'Lan Nguyen' }));
    expect(htmlBody).toContain(`>${translate('vi', 'answer.button.attending')}</a>`);
    expect(mail.parsed.text).toContain(translate('vi', 'mail.invitation.invites', { agency: 'Riverside Police Department' }));
    expect(mail.parsed.text).not.toContain('Will you come?');
    // ICS text escapes commas and semicolons.
    expect(calendarPart(mail).replace(/\\([,;\\])/g, '$1')).toContain(`${translate('vi', 'forum.when')}: ${when}`);

    const page = await getPage(onApi(stack.t.url, answerLink(mail, 'attending')));
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html lang="vi" dir="ltr">/);
    expect(page.body).toContain(translate('vi', 'page.rsvp.submit'));
    expect(page.body).not.toContain('Confirm my answer');

    // The resident can switch the page's language; the form keeps it.
    const english = await getPage(`${onApi(stack.t.url, answerLink(mail, 'attending'))}&lang=en`);
    expect(english.body).toMatch(/<html lang="en" dir="ltr">/);
    expect(english.body).toContain('Confirm my answer');

    const saved = await postForm(`${onApi(stack.t.url, answerLink(mail, 'attending')).split('?')[0]}`, { answer: 'attending', partySize: '1' });
    expect(saved.status).toBe(200);
    expect(saved.body).toContain(translate('vi', 'page.rsvp.saved.attending'));
    const [, confirmation] = await stack.sink.waitFor(contact.email, 2);
    expect(confirmation.parsed.subject).toBe(`${translate('vi', 'mail.confirmation.attending.headline')}: Eastbrook listening session`);
  });

  it('an Arabic-preferring contact gets right-to-left mail and pages', async () => {
    const { mail } = await inviteOne('ar');
    expect(mail.parsed.html as string).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.parsed.subject).toContain(translate('ar', 'mail.invitation.subject', { title: 'Eastbrook listening session', when: '' }).replace(/[,،\s]+$/, ''));
    const page = await getPage(onApi(stack.t.url, answerLink(mail, 'maybe')));
    expect(page.body).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it('a Spanish-preferring contact gets Spanish, with the date in Spanish', async () => {
    const { forum, mail } = await inviteOne('es-MX');
    expect(mail.parsed.html as string).toMatch(/<html lang="es" dir="ltr">/);
    expect(mail.parsed.subject).toBe(`Invitación: Eastbrook listening session, ${formatTimeRange(forum.startsAt, forum.endsAt, 'America/Chicago', 'es')}`);
    expect(mail.parsed.subject).toContain('martes, 11 de febrero de 2031');
  });

  it('a contact whose language Liaison does not ship gets English, and English mail reads "Tuesday, February 11, 2031, 6:30–8:00 PM CST"', async () => {
    const { mail } = await inviteOne('so');
    expect(mail.parsed.html as string).toMatch(/<html lang="en" dir="ltr">/);
    expect(mail.parsed.subject).toBe('Invitation: Eastbrook listening session, Tuesday, February 11, 2031, 6:30–8:00 PM CST');
  });

  it('a refused link answers in the browser’s language when nothing was chosen', async () => {
    const res = await fetch(`${stack.t.url}/rsvp/${'0'.repeat(40)}`, { headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' } });
    const body = await res.text();
    expect(res.status).toBe(404);
    expect(body).toMatch(/<html lang="ko" dir="ltr">/);
    expect(body).toContain(translate('ko', 'page.error.linkNotRecognised'));
  });
});
