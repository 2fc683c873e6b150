import { DateTime } from 'luxon';
import { ForumSeriesService } from '@app/forums';
import { StaffRole } from '@app/common';
import { MailTestStack, createContact, createMailTestStack, createSignedInStaff } from '@app/testing';
import { ForumWorld, forumWorld } from './support/forums';
import { INVITE } from './support/rsvp-helpers';
import { dateIn, seriesInput } from './support/series';

jest.setTimeout(120_000);

const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { enabledLanguages } }`;
const TRANSLATED = `translations { language title description accessibilityNotes agenda { title notes } }`;
const SERIES = `id
  template { title ${TRANSLATED} }
  missingTranslations { language field }
  occurrences(first: 25) { edges { node { id seriesOccurrenceKey title ${TRANSLATED} } } }`;
const CREATE = `mutation($input: CreateForumSeriesInput!) { createForumSeries(input: $input) { ${SERIES} } }`;
const GET = `query($id: ID!) { forumSeries(id: $id) { ${SERIES} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateForumSeriesInput!) { updateForumSeries(id: $id, input: $input) { ${SERIES} } }`;
const SPLIT = `mutation($id: ID!, $input: UpdateSeriesFromInput!) { updateSeriesFrom(forumId: $id, input: $input) { ${SERIES} } }`;

const VIETNAMESE = {
  language: 'vi',
  title: 'Ban cố vấn cộng đồng',
  description: 'Cư dân cùng xem xét các ưu tiên an ninh mỗi tuần.',
  agenda: [{ title: 'Chào mừng' }],
};
const VI_STORED = { language: 'vi', title: VIETNAMESE.title, description: VIETNAMESE.description, accessibilityNotes: null, agenda: [{ title: 'Chào mừng', notes: null }] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const occurrences = (series: any): any[] => series.occurrences.edges.map((e: any) => e.node);

/** Issue 15: a recurring series' translations reach every occurrence it makes, now and later. */
describe('Forum series in the agency’s languages', () => {
  let stack: MailTestStack;

  beforeAll(async () => {
    stack = await createMailTestStack({ LOGIN_RATE_LIMIT: '1000' });
  });
  afterAll(() => stack.close());

  /** A forum world whose agency has Vietnamese and Arabic enabled. */
  async function world(): Promise<ForumWorld> {
    const w = await forumWorld(stack.t);
    const admin = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, w.agency.id, StaffRole.ADMIN);
    await stack.t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, admin.token);
    return w;
  }

  function create(w: ForumWorld, overrides: Record<string, unknown> = {}) {
    const input = seriesInput(w, { description: 'Residents review policing priorities every week.', agenda: [{ title: 'Welcome' }], translations: [VIETNAMESE], ...overrides });
    return stack.t.graphql.data(CREATE, { input }, w.officer.token).then((d) => d.createForumSeries);
  }

  it('a series created with a Vietnamese translation gives it to every occurrence, and to those the horizon job adds later', async () => {
    const w = await world();
    const series = await create(w);
    expect(series.template.translations).toEqual([VI_STORED]);
    // Vietnamese is complete; Arabic (enabled, nothing given) lacks each text.
    expect(series.missingTranslations).toEqual([
      { language: 'ar', field: 'title' },
      { language: 'ar', field: 'description' },
      { language: 'ar', field: 'agenda.0.title' },
    ]);
    const first = occurrences(series);
    expect(first.map((o) => o.seriesOccurrenceKey)).toEqual([1, 8, 15, 22, 29].map(dateIn));
    for (const occurrence of first) expect(occurrence.translations).toEqual([VI_STORED]);

    await stack.t.dataSource.query(`UPDATE forum_series SET horizon_days = 60 WHERE id = $1`, [series.id]);
    await stack.t.app.get(ForumSeriesService).extend(w.agency.id, series.id);
    const extended = occurrences((await stack.t.graphql.data(GET, { id: series.id }, w.officer.token)).forumSeries);
    expect(extended.map((o) => o.seriesOccurrenceKey)).toEqual([1, 8, 15, 22, 29, 36, 43, 50, 57].map(dateIn));
    for (const occurrence of extended) expect(occurrence.translations).toEqual([VI_STORED]);
  });

  it('whole-series and "this and following" edits carry new translations to the occurrences they change and create', async () => {
    const w = await world();
    const series = await create(w);
    const renamed = { ...VIETNAMESE, title: 'Ban cố vấn khu phố' };
    const updated = (await stack.t.graphql.data(UPDATE, { id: series.id, input: { translations: [renamed] } }, w.officer.token)).updateForumSeries;
    expect(occurrences(updated).map((o) => o.translations[0].title)).toEqual(Array(5).fill('Ban cố vấn khu phố'));

    const third = occurrences(updated)[2];
    const arabic = { language: 'ar', title: 'المجلس الاستشاري' };
    const next = (await stack.t.graphql.data(SPLIT, { id: third.id, input: { translations: [renamed, arabic] } }, w.officer.token)).updateSeriesFrom;
    expect(next.template.translations.map((t: { language: string }) => t.language)).toEqual(['vi', 'ar']);
    expect(occurrences(next).map((o) => o.seriesOccurrenceKey)).toEqual([15, 22, 29].map(dateIn));
    for (const occurrence of occurrences(next)) expect(occurrence.translations.map((t: { title: string }) => t.title)).toEqual(['Ban cố vấn khu phố', 'المجلس الاستشاري']);
    // Earlier occurrences stay with the old series and keep what they had.
    const old = occurrences((await stack.t.graphql.data(GET, { id: series.id }, w.officer.token)).forumSeries);
    expect(old.slice(0, 2).map((o) => o.translations.map((t: { language: string }) => t.language))).toEqual([['vi'], ['vi']]);
  });

  it('refuses a translation in a language the agency has not enabled, naming it, and writes nothing', async () => {
    const w = await world();
    const res = await stack.t.graphql.request(CREATE, { input: seriesInput(w, { translations: [VIETNAMESE, { language: 'ko', title: '자문 위원회' }] }) }, { token: w.officer.token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.translations.1.language' });
    const [{ n }] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM forum_series WHERE agency_id = $1`, [w.agency.id]);
    expect(n).toBe(0);
  });

  it('an invitation to an occurrence reaches a Vietnamese-preferring contact in Vietnamese', async () => {
    const w = await world();
    const series = await create(w, { publishOccurrences: true });
    const contact = await createContact(stack.t.dataSource, w.agency.id, { name: 'Lan Nguyen', preferredLanguage: 'vi' });
    const [occurrence] = occurrences(series);
    const res = await stack.t.graphql.request(INVITE, { forumId: occurrence.id, input: { contactIds: [contact.id] } }, { token: w.officer.token });
    expect(res.errors).toBeUndefined();
    const [mail] = await stack.sink.waitFor(contact.email);
    expect(mail.parsed.subject).toContain(`Lời mời: ${VIETNAMESE.title}, `);
    expect(mail.parsed.text ?? '').toContain(VIETNAMESE.description);
    expect(mail.parsed.text ?? '').not.toContain('Community advisory board');
  });

  it('a date a split drops is cancelled to its Vietnamese invitee in Vietnamese, with the officer\'s reason and not the English explanation staff see', async () => {
    const w = await world();
    const series = await create(w, { publishOccurrences: true });
    const contact = await createContact(stack.t.dataSource, w.agency.id, { name: 'Lan Nguyen', preferredLanguage: 'vi' });
    const [, , third, fourth] = occurrences(series);
    expect((await stack.t.graphql.request(INVITE, { forumId: fourth.id, input: { contactIds: [contact.id] } }, { token: w.officer.token })).errors).toBeUndefined();
    await stack.sink.waitFor(contact.email);

    // From the third date on, the board meets a day later: the fourth date is dropped.
    const weekday = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][DateTime.fromISO(third.seriesOccurrenceKey).plus({ days: 1 }).weekday - 1];
    const reason = 'Thư viện đổi ngày mở cửa';
    const split = await stack.t.graphql.request(SPLIT, { id: third.id, input: { recurrenceRule: `FREQ=WEEKLY;BYDAY=${weekday}`, reason } }, { token: w.officer.token });
    expect(split.errors).toBeUndefined();
    const [cancellation] = await stack.sink.waitFor(contact.email, 2).then((mails) => mails.slice(1));
    const text = cancellation.parsed.text ?? '';
    expect(text).toContain(reason);
    expect(text).not.toContain('The series changed');
    expect(text).not.toContain('no longer one of its dates');
    const [stored] = await stack.t.dataSource.query(`SELECT status, cancel_reason FROM forums WHERE id = $1`, [fourth.id]);
    expect(stored.status).toBe('CANCELLED');
    expect(stored.cancel_reason).toMatch(/^The series changed from .*is no longer one of its dates \(Thư viện đổi ngày mở cửa\)$/);
  });
});
