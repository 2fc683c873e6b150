import { StaffRole } from '@app/common';
import { JobsService, QueueName } from '@app/queue';
import {
  CreatedSurvey,
  MailTestStack,
  createAgency,
  createMailTestStack,
  createPublishedSurvey,
  createSignedInStaff,
  createSurveyContact,
  createTestApp,
  everyTypeSurveyInput,
  eventually,
  postSurveyForm,
  testConfig,
} from '@app/testing';

jest.setTimeout(120_000);

interface Answers {
  area?: string;
  safe?: string;
  recommend?: string;
  contacted?: string;
  how?: string;
  topics?: string[];
  other?: string;
  years?: string;
  name?: string;
  comments?: string;
}

/** The form fields a resident's browser would send for these answers (option keys become option ids). */
export function fieldsFor(survey: CreatedSurvey, answers: Answers): [string, string][] {
  const q = (key: string) => survey.questions.find((x) => x.key === key)!;
  const option = (key: string, optionKey: string) => q(key).options.find((o) => o.key === optionKey)?.id ?? optionKey;
  const fields: [string, string][] = [];
  for (const key of ['area', 'safe', 'recommend', 'contacted', 'years', 'name', 'comments'] as const) {
    if (answers[key] !== undefined) fields.push([`q.${q(key).id}`, answers[key]!]);
  }
  if (answers.how !== undefined) fields.push([`q.${q('how').id}`, option('how', answers.how)]);
  for (const topic of answers.topics ?? []) fields.push([`q.${q('topics').id}`, topic === '__other' ? topic : option('topics', topic)]);
  if (answers.other !== undefined) fields.push([`q.${q('topics').id}.other`, answers.other]);
  // The page lists the questions it showed; a browser sends them back.
  for (const question of survey.questions) fields.push(['shown', question.id]);
  return fields;
}

