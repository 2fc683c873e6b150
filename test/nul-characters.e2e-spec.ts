import { StaffRole } from '@app/common';
import { signFormStart } from '@app/surveys';
import {
  MailTestStack,
  TestApp,
  createAgency,
  createForum,
  createMailTestStack,
  createPublishedSurvey,
  createSignedInStaff,
  everyTypeSurveyInput,
} from '@app/testing';
import { actionItemForContact } from './support/action-items';
import { answeredForum } from './support/answered-forum';

const NUL = '\u0000';

/**
 * PostgreSQL cannot store U+0000. Wherever a caller can type text (GraphQL arguments, nested
 * inputs and list items, the public HTML forms, route parameters) it is refused as bad input
 * naming the field, instead of failing at the database as an internal error.
 */
describe('The NUL character in caller input', () => {
  let stack: MailTestStack;
  let t: TestApp;
  let token: string;
  let agencyId: string;

  beforeAll(async () => {
    stack = await createMailTestStack();
    t = stack.t;
    const agency = await createAgency(t.dataSource);
    agencyId = agency.id;
    token = (await createSignedInStaff(t.dataSource, t.graphql, agencyId, StaffRole.ADMIN)).token;
  });
  afterAll(() => stack.close());

  function expectRefused(res: { errors?: { extensions?: Record<string, unknown> }[] }, field: string) {
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER', field });
  }

  it('GraphQL: in a filter, a top-level argument, a nested input, a list item and a literal in the document', async () => {
    const forum = await createForum(t.dataSource, agencyId);
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($f: ForumFilterInput) { forums(filter: $f) { totalCount } }`, { f: { text: `a${NUL}b` } }, 'filter.text'],
      [`query($after: String) { organisations(after: $after) { totalCount } }`, { after: NUL }, 'after'],
      [`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: `x${NUL}`, type: 'NGO' } }, 'input.name'],
      [`mutation { createOrganisation(input: { name: "Harbour Trust", type: NGO, focusAreas: ["youth", "b\\u0000"] }) { id } }`, {}, 'input.focusAreas.1'],
      [
        `mutation($id: ID!, $input: UpdateForumInput!) { updateForum(id: $id, input: $input) { id } }`,
        { id: forum.id, input: { agenda: [{ title: 'Welcome', durationMinutes: 10 }, { title: `Questions${NUL}`, durationMinutes: 30 }] } },
        'input.agenda.1.title',
      ],
      [`mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { id } }`, { input: { neighbourhoods: ['Old Town', `East${NUL}`] } }, 'input.neighbourhoods.1'],
      [`mutation($id: ID!, $reason: String!) { cancelForum(id: $id, reason: $reason) { id } }`, { id: forum.id, reason: `Storm${NUL}` }, 'reason'],
    ];
    for (const [query, variables, field] of cases) {
      const res = await t.graphql.request(query, variables, { token });
      expectRefused(res, field);
    }
    expect((await t.graphql.data(`query($id: ID!) { forum(id: $id) { status agenda { title } } }`, { id: forum.id }, token)).forum).toEqual({ status: 'PUBLISHED', agenda: [] });
  });

  it('GraphQL: before sign-in too', async () => {
    const res = await t.graphql.request(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: `chief${NUL}@example.org`, password: 'whatever-it-is-long' } });
    expectRefused(res, 'input.email');
  });

  async function postForm(path: string, fields: Record<string, string>) {
    const res = await fetch(`${t.url}${path}`, { method: 'POST', body: new URLSearchParams(fields) });
    return { status: res.status, body: (await res.json()) as { errors: { extensions: Record<string, unknown> }[] } };
  }

  function expectFormRefused(res: { status: number; body: { errors: { extensions: Record<string, unknown> }[] } }, field: string) {
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER', field });
  }

  it('the RSVP form', async () => {
    const { tokens, people } = await answeredForum(stack, [null]);
    expectFormRefused(await postForm(`/rsvp/${tokens[0]}`, { answer: 'attending', note: `See you${NUL}` }), 'note');
    const [row] = await t.dataSource.query(`SELECT response FROM invitations WHERE contact_id = $1`, [people[0].id]);
    expect(row.response).toBeNull();
  });

  it('the survey form (served ahead of the router)', async () => {
    const survey = await createPublishedSurvey(t.graphql, token, everyTypeSurveyInput({ questions: [{ key: 'street', type: 'SHORT_TEXT', prompt: { en: 'Your street', es: 'Su calle' } }] }));
    const fields = { started: signFormStart(t.config.LINK_SECRET, survey.id, Date.now() - 60_000), shown: survey.questions[0].id, [`q.${survey.questions[0].id}`]: `Elm${NUL}` };
    expectFormRefused(await postForm(`/s/${survey.slug}`, fields), `q.${survey.questions[0].id}`);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [survey.id]);
    expect(n).toBe(0);
  });

  it('the action-item status form', async () => {
    const { path, itemId } = await actionItemForContact(t);
    expectFormRefused(await postForm(path, { status: 'IN_PROGRESS', note: `Booked${NUL}` }), 'note');
    const [row] = await t.dataSource.query(`SELECT status FROM task_force_action_items WHERE id = $1`, [itemId]);
    expect(row.status).toBe('OPEN');
  });

  it('the staff invitation form', async () => {
    const email = `nul-${Date.now()}@test.example`;
    await t.graphql.data(`mutation($email: String!) { inviteStaff(input: { name: "Rosa Diaz", email: $email, role: ANALYST }) { id } }`, { email }, token);
    const [mail] = await stack.sink.waitFor(email);
    const path = new URL(/https?:\/\/\S+\/staff\/invitation\/[\w-]+/.exec(mail.parsed.text ?? '')![0]).pathname;
    const password = `a-long-enough-password${NUL}`;
    expectFormRefused(await postForm(path, { password, confirm: password }), 'password');
    const [row] = await t.dataSource.query(`SELECT status FROM staff_users WHERE email = $1`, [email]);
    expect(row.status).toBe('INVITED');
  });

  it('a route parameter of a public page', async () => {
    const res = await fetch(`${t.url}/calendar/riverside${encodeURIComponent(NUL)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
  });
});
