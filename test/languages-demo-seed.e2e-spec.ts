import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LANGUAGE_CODES } from '@app/common';
import { formatTimeRange, translate } from '@app/i18n';
import { DEMO_PASSWORD, DemoSeedService, SetupModule } from '@app/setup';
import { MailTestStack, createForum, createMailTestStack, signIn } from '@app/testing';
import { DEMO_SEED_MODULES } from '../scripts/demo-seed-modules';
import { INVITE, answerLink, calendarPart, getPage, onApi } from './support/rsvp-helpers';

jest.setTimeout(180_000);

/** Issue 15, "Done when": on the demo agency with all seven languages enabled, a Vietnamese-preferring contact is invited in Vietnamese. */
describe('Languages on the demo agency', () => {
  let stack: MailTestStack;
  let setup: INestApplicationContext;
  // The demo agency is shared by the demo-seed files of this worker's database: what this file adds, it removes.
  const forumsMade: string[] = [];
  const venuesMade: string[] = [];

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    setup = await NestFactory.createApplicationContext(SetupModule.forRoot(stack.t.config, {}, DEMO_SEED_MODULES), { logger: false });
  });
  afterAll(async () => {
    if (forumsMade.length) await stack.t.dataSource.query(`DELETE FROM forums WHERE id = ANY($1)`, [forumsMade]);
    if (venuesMade.length) await stack.t.dataSource.query(`DELETE FROM venues WHERE id = ANY($1)`, [venuesMade]);
    await setup.close();
    await stack.close();
  });

  it('enables all seven languages; its Vietnamese-preferring contact gets the invitation in Vietnamese and the RSVP page opens in Vietnamese', async () => {
    const { agency, logins } = await setup.get(DemoSeedService).seed();
    const admin = logins.find((l) => l.role === 'ADMIN')!;
    const token = await signIn(stack.t.graphql, admin.email, DEMO_PASSWORD);
    const { agency: settings } = await stack.t.graphql.data<{ agency: { enabledLanguages: string[] } }>(`{ agency { enabledLanguages } }`, {}, token);
    expect(settings.enabledLanguages).toEqual([...LANGUAGE_CODES]);

    const db = stack.t.dataSource;
    const speakers: { preferred_language: string; id: string; email: string; name: string }[] = await db.query(
      `SELECT id, email, name, preferred_language FROM contacts WHERE agency_id = $1 AND preferred_language IN ('vi', 'ar') AND opted_out_at IS NULL ORDER BY preferred_language DESC`,
      [agency.id],
    );
    expect(speakers.map((s) => s.preferred_language)).toEqual(['vi', 'ar']);
    const [contact] = speakers;

    const startsAt = new Date(Date.UTC(2031, 1, 12, 0, 30));
    const forum = await createForum(db, agency.id, { title: 'Riverside Flats listening session', startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), timeZone: 'America/Chicago' });
    forumsMade.push(forum.id);
    if (forum.venueId) venuesMade.push(forum.venueId);
    const res = await stack.t.graphql.request(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, { token });
    expect(res.errors).toBeUndefined();
    const [mail] = await stack.sink.waitFor(contact.email);
    const when = formatTimeRange(forum.startsAt, forum.endsAt, 'America/Chicago', 'vi');
    expect(mail.parsed.subject).toBe(`Lời mời: Riverside Flats listening session, ${when}`);
    expect(mail.parsed.html as string).toMatch(/<html lang="vi" dir="ltr">/);
    expect(mail.parsed.text).toContain(translate('vi', 'mail.invitation.invites', { agency: agency.name }));
    expect(calendarPart(mail).replace(/\\([,;\\])/g, '$1')).toContain(`${translate('vi', 'forum.when')}: ${when}`);

    const page = await getPage(onApi(stack.t.url, answerLink(mail, 'attending')));
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html lang="vi" dir="ltr">/);
    expect(page.body).toContain(translate('vi', 'page.rsvp.submit'));
    expect(page.body).not.toContain('Confirm my answer');
  });
});
