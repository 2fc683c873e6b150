import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { translate } from '@app/i18n';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createOrganisation, createSignedInStaff, createVenue } from '@app/testing';
import { INVITE, answerLink, calendarPart, getPage, onApi, tokenOf } from './support/rsvp-helpers';

jest.setTimeout(120_000);

const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { enabledLanguages } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateForumInput!) {
  updateForum(id: $id, input: $input) {
    id title
    translations { language title description accessibilityNotes agenda { title notes } }
    missingTranslations { language field message }
  }
}`;

const VIETNAMESE = {
  language: 'vi',
  title: 'Buổi lắng nghe Eastbrook',
  description: 'Hãy đến chia sẻ ý kiến của bạn về an toàn khu phố.',
  accessibilityNotes: 'Có phiên dịch tiếng Việt tại chỗ.',
  agenda: [{ title: 'Chào mừng' }, { title: 'Hỏi và đáp', notes: 'Mọi câu hỏi đều được chào đón.' }],
};

/** Issue 15: forum content (title, description, agenda, accessibility notes) per enabled language, in mails, pages and calendars. */
describe('Forum content in the agency’s languages', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function forumWithTranslations() {
    const agency = await createAgency(db, { name: 'Riverside Police Department', timeZone: 'America/Chicago' });
    const admin = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.ADMIN);
    await stack.t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, admin.token);
    const venue = await createVenue(db, agency.id, { name: 'Eastbrook Library', address: '12 Elm Street' });
    const startsAt = new Date(Date.UTC(2031, 1, 12, 0, 30));
    const forum = await createForum(db, agency.id, {
      title: 'Eastbrook listening session',
      description: 'Come and tell us how safe your neighbourhood feels.',
      accessibilityNotes: 'Vietnamese interpretation on site.',
      agenda: [
        { title: 'Welcome', speaker: null, durationMinutes: 10, notes: null },
        { title: 'Questions and answers', speaker: null, durationMinutes: 60, notes: 'Every question is welcome.' },
      ],
      venueId: venue.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: 'America/Chicago',
    });
    const { updateForum } = await stack.t.graphql.data<{ updateForum: any }>(UPDATE, { id: forum.id, input: { translations: [VIETNAMESE] } }, admin.token);
    return { agency, admin, forum, updated: updateForum };
  }

  it('keeps a translation per enabled language, lists what each enabled language lacks, and names a bad or disabled language', async () => {
    const { admin, forum, updated } = await forumWithTranslations();
    expect(updated.title).toBe('Eastbrook listening session');
    expect(updated.translations).toEqual([
      {
        language: 'vi',
        title: VIETNAMESE.title,
        description: VIETNAMESE.description,
        accessibilityNotes: VIETNAMESE.accessibilityNotes,
        agenda: [
          { title: 'Chào mừng', notes: null },
          { title: 'Hỏi và đáp', notes: 'Mọi câu hỏi đều được chào đón.' },
        ],
      },
    ]);
    // Vietnamese is complete; Arabic (enabled, nothing given) lacks every text the forum has in English.
    expect(updated.missingTranslations.filter((m: any) => m.language === 'vi')).toEqual([]);
    expect(updated.missingTranslations.filter((m: any) => m.language === 'ar').map((m: any) => m.field)).toEqual([
      'title',
      'description',
      'accessibilityNotes',
      'agenda.0.title',
      'agenda.1.title',
      'agenda.1.notes',
    ]);
    expect(updated.missingTranslations[0].message).toBe('The title has no Arabic text');

    const unknown = await stack.t.graphql.request(UPDATE, { id: forum.id, input: { translations: [{ language: 'xx', title: 'T' }] } }, { token: admin.token });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.translations.0.language' });
    expect(unknown.errors![0].message).toContain('"xx"');
    const disabled = await stack.t.graphql.request(UPDATE, { id: forum.id, input: { translations: [VIETNAMESE, { language: 'ko', title: '경청 세션' }] } }, { token: admin.token });
    expect(disabled.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.translations.1.language' });
    expect(disabled.errors![0].message).toContain('"ko"');
    // A refused edit changed nothing.
    const [{ translations }] = await db.query(`SELECT translations FROM forums WHERE id = $1`, [forum.id]);
    expect(Object.keys(translations)).toEqual(['vi']);
  });

  it('a Vietnamese-preferring contact gets the title, description, agenda and notes in Vietnamese, in the mail, the .ics and the RSVP page', async () => {
    const { agency, admin, forum } = await forumWithTranslations();
    const contact = await createContact(db, agency.id, { name: 'Lan Nguyen', preferredLanguage: 'vi' });
    const res = await stack.t.graphql.request(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    const [mail] = await stack.sink.waitFor(contact.email);
    expect(mail.parsed.subject).toContain('Lời mời: Buổi lắng nghe Eastbrook, ');
    const text = mail.parsed.text ?? '';
    for (const part of [VIETNAMESE.description, VIETNAMESE.accessibilityNotes, 'Chào mừng', 'Hỏi và đáp']) expect(text).toContain(part);
    expect(text).not.toContain('Eastbrook listening session');
    expect(mail.parsed.html as string).toContain(VIETNAMESE.title);

    const ics = calendarPart(mail).replace(/\\([,;\\])/g, '$1');
    expect(ics).toContain(`SUMMARY:${VIETNAMESE.title}`);
    expect(ics.replace(/\\n/g, '\n')).toContain(VIETNAMESE.description);
    expect(ics).not.toContain('Eastbrook listening session');

    const page = await getPage(onApi(stack.t.url, answerLink(mail, 'attending')));
    expect(page.body).toMatch(/<html lang="vi" dir="ltr">/);
    expect(page.body).toContain(VIETNAMESE.title);
    expect(page.body).toContain(VIETNAMESE.accessibilityNotes);
    expect(page.body).toContain('Hỏi và đáp');
    // Switched to English, the page shows the officer's English text.
    const english = await getPage(`${onApi(stack.t.url, answerLink(mail, 'attending'))}&lang=en`);
    expect(english.body).toContain('Eastbrook listening session');
    expect(english.body).not.toContain(VIETNAMESE.title);
  });

  it('an Arabic-preferring contact, whose language the forum lacks, gets the English text in an Arabic mail and calendar entry', async () => {
    const { agency, admin, forum } = await forumWithTranslations();
    const contact = await createContact(db, agency.id, { name: 'Samira Khalil', preferredLanguage: 'ar' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, admin.token);
    const [mail] = await stack.sink.waitFor(contact.email);
    expect(mail.parsed.html as string).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.parsed.subject).toContain('Eastbrook listening session');
    expect(mail.parsed.text).toContain(translate('ar', 'forum.agenda'));
    expect(mail.parsed.text).toContain('Questions and answers');
    expect(calendarPart(mail)).toContain('SUMMARY:Eastbrook listening session');
    // On the Arabic RSVP page, the English standing in is marked as English.
    const page = await getPage(onApi(stack.t.url, answerLink(mail, 'maybe')));
    expect(page.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page.body).toContain('<h1><span lang="en">Eastbrook listening session</span></h1>');
    expect(page.body).toContain('<span lang="en">Vietnamese interpretation on site.</span>');
  });

  it('a Vietnamese contact invited to a forum without a Vietnamese description gets the English description marked lang="en" in the HTML mail', async () => {
    const { agency, admin, forum } = await forumWithTranslations();
    const { description: _omitted, ...withoutDescription } = VIETNAMESE;
    await stack.t.graphql.data(UPDATE, { id: forum.id, input: { translations: [withoutDescription] } }, admin.token);
    const contact = await createContact(db, agency.id, { name: 'Minh Tran', preferredLanguage: 'vi' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, admin.token);
    const [mail] = await stack.sink.waitFor(contact.email);
    const html = mail.parsed.html as string;
    expect(html).toMatch(/<html lang="vi" dir="ltr">/);
    expect(html).toContain('<span lang="en">Come and tell us how safe your neighbourhood feels.</span>');
    // The texts that are in Vietnamese are not marked.
    expect(html).toContain(VIETNAMESE.title);
    expect(html).not.toContain(`<span lang="en">${VIETNAMESE.title}`);
    expect(html).not.toMatch(/<span lang="en">(Welcome|Vietnamese interpretation)/);
  });

  it('the delegates page lists only the agency\'s languages and shows the forum\'s title in the page\'s language where it has one', async () => {
    const { agency, admin, forum } = await forumWithTranslations();
    const org = await createOrganisation(db, agency.id, { name: 'Eastbrook Vietnamese Association' });
    const contact = await createContact(db, agency.id, { name: 'Huong Pham', organisationId: org.id, preferredLanguage: 'vi' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { organisations: [{ organisationId: org.id, seats: 2 }] } }, admin.token);
    const [mail] = await stack.sink.waitFor(contact.email);
    const path = `/rsvp/${tokenOf(mail)}/delegates`;
    const vi = await getPage(`${stack.t.url}${path}`);
    expect(vi.body).toMatch(/<html lang="vi" dir="ltr">/);
    expect(vi.body).toContain(`<p>${VIETNAMESE.title}, `);
    expect(vi.body).not.toContain('Eastbrook listening session');
    const links = [...vi.body.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [`${path}?lang=en`, 'en'],
      [`${path}?lang=vi`, 'vi'],
      [`${path}?lang=ar`, 'ar'],
    ]);
    // Arabic, which the forum lacks: the English title, marked as English; English: the officer's title.
    const ar = await getPage(`${stack.t.url}${path}?lang=ar`);
    expect(ar.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar.body).toContain('<p><span lang="en">Eastbrook listening session</span>, ');
    const en = await getPage(`${stack.t.url}${path}?lang=en`);
    expect(en.body).toContain('<p>Eastbrook listening session, ');
  });

  it('the public calendar reads in the reader\'s language among the agency\'s, with language links, and its .ics follows ?lang=', async () => {
    const { agency, forum } = await forumWithTranslations();
    const vi = await fetch(`${stack.t.url}/calendar/${agency.slug}`, { headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
    const body = await vi.text();
    expect(body).toMatch(/<html lang="vi" dir="ltr">/);
    expect(body).toContain(`<h1>${translate('vi', 'page.calendar.title')}</h1>`);
    expect(body).toContain(VIETNAMESE.title);
    expect(body).toContain(VIETNAMESE.description);
    expect(body).toContain('Hỏi và đáp');
    // The language links offer the agency's languages only, each keeping the page.
    const links = [...body.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [`/calendar/${agency.slug}?lang=en`, 'en'],
      [`/calendar/${agency.slug}?lang=vi`, 'vi'],
      [`/calendar/${agency.slug}?lang=ar`, 'ar'],
    ]);
    // Arabic, which the forum lacks: an Arabic page with the English text marked as English.
    const ar = await (await fetch(`${stack.t.url}/calendar/${agency.slug}?lang=ar`)).text();
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar).toContain('<span lang="en">Eastbrook listening session</span>');
    // A language the agency does not offer falls back to English.
    const ko = await (await fetch(`${stack.t.url}/calendar/${agency.slug}?lang=ko`)).text();
    expect(ko).toMatch(/<html lang="en" dir="ltr">/);
    expect(ko).toContain('Eastbrook listening session');

    const download = (await (await fetch(`${stack.t.url}/calendar/${agency.slug}/forums/${forum.id}.ics?lang=vi`)).text()).replace(/\r\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
    expect(download).toContain(`SUMMARY:${VIETNAMESE.title}`);
    expect(download.replace(/\\n/g, '\n')).toContain(VIETNAMESE.description);
    const feed = (await (await fetch(`${stack.t.url}/calendar/${agency.slug}.ics?lang=vi`)).text()).replace(/\r\n[ \t]/g, '');
    expect(feed).toContain(`SUMMARY:${VIETNAMESE.title}`);
    const english = await (await fetch(`${stack.t.url}/calendar/${agency.slug}.ics`)).text();
    expect(english).toContain('SUMMARY:Eastbrook listening session');
  });
});