const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { computedAt responseCount invitationsSent invitationsAnswered responseRate
  byNeighbourhood { group count suppressed suppression } weekly { week count suppressed suppression }
  questions { key type answered suppressed suppression mean median min max nps
    counts { key label { en es } count percent suppressed suppression } terms { term count }
    byNeighbourhood { group count mean suppressed suppression counts { key count suppressed } } weekly { week count mean suppressed suppression } } } }`;

const AREAS_HIDDEN = ['Old Town', 'Northgate', 'Eastbrook'].map((group) => ({ group, count: null, suppressed: true, suppression: 'PROTECTING_SMALL_COUNTS' }));

describe('Surveys end to end (API + worker, real PostgreSQL and Redis)', () => {
  let stack: MailTestStack;

  beforeAll(async () => {
    stack = await createMailTestStack({ SURVEY_RESULTS_SWEEP_SECONDS: '1', PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' });
  });
  afterAll(async () => {
    await stack.close();
  });

  async function officer() {
    const agency = await createAgency(stack.t.dataSource);
    const staff = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    return { agency, token: staff.token };
  }

  async function results(token: string, surveyId: string) {
    return (await stack.t.graphql.data<{ surveyResults: any }>(RESULTS, { id: surveyId }, token)).surveyResults;
  }

  async function waitForResults(token: string, surveyId: string, responseCount: number) {
    return eventually(async () => {
      const r = await results(token, surveyId);
      expect(r.responseCount).toBe(responseCount);
      return r;
    }, { what: `${responseCount} responses in the results`, intervalMs: 200 });
  }

  async function answer(survey: CreatedSurvey, answers: Answers, path = `/s/${survey.slug}`) {
    return postSurveyForm(stack.t.url, path, survey.id, fieldsFor(survey, answers));
  }

  async function responseCount(surveyId: string): Promise<number> {
    const [{ n }] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [surveyId]);
    return n;
  }

  it('takes every question type from the page to the results', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    const page = await fetch(`${stack.t.url}/s/${survey.slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Neighbourhood safety');
    // "How did you contact us?" waits until "contacted" is Yes.
    expect(html).not.toContain('How did you contact us?');

    const residents: Answers[] = [
      { area: 'Old Town', safe: '4', recommend: '10', contacted: 'YES', how: 'phone', topics: ['traffic', 'noise'], years: '12', name: 'Elm Street', comments: 'More patrols near the park please' },
      { area: 'Old Town', safe: '5', recommend: '9', contacted: 'YES', how: 'phone', topics: ['traffic'], years: '3', comments: 'Speeding cars near the park at night' },
      { area: 'Old Town', safe: '3', recommend: '7', contacted: 'NO', topics: ['theft', '__other'], other: 'Graffiti', years: '7.5', comments: 'The park lights are broken' },
      { area: 'Old Town', safe: '2', recommend: '3', contacted: 'NO', topics: ['traffic'], years: '40', comments: 'Cars race past the park' },
      { area: 'Old Town', safe: '4', recommend: '10', contacted: 'YES', how: 'online', topics: ['traffic', 'theft'], years: '1', comments: 'Great officers, busy park' },
      { area: 'Northgate', safe: '1', contacted: 'NO', years: '20' },
      { area: 'Eastbrook', safe: '5', contacted: 'NO', years: '20' },
    ];
    for (const r of residents) {
      const res = await answer(survey, r);
        expect(res.status).toBe(200);
      expect(res.html).toContain('Thank you for helping your neighbourhood team.');
    }

    const r = await waitForResults(token, survey.id, 7);
    const q = (key: string) => r.questions.find((x: any) => x.key === key);
    const PROTECTING = { count: null, suppressed: true, suppression: 'PROTECTING_SMALL_COUNTS' };
    // Every rating count is 1 or 2: all hidden, and no mean or median (they would give the counts away).
    expect(q('safe')).toMatchObject({ answered: 7, mean: null, median: null });
    expect(q('safe').counts.find((c: any) => c.key === '4')).toMatchObject(PROTECTING);
    // 5 answers: 2 × 10, 9, 7, 3, all in small cells: no NPS.
    expect(q('recommend')).toMatchObject({ answered: 5, nps: null });
    expect(q('contacted')).toMatchObject({ answered: 7 });
    expect(q('contacted').counts.map((c: any) => [c.key, c.count])).toEqual([
      ['YES', null],
      ['NO', null],
    ]);
    expect(q('how')).toMatchObject({ answered: null, suppressed: true, suppression: 'FEWER_THAN_5' }); // 3 answers
    expect(q('topics').answered).toBe(5);
    expect(q('topics').counts.find((c: any) => c.key !== 'OTHER' && c.label.en === 'Traffic')).toMatchObject(PROTECTING);
    // Each number of years is one resident's: the mean only.
    expect(q('years')).toMatchObject({ answered: 7, min: null, max: null, median: null, mean: 14.79 });
    expect(q('comments').terms).toEqual([{ term: 'park', count: 5 }]);
    // Old Town 5, Northgate 1, Eastbrook 1: the two 1s would follow from the total, so Old Town is hidden with them.
    expect(q('area').counts.map((c: any) => c.count)).toEqual([null, null, null]);
    expect(q('area').counts.find((c: any) => c.key === 'Old Town')).toMatchObject(PROTECTING);
    expect(r.byNeighbourhood).toEqual(AREAS_HIDDEN);
    expect(q('safe').byNeighbourhood.find((b: any) => b.group === 'Old Town')).toMatchObject({ ...PROTECTING, mean: null, counts: [] });
    expect(r.weekly).toHaveLength(1);
    expect(r.weekly[0]).toMatchObject({ count: 7, suppressed: false, suppression: null });

    // Text answers stay with staff, exactly as typed.
    const { surveyTextAnswers } = await stack.t.graphql.data<{ surveyTextAnswers: { text: string }[] }>(
      `query($s: ID!, $q: ID!) { surveyTextAnswers(surveyId: $s, questionId: $q) { text submittedOn } }`,
      { s: survey.id, q: survey.questions.find((x) => x.key === 'comments')!.id },
      token,
    );
    expect(surveyTextAnswers.map((a) => a.text).sort()).toContain('Speeding cars near the park at night');
  });

  it('discards the answer to a question whose condition does not hold', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    const res = await answer(survey, { area: 'Eastbrook', safe: '3', contacted: 'NO', how: 'phone' });
    expect(res.status).toBe(200);
    const how = survey.questions.find((q) => q.key === 'how')!;
    const rows = await stack.t.dataSource.query(`SELECT 1 FROM survey_answers WHERE question_id = $1`, [how.id]);
    expect(rows).toHaveLength(0);
  });

  it('shows questions revealed by an answer before accepting the response', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    const fields = fieldsFor(survey, { area: 'Eastbrook', safe: '3', contacted: 'YES' }).filter(([name, value]) => !(name === 'shown' && value === survey.questions.find((q) => q.key === 'how')!.id));
    const res = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, fields);
    expect(res.html).toContain('How did you contact us?');
    expect(res.html).toContain('there are more questions below');
    expect(await responseCount(survey.id)).toBe(0);
  });

  it('refuses bad answers with a message beside the field, keeps what was typed, and writes nothing', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    const other = await createPublishedSurvey(stack.t.graphql, token);
    const cases: { name: string; answers: Answers; message: string }[] = [
      { name: 'missing required answer', answers: { area: 'Old Town', contacted: 'NO', comments: 'kept <b>as typed</b>' }, message: 'Answer this question' },
      { name: 'option of another question', answers: { area: 'Old Town', safe: '3', contacted: 'NO', topics: [other.questions.find((q) => q.key === 'topics')!.options[0].id] }, message: 'Choose from the options listed' },
      { name: 'number out of bounds', answers: { area: 'Old Town', safe: '3', contacted: 'NO', years: '101' }, message: 'Enter a number from 0 to 100' },
      { name: 'not a number', answers: { area: 'Old Town', safe: '3', contacted: 'NO', years: 'ten' }, message: 'Enter a number' },
      { name: 'rating outside the scale', answers: { area: 'Old Town', safe: '6', contacted: 'NO' }, message: 'Choose a whole number from 1 to 5' },
      { name: 'oversized short text', answers: { area: 'Old Town', safe: '3', contacted: 'NO', name: 'x'.repeat(201) }, message: 'Use 200 characters or fewer' },
      { name: 'oversized long text', answers: { area: 'Old Town', safe: '3', contacted: 'NO', comments: 'y'.repeat(4001) }, message: 'Use 4000 characters or fewer' },
      { name: 'unknown neighbourhood', answers: { area: 'Atlantis', safe: '3', contacted: 'NO' }, message: 'Choose a neighbourhood from the list' },
      { name: 'other ticked without text', answers: { area: 'Old Town', safe: '3', contacted: 'NO', topics: ['__other'] }, message: 'Say what your other answer is' },
    ];
    for (const c of cases) {
      const res = await answer(survey, c.answers);
      expect({ case: c.name, status: res.status }).toEqual({ case: c.name, status: 400 });
      expect(res.html).toContain('There is a problem');
      expect(res.html).toContain(c.message);
      expect(res.html).toContain('aria-invalid="true"');
    }
    const kept = await answer(survey, cases[0].answers);
    // What was typed comes back, escaped.
    expect(kept.html).toContain('kept &lt;b&gt;as typed&lt;/b&gt;</textarea>');
    expect(kept.html).not.toContain('<b>as typed</b>');
    expect(await responseCount(survey.id)).toBe(0);
  });

  it('refuses a forged form post, a honeypot, a too-fast post and one from another site without writing anything', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ resultsPublic: true }));
    const good = fieldsFor(survey, { area: 'Old Town', safe: '3', contacted: 'NO' });
    const forged = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, good, { secret: 'not-the-secret-0123456789abcdefghijklmnop' });
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('expired or was not sent from our page');
    const otherSurveyStamp = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, '00000000-0000-4000-8000-000000000000', good);
    expect(otherSurveyStamp.status).toBe(400);
    const bot = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, [...good, ['website', 'http://spam.example']]);
    expect(bot.status).toBe(200);
    const fast = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, good, { startedAgoMs: 0 });
    expect(fast.status).toBe(400);
    expect(fast.html).toContain('check your answers');
    const empty = await fetch(`${stack.t.url}/s/${survey.slug}`, { method: 'POST' });
    expect(empty.status).toBe(400);
    // Another site's page posting through its visitors' browsers (to stuff the survey): refused, the
    // visitor shown the survey's own form with their answers; our own page's post is taken (below).
    const foreign: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://stuffing.example' }, { origin: 'null', 'sec-fetch-site': 'cross-site' }];
    for (const headers of foreign) {
      const stuffed = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, good, { headers });
      expect(stuffed.status).toBe(403);
      expect(stuffed.html).toContain('expired or was not sent from our page');
      expect(stuffed.html).toContain('value="Old Town"');
    }
    expect(await responseCount(survey.id)).toBe(0);
    const ours = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, good, { headers: { origin: stack.t.url, 'sec-fetch-site': 'same-origin' } });
    expect(ours.status).toBe(200);
    expect(await responseCount(survey.id)).toBe(1);
    // A real resident then gets through, and sees what the bot saw: the same page and cookie, so the bot cannot tell it was discarded.
    const real = await answer(survey, { area: 'Old Town', safe: '3', contacted: 'NO' });
    expect(real.status).toBe(200);
    expect(await responseCount(survey.id)).toBe(2);
    expect(real.html).toContain(`/s/${survey.slug}/results`);
    expect(bot.html).toBe(real.html);
    expect(bot.setCookie).toBe(real.setCookie);
  });

  it('remembers a browser that answered and does not take its answers twice', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    const first = await answer(survey, { area: 'Old Town', safe: '3', contacted: 'NO' });
    const cookie = first.setCookie!.split(';')[0];
    const again = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, fieldsFor(survey, { area: 'Old Town', safe: '4', contacted: 'NO' }), { cookie });
    expect(again.status).toBe(409);
    expect(again.html).toContain('already answered');
    const page = await fetch(`${stack.t.url}/s/${survey.slug}`, { headers: { cookie } });
    expect(await page.text()).toContain('already answered');
    expect(await responseCount(survey.id)).toBe(1);
  });

  it('says when a survey is closed or not open yet, and takes no answers then', async () => {
    const { token } = await officer();
    const later = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ opensAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(await (await fetch(`${stack.t.url}/s/${later.slug}`)).text()).toContain('This survey is not open yet');
    expect((await answer(later, { area: 'Old Town', safe: '3', contacted: 'NO' })).status).toBe(409);
    const closed = await createPublishedSurvey(stack.t.graphql, token);
    await stack.t.graphql.data(`mutation($id: ID!) { closeSurvey(id: $id) { status } }`, { id: closed.id }, token);
    expect(await (await fetch(`${stack.t.url}/s/${closed.slug}?lang=es`)).text()).toContain('Esta encuesta está cerrada');
    const res = await answer(closed, { area: 'Old Town', safe: '3', contacted: 'NO' });
    expect(res.status).toBe(409);
    expect(res.html).toContain('This survey is closed');
    expect(await responseCount(later.id)).toBe(0);
    expect(await responseCount(closed.id)).toBe(0);
  });

  it('counts contacts whose address bounced for good apart from opted-out ones, in the preview and when sending, and mails neither', async () => {
    const { agency, token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ personalInvitations: true }));
    const fine = await createSurveyContact(stack.t.dataSource, agency.id);
    const optedOut = await createSurveyContact(stack.t.dataSource, agency.id, { optedOut: true });
    const bounced = await createSurveyContact(stack.t.dataSource, agency.id);
    await stack.t.dataSource.query(`UPDATE contacts SET undeliverable_at = now(), undeliverable_reason = '5.1.1 User unknown' WHERE id = $1`, [bounced.id]);
    const contactIds = [fine.id, optedOut.id, bounced.id];
    const { surveyInvitationPreview } = await stack.t.graphql.data<{ surveyInvitationPreview: Record<string, number> }>(
      `query($s: ID!, $c: [ID!]!) { surveyInvitationPreview(surveyId: $s, contactIds: $c) { invited skippedOptedOut skippedUndeliverable alreadyInvited } }`,
      { s: survey.id, c: contactIds },
      token,
    );
    expect(surveyInvitationPreview).toEqual({ invited: 1, skippedOptedOut: 1, skippedUndeliverable: 1, alreadyInvited: 0 });
    const { sendSurveyInvitations } = await stack.t.graphql.data<{ sendSurveyInvitations: Record<string, number> }>(
      `mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited skippedOptedOut skippedUndeliverable alreadyInvited } }`,
      { s: survey.id, c: contactIds },
      token,
    );
    expect(sendSurveyInvitations).toEqual({ invited: 1, skippedOptedOut: 1, skippedUndeliverable: 1, alreadyInvited: 0 });
    await stack.sink.waitFor(fine.email);
    const [{ n }] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1)`, [[optedOut.email, bounced.email]]);
    expect(n).toBe(0);
  });

  it('mails personal links to chosen contacts, skips opted-out ones, and takes one response per link', async () => {
    const { agency, token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ personalInvitations: true, publicLink: false }));
    const ana = await createSurveyContact(stack.t.dataSource, agency.id, { preferredLanguage: 'es' });
    const ben = await createSurveyContact(stack.t.dataSource, agency.id);
    const gone = await createSurveyContact(stack.t.dataSource, agency.id, { optedOut: true });
    const { sendSurveyInvitations } = await stack.t.graphql.data<{ sendSurveyInvitations: Record<string, number> }>(
      `mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited skippedOptedOut alreadyInvited } }`,
      { s: survey.id, c: [ana.id, ben.id, gone.id] },
      token,
    );
    expect(sendSurveyInvitations).toEqual({ invited: 2, skippedOptedOut: 1, alreadyInvited: 0 });
    const again = await stack.t.graphql.data<{ sendSurveyInvitations: Record<string, number> }>(
      `mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited alreadyInvited } }`,
      { s: survey.id, c: [ana.id] },
      token,
    );
    expect(again.sendSurveyInvitations).toEqual({ invited: 0, alreadyInvited: 1 });

    const anaMail = (await stack.sink.waitFor(ana.email))[0].parsed;
    const benMail = (await stack.sink.waitFor(ben.email))[0].parsed;
    expect(anaMail.subject).toContain('Seguridad en el barrio');
    const link = /https?:\/\/[^\s"]+\/s\/[^\s"]+/.exec(benMail.text!)![0];
    const path = new URL(link).pathname;
    expect(stack.sink.to(gone.email).length > 0).toBe(false);

    // The public link is closed for an invitation-only survey.
    expect((await fetch(`${stack.t.url}/s/${survey.slug}`)).status).toBe(403);
    const page = await fetch(`${stack.t.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Where do you live?');
    expect((await answer(survey, { area: 'Old Town', safe: '3', contacted: 'NO' }, path)).status).toBe(200);
    const reused = await answer(survey, { area: 'Old Town', safe: '5', contacted: 'NO' }, path);
    expect(reused.status).toBe(409);
    expect(reused.html).toContain('already been used');
    expect(await responseCount(survey.id)).toBe(1);

    // The same token against another survey is not valid there.
    const other = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ personalInvitations: true }));
    const token2 = path.split('/').pop()!;
    const foreign = await answer(other, { area: 'Old Town', safe: '3', contacted: 'NO' }, `/s/${other.slug}/${token2}`);
    expect(foreign.status).toBe(404);
    expect(foreign.html).toContain('not valid for this survey');
    expect(await responseCount(other.id)).toBe(0);

    const r = await waitForResults(token, survey.id, 1);
    expect(r.invitationsSent).toBe(2);
    expect(r.invitationsAnswered).toBeNull(); // 1 is fewer than 5
  });

  it('keeps the promise of anonymity its personal invitations made: once they are sent, anonymity cannot be turned off, though nobody has answered yet', async () => {
    const { agency, token } = await officer();
    const input = everyTypeSurveyInput({ personalInvitations: true });
    const survey = await createPublishedSurvey(stack.t.graphql, token, input);
    const update = (changed: any) => stack.t.graphql.request(`mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`, { id: survey.id, input: changed }, { token });
    const contact = await createSurveyContact(stack.t.dataSource, agency.id);
    await stack.t.graphql.data(`mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited } }`, { s: survey.id, c: [contact.id] }, token);
    expect((await stack.sink.waitFor(contact.email))[0].parsed.text).toContain('not stored with your name or this link');
    const identifying = await update({ ...input, anonymous: false });
    expect(identifying.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.anonymous' });
    expect(identifying.errors![0].message).toContain('Personal invitations already promised anonymity');
    expect((await stack.t.dataSource.query(`SELECT anonymous FROM surveys WHERE id = $1`, [survey.id]))[0].anonymous).toBe(true);
    // Other edits still go through.
    expect((await update({ ...input, closingMessage: { en: 'Thank you.', es: 'Gracias.' } })).errors).toBeUndefined();
  });

  it('accepts exactly one of 20 concurrent submissions of the same personal link', async () => {
    const { agency, token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ personalInvitations: true }));
    const contact = await createSurveyContact(stack.t.dataSource, agency.id);
    await stack.t.graphql.data(`mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited } }`, { s: survey.id, c: [contact.id] }, token);
    const mail = (await stack.sink.waitFor(contact.email))[0].parsed;
    const path = new URL(/https?:\/\/[^\s"]+\/s\/[^\s"]+/.exec(mail.text!)![0]).pathname;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => answer(survey, { area: 'Old Town', safe: String((i % 5) + 1), contacted: 'NO' }, path)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(await responseCount(survey.id)).toBe(1);
  });

  it('keeps anonymous responses unlinkable to the link, the person or the time', async () => {
    const { agency, token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ personalInvitations: true }));
    const contacts = await Promise.all([1, 2, 3].map(() => createSurveyContact(stack.t.dataSource, agency.id)));
    await stack.t.graphql.data(`mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited } }`, { s: survey.id, c: contacts.map((c) => c.id) }, token);
    // Results passes are held back while the three answer, so that one pass settles all
    // three link uses (with passes in between, each would settle the uses so far).
    const results = stack.t.app.get(JobsService).queue(QueueName.SURVEYS);
    await results.pause();
    try {
      for (const contact of contacts) {
        const mail = (await stack.sink.waitFor(contact.email))[0].parsed;
        const path = new URL(/https?:\/\/[^\s"]+\/s\/[^\s"]+/.exec(mail.text!)![0]).pathname;
        expect((await answer(survey, { area: 'Old Town', safe: '3', contacted: 'NO' }, path)).status).toBe(200);
      }
      // The request that used a link leaves its use unsettled: its own transaction id is not the last word.
      const unsettled = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM survey_invitations WHERE survey_id = $1 AND used AND NOT use_settled`, [survey.id]);
      expect(unsettled[0].n).toBe(3);
    } finally {
      await results.resume();
    }
    await waitForResults(token, survey.id, 3);

    // The response tables hold no column that could point at a person or an exact time.
    const columns = await stack.t.dataSource.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('survey_responses', 'survey_answers') ORDER BY 1, 2`,
    );
    const byTable = (t: string) => columns.filter((c: any) => c.table_name === t).map((c: any) => c.column_name);
    expect(byTable('survey_responses')).toEqual(['agency_id', 'id', 'language', 'neighbourhood', 'submitted_on', 'survey_id']);
    expect(byTable('survey_answers')).toEqual(['answer_index', 'neighbourhood', 'number_value', 'option_id', 'question_id', 'response_id', 'submitted_on', 'survey_id', 'text_value']);
    expect(columns.filter((c: any) => c.data_type.startsWith('timestamp'))).toEqual([]);
    // No foreign key leads from a response to invitations, contacts or respondents.
    const fks = await stack.t.dataSource.query(
      `SELECT conrelid::regclass::text AS from_table, confrelid::regclass::text AS to_table FROM pg_constraint
       WHERE contype = 'f' AND conrelid::regclass::text IN ('survey_responses', 'survey_answers')`,
    );
    expect(fks.map((f: any) => f.to_table).sort()).toEqual(['agencies', 'survey_options', 'survey_questions', 'survey_responses', 'surveys', 'surveys']);
    // Keys are random (version 4) UUIDs, not a sequence that would reveal the order of arrival.
    const responses = await stack.t.dataSource.query(`SELECT id::text, xmin::text AS xmin, submitted_on::text FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(responses.every((r: any) => /^[0-9a-f]{8}-[0-9a-f]{4}-4/.test(r.id))).toBe(true);
    // Nothing about a person is recorded for an anonymous survey.
    expect(await stack.t.dataSource.query(`SELECT 1 FROM survey_respondents WHERE survey_id = $1`, [survey.id])).toEqual([]);
    // The used links were rewritten in one batch by the results pass: no row version shares a
    // transaction id with the response it allowed, so even xmin joins nothing.
    const invitations = await stack.t.dataSource.query(`SELECT xmin::text AS xmin, used, use_settled FROM survey_invitations WHERE survey_id = $1`, [survey.id]);
    expect(invitations.every((i: any) => i.used && i.use_settled)).toBe(true);
    const joined = await stack.t.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_responses r JOIN survey_invitations i ON i.xmin = r.xmin WHERE r.survey_id = $1`,
      [survey.id],
    );
    expect(joined[0].n).toBe(0);
    expect(new Set(invitations.map((i: any) => i.xmin)).size).toBe(1);
    // The database itself refuses to record a respondent of an anonymous survey.
    await expect(
      stack.t.dataSource.query(`INSERT INTO survey_respondents (response_id, survey_id, invitation_id) SELECT r.id, r.survey_id, i.id FROM survey_responses r, survey_invitations i WHERE r.survey_id = $1 AND i.survey_id = $1 LIMIT 1`, [survey.id]),
    ).rejects.toThrow(/anonymous/);
  });

  it('suppresses every cell of fewer than 5, also on the public results page', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ resultsPublic: true }));
    for (const safe of ['4', '4', '5']) await answer(survey, { area: 'Northgate', safe, contacted: 'NO' });
    const r = await waitForResults(token, survey.id, 3);
    const safe = r.questions.find((q: any) => q.key === 'safe');
    expect(safe).toMatchObject({ answered: null, suppressed: true, mean: null, median: null });
    expect(safe.counts.filter((c: any) => c.count !== null && c.count > 0)).toEqual([]);
    // Only Northgate has responses: with no other neighbourhood to hide beside it, every one is hidden.
    expect(r.byNeighbourhood).toEqual(AREAS_HIDDEN);
    const page = await (await fetch(`${stack.t.url}/s/${survey.slug}/results`)).text();
    expect(page).toContain('fewer than 5');
    expect(page).toContain('<table class="bars"');
    // The day the results were counted, not the minute (which would be the minute of the latest answer).
    expect(page).toMatch(/Updated \d{4}-\d{2}-\d{2}<\/span>/);
    // 3 responses: 4, 4, 5. Neither count of 2 nor of 1 appears anywhere.
    expect(page).not.toContain('<td>2</td>');
    expect(page).not.toContain('<td>1</td>');
    expect(page).not.toContain('<span>2</span>');
    expect(page).not.toContain('<span>1</span>');
    expect(page).not.toContain('>2 (');
  });

  it('says a count of 5 or more hidden to protect a small one is just that, in GraphQL, on the public page and in the results CSV', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token, everyTypeSurveyInput({ resultsPublic: true }));
    // 1 Yes and 7 No; 7 in Old Town and 1 in Northgate.
    for (let i = 0; i < 8; i++) await answer(survey, { area: i ? 'Old Town' : 'Northgate', safe: '3', contacted: i ? 'NO' : 'YES', how: 'phone' });
    const r = await waitForResults(token, survey.id, 8);
    const q = (key: string) => r.questions.find((x: any) => x.key === key);
    const protecting = { count: null, suppressed: true, suppression: 'PROTECTING_SMALL_COUNTS' };
    expect(q('contacted').counts.map((c: any) => c.suppression)).toEqual(['PROTECTING_SMALL_COUNTS', 'PROTECTING_SMALL_COUNTS']);
    // 8 × 0.13 would say 1 Yes.
    expect(q('contacted')).toMatchObject({ answered: 8, mean: null });
    expect(q('safe')).toMatchObject({ answered: 8, mean: 3, median: 3 });
    expect(r.byNeighbourhood).toEqual([
      { group: 'Old Town', ...protecting },
      { group: 'Northgate', ...protecting },
    ]);
    expect(q('how')).toMatchObject({ answered: null, suppression: 'FEWER_THAN_5' });

    const page = await (await fetch(`${stack.t.url}/s/${survey.slug}/results`)).text();
    expect(page).toContain('<span>hidden to protect small counts</span>');
    expect(page).toContain('counts of fewer than 5 are hidden, and so are other figures that would let them be worked out');
    expect(page).toContain('fewer than 5 answered');
    expect(page).not.toContain('0.13');
    const spanish = await (await fetch(`${stack.t.url}/s/${survey.slug}/results?lang=es`)).text();
    expect(spanish).toContain('oculto para proteger recuentos pequeños');

    const { createSurveyStaffLinks: links } = await stack.t.graphql.data<{ createSurveyStaffLinks: any }>(`mutation($id: ID!) { createSurveyStaffLinks(surveyId: $id) { resultsCsv } }`, { id: survey.id }, token);
    const csv = await (await fetch(`${stack.t.url}${new URL(links.resultsCsv).pathname}${new URL(links.resultsCsv).search}`)).text();
    expect(csv).toContain('contacted,Did you contact the police this year?,Yes,hidden to protect small counts');
    expect(csv).toContain('how,How did you contact us?,answered,fewer than 5');

    // The schema says what the marking means.
    const { __type } = await stack.t.graphql.data<{ __type: { enumValues: { name: string; description: string }[] } }>(
      `{ __type(name: "CellSuppression") { enumValues { name description } } }`,
      {},
      token,
    );
    expect(__type.enumValues.find((v) => v.name === 'PROTECTING_SMALL_COUNTS')!.description).toContain('may itself hold any number');
  });

  it('refuses edits that would corrupt answers once a survey has responses, allows wording fixes, and copies a new version', async () => {
    const { token } = await officer();
    const input = everyTypeSurveyInput();
    const survey = await createPublishedSurvey(stack.t.graphql, token, input);
    await answer(survey, { area: 'Old Town', safe: '3', contacted: 'NO', topics: ['traffic'] });
    const update = (changed: any) => stack.t.graphql.request(`mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`, { id: survey.id, input: changed }, { token });

    const removedQuestion = await update({ ...input, questions: input.questions.filter((q: any) => q.key !== 'safe') });
    expect(removedQuestion.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(removedQuestion.errors![0].message).toContain('"safe" has answers');
    const removedOption = await update({ ...input, questions: input.questions.map((q: any) => (q.key === 'topics' ? { ...q, options: q.options.filter((o: any) => o.key !== 'traffic') } : q)) });
    expect(removedOption.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const retyped = await update({ ...input, questions: input.questions.map((q: any) => (q.key === 'name' ? { ...q, type: 'LONG_TEXT' } : q)) });
    expect(retyped.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const reworded = await update({ ...input, questions: input.questions.map((q: any) => (q.key === 'safe' ? { ...q, prompt: { en: 'How safe do you feel after dark?', es: '¿Qué tan seguro se siente al anochecer?' } } : q)) });
    expect(reworded.errors).toBeUndefined();
    // Removing an option nobody chose is fine.
    const unusedOption = await update({ ...input, questions: input.questions.map((q: any) => (q.key === 'topics' ? { ...q, options: q.options.filter((o: any) => o.key !== 'noise') } : q)) });
    expect(unusedOption.errors).toBeUndefined();
    // Answers given anonymously stay so: anonymity cannot be turned off once there are answers.
    expect(input.anonymous ?? true).toBe(true);
    const identifying = await update({ ...input, anonymous: false });
    expect(identifying.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.anonymous' });
    expect((await stack.t.dataSource.query(`SELECT anonymous FROM surveys WHERE id = $1`, [survey.id]))[0].anonymous).toBe(true);

    const { copySurvey } = await stack.t.graphql.data<{ copySurvey: any }>(`mutation($id: ID!) { copySurvey(id: $id) { id version status familyId questions { key options { id key } } } }`, { id: survey.id }, token);
    expect(copySurvey).toMatchObject({ version: 2, status: 'DRAFT' });
    expect(copySurvey.questions.map((q: any) => q.key)).toEqual(input.questions.map((q: any) => q.key));
    const copiedTopics = copySurvey.questions.find((q: any) => q.key === 'topics').options;
    expect(copiedTopics.map((o: any) => o.key)).toEqual(['traffic', 'theft']);
    expect(copiedTopics.map((o: any) => o.id)).not.toContain(survey.questions.find((q) => q.key === 'topics')!.options[0].id);
  });

  it("thanks each resident with the survey's closing message as it is now, in their language: a reworded one reaches the next resident", async () => {
    const { token } = await officer();
    const input = everyTypeSurveyInput();
    const survey = await createPublishedSurvey(stack.t.graphql, token, input);
    const resident = { area: 'Old Town', safe: '3', contacted: 'NO' };
    expect((await answer(survey, resident)).html).toContain('Thank you for helping your neighbourhood team.');
    expect((await answer(survey, resident)).html).toContain('Thank you for helping your neighbourhood team.');
    await stack.t.graphql.data(
      `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`,
      { id: survey.id, input: { ...input, closingMessage: { en: 'Thanks, neighbour: we read every answer.', es: 'Gracias, vecino: leemos cada respuesta.' } } },
      token,
    );
    const after = await answer(survey, resident);
    expect(after.status).toBe(200);
    expect(after.html).toContain('Thanks, neighbour: we read every answer.');
    expect(after.html).not.toContain('Thank you for helping your neighbourhood team.');
    const spanish = await postSurveyForm(stack.t.url, `/s/${survey.slug}`, survey.id, [['lang', 'es'], ...fieldsFor(survey, resident)]);
    expect(spanish.html).toContain('Gracias, vecino: leemos cada respuesta.');
  });

  it('names the field of a bad survey definition', async () => {
    const { token } = await officer();
    const bad = async (input: any) => (await stack.t.graphql.request(`mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`, { input }, { token })).errors![0];
    const input = everyTypeSurveyInput();
    expect((await bad({ ...input, title: { es: 'Solo español' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title.en' });
    expect((await bad({ ...input, questions: [{ key: 'one', type: 'SINGLE_CHOICE', prompt: { en: 'Pick', es: 'Elija' }, options: [{ key: 'a', label: { en: 'A', es: 'A' } }] }] })).extensions).toMatchObject({ field: 'input.questions.0.options' });
    expect((await bad({ ...input, questions: [{ key: 'later', type: 'YES_NO', prompt: { en: 'Q', es: 'P' }, condition: { questionKey: 'nope', operator: 'EQUALS', value: 'YES' } }] })).extensions).toMatchObject({ field: 'input.questions.0.condition.questionKey' });
  });

  it('recomputes a survey marked dirty even when its queued job was lost', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    // Written straight to the database: no job was queued for this response.
    await stack.t.dataSource.query(`INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language) SELECT id, agency_id, current_date, 'en' FROM surveys WHERE id = $1`, [survey.id]);
    await stack.t.dataSource.query(`UPDATE surveys SET results_dirty = true WHERE id = $1`, [survey.id]);
    await waitForResults(token, survey.id, 1);
  });

  it('opens the staff results page and CSV exports from short-lived signed links only', async () => {
    const { token } = await officer();
    const survey = await createPublishedSurvey(stack.t.graphql, token);
    for (const comments of ['Hello <script>alert(1)</script>', 'Second', 'Third', 'Fourth', 'Fifth']) {
      await answer(survey, { area: 'Old Town', safe: '4', contacted: 'NO', comments });
    }
    await waitForResults(token, survey.id, 5);
    const { createSurveyStaffLinks: links } = await stack.t.graphql.data<{ createSurveyStaffLinks: any }>(
      `mutation($id: ID!) { createSurveyStaffLinks(surveyId: $id) { resultsPage responsesCsv resultsCsv expiresAt } }`,
      { id: survey.id },
      token,
    );
    const local = (u: string) => `${stack.t.url}${new URL(u).pathname}${new URL(u).search}`;
    const page = await (await fetch(local(links.resultsPage))).text();
    expect(page).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    // Anonymous: text answers by week, not day.
    expect(page).toMatch(/\(week of \d{4}-\d{2}-\d{2}\)/);
    expect(page).toContain('<table class="bars"');
    const csv = await (await fetch(local(links.responsesCsv))).text();
    // An anonymous survey: a note first, then weeks instead of days.
    expect(csv.split('\n')[0]).toContain('Note: anonymous survey');
    expect(csv.split('\n')[1]).toBe('response,week,language,neighbourhood,area,safe,recommend,contacted,how,topics,years,name,comments');
    expect(csv).toContain('Hello <script>alert(1)</script>');
    const resultsCsv = await (await fetch(local(links.resultsCsv))).text();
    expect(resultsCsv).toContain('safe,How safe do you feel at night?,answered,5');
    // One character of the signature changed (to another: a signature starting with A stayed valid as 'A').
    const tampered = links.resultsPage.replace(/sig=(.)/, (_: string, first: string) => `sig=${first === 'A' ? 'B' : 'A'}`);
    expect(tampered).not.toBe(links.resultsPage);
    expect((await fetch(local(tampered))).status).toBe(403);
    expect((await fetch(`${stack.t.url}/staff/surveys/${survey.id}/results`)).status).toBe(403);
  });
});

describe('Survey posts per client', () => {
  it('limits public-link posts per client and says so, keeping the answers', async () => {
    const t = await createTestApp(testConfig({ SURVEY_SUBMIT_RATE_LIMIT: '2' }));
    try {
      const agency = await createAgency(t.dataSource);
      const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
      const survey = await createPublishedSurvey(t.graphql, staff.token);
      const post = (safe: string) => postSurveyForm(t.url, `/s/${survey.slug}`, survey.id, fieldsFor(survey, { area: 'Old Town', safe, contacted: 'NO', comments: 'typed text' }));
      expect((await post('3')).status).toBe(200);
      expect((await post('4')).status).toBe(200);
      const third = await post('5');
      expect(third.status).toBe(429);
      expect(third.html).toContain('Too many answers have come from your connection');
      expect(third.html).toContain('typed text</textarea>');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [survey.id]);
      expect(n).toBe(2);
    } finally {
      await t.close();
    }
  });
});

describe('Surveys across agencies and audiences', () => {
  let stack: MailTestStack;

  beforeAll(async () => {
    stack = await createMailTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it("treats another agency's survey as not found, for reading, results, editing and sending", async () => {
    const mine = await createAgency(stack.t.dataSource);
    const theirs = await createAgency(stack.t.dataSource);
    const me = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, mine.id, StaffRole.LIAISON_OFFICER);
    const them = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, theirs.id, StaffRole.LIAISON_OFFICER);
    const survey = await createPublishedSurvey(stack.t.graphql, me.token);
    const contact = await createSurveyContact(stack.t.dataSource, theirs.id);
    const attempts = [
      stack.t.graphql.request(`query($id: ID!) { survey(id: $id) { id } }`, { id: survey.id }, { token: them.token }),
      stack.t.graphql.request(`query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`, { id: survey.id }, { token: them.token }),
      stack.t.graphql.request(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: survey.id }, { token: them.token }),
      stack.t.graphql.request(`mutation($id: ID!) { createSurveyStaffLinks(surveyId: $id) { resultsPage } }`, { id: survey.id }, { token: them.token }),
      stack.t.graphql.request(`mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited } }`, { s: survey.id, c: [contact.id] }, { token: them.token }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const { surveys } = await stack.t.graphql.data<{ surveys: { totalCount: number } }>(`{ surveys { totalCount } }`, {}, them.token);
    expect(surveys.totalCount).toBe(0);
  });

  it('refuses personal links for a survey without personal invitations, and for a draft', async () => {
    const agency = await createAgency(stack.t.dataSource);
    const staff = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const contact = await createSurveyContact(stack.t.dataSource, agency.id);
    const send = (surveyId: string) =>
      stack.t.graphql.request(`mutation($s: ID!, $c: [ID!]!) { sendSurveyInvitations(surveyId: $s, contactIds: $c) { invited } }`, { s: surveyId, c: [contact.id] }, { token: staff.token });
    const publicOnly = await createPublishedSurvey(stack.t.graphql, staff.token);
    expect((await send(publicOnly.id)).errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const draft = await createPublishedSurvey(stack.t.graphql, staff.token, everyTypeSurveyInput({ personalInvitations: true }), false);
    expect((await send(draft.id)).errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const [{ n }] = await stack.t.dataSource.query(`SELECT count(*)::int AS n FROM survey_invitations WHERE contact_id = $1`, [contact.id]);
    expect(n).toBe(0);
  });

  it('lets an analyst read results but not change a survey', async () => {
    const agency = await createAgency(stack.t.dataSource);
    const officer = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const analyst = await createSignedInStaff(stack.t.dataSource, stack.t.graphql, agency.id, StaffRole.ANALYST);
    const survey = await createPublishedSurvey(stack.t.graphql, officer.token);
    expect((await stack.t.graphql.request(`query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`, { id: survey.id }, { token: analyst.token })).errors).toBeUndefined();
    const close = await stack.t.graphql.request(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: survey.id }, { token: analyst.token });
    expect(close.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
