import { Browser } from 'playwright-core';
import { Clock, SettableClock, StaffRole } from '@app/common';
import { StatusLinkSigner } from '@app/task-forces';
import {
  MailTestStack,
  SmtpSink,
  TestApp,
  createAgency,
  createMailTestStack,
  createContact,
  createOrganisation,
  createSignedInStaff,
  launchBrowser,
} from '@app/testing';

const CREATE = `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`;
const JOIN = `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`;
const ITEM = `mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`;
const READ = `query($id: ID!) { actionItem(id: $id) { status completedAt updates { fromStatus toStatus note actorType actorLabel } } }`;

describe('Partner contacts update their action items from a signed link', () => {
  let stack: MailTestStack;
  let t: TestApp;
  let sink: SmtpSink;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack();
    ({ t, sink } = stack);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  async function itemForContact() {
    const agency = await createAgency(t.dataSource, { name: 'Riverbend PD' });
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const org = await createOrganisation(t.dataSource, agency.id, { name: `Safe Harbor ${Math.random()}` });
    const contact = await createContact(t.dataSource, org, { name: 'Maria Lopez' });
    const tf = (await t.graphql.data(CREATE, { input: { name: `JTF ${Math.random()}`, focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.user.id, startsOn: '2026-01-05' } }, officer.token)).createTaskForce;
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', contactIds: [contact.id], joinedOn: '2026-01-05' } }, officer.token);
    const item = (await t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Train motel front-desk staff', ownerContactId: contact.id, dueOn: '2027-06-30', notes: 'Use the state curriculum' } }, officer.token)).createActionItem;
    return { agency, officer, org, contact, item };
  }

  async function linkFromMail(email: string): Promise<string> {
    const [mail] = await sink.waitFor(email);
    const link = /https?:\/\/\S+\/action-items\/[\w.-]+/.exec(mail.parsed.text ?? '')![0];
    expect(mail.parsed.html).toContain(new URL(link).pathname);
    return new URL(link).pathname;
  }

  it('emails the owner a link; GET shows the item and changes nothing, only POST records the status and note, audited as the contact', async () => {
    const { officer, contact, item } = await itemForContact();
    const path = await linkFromMail(contact.email);
    expect(sink.to(contact.email)[0].parsed.subject).toContain('an action item for you');

    for (let i = 0; i < 2; i++) {
      const shown = await fetch(`${t.url}${path}`);
      expect(shown.status).toBe(200);
      const body = await shown.text();
      expect(body).toContain('Train motel front-desk staff');
      expect(body).toContain('<form method="post"');
    }
    expect((await t.graphql.data(READ, { id: item.id }, officer.token)).actionItem).toMatchObject({ status: 'OPEN', updates: [] });

    const posted = await fetch(`${t.url}${path}`, { method: 'POST', body: new URLSearchParams({ status: 'IN_PROGRESS', note: 'First session booked for May 4' }) });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Saved');
    const after = (await t.graphql.data(READ, { id: item.id }, officer.token)).actionItem;
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.updates).toEqual([
      { fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', note: 'First session booked for May 4', actorType: 'CONTACT', actorLabel: `Maria Lopez <${contact.email}>` },
    ]);
    const [audit] = await t.dataSource.query(`SELECT actor_type, actor_id, action FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.actionItem.status'`, [item.id]);
    expect(audit).toEqual({ actor_type: 'CONTACT', actor_id: contact.id, action: 'taskForce.actionItem.status' });
  });

  it('shows a clear page for a tampered or expired link and writes nothing', async () => {
    const { officer, org, contact, item } = await itemForContact();
    const path = await linkFromMail(contact.email);
    const tampered = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    const forged = await fetch(`${t.url}${tampered}`, { method: 'POST', body: new URLSearchParams({ status: 'DONE' }) });
    expect(forged.status).toBe(404);
    const forgedBody = await forged.text();
    expect(forgedBody).toContain('This link is not valid');
    expect(forgedBody).toContain('Nothing was changed');
    // A reader whose browser asks for Spanish gets the same page in Spanish, why included.
    const inSpanish = await (await fetch(`${t.url}${tampered}`, { headers: { 'accept-language': 'es-US,es;q=0.9' } })).text();
    expect(inSpanish).toContain('<html lang="es"');
    expect(inSpanish).toContain('Este enlace no es válido');
    expect(inSpanish).toContain('No se cambió nada.');
    expect(inSpanish).not.toContain('This link is not valid');

    // A link made 31 days ago (its 30 days have run out): the API's clock is set back while it is made.
    const clock = t.app.get(Clock) as SettableClock;
    clock.set(new Date(Date.now() - 31 * 86_400_000));
    const old = t.app.get(StatusLinkSigner).linkFor(item.id, contact.id);
    clock.reset();
    const expiredPath = new URL(old).pathname;
    const shown = await fetch(`${t.url}${expiredPath}`);
    expect(shown.status).toBe(410);
    expect(await shown.text()).toContain('This link has expired');
    const posted = await fetch(`${t.url}${expiredPath}`, { method: 'POST', body: new URLSearchParams({ status: 'DONE' }) });
    expect(posted.status).toBe(410);

    const otherContact = await createContact(t.dataSource, org, { organisationId: null });
    const notTheirs = new URL(t.app.get(StatusLinkSigner).linkFor(item.id, otherContact.id)).pathname;
    expect((await fetch(`${t.url}${notTheirs}`, { method: 'POST', body: new URLSearchParams({ status: 'DONE' }) })).status).toBe(404);

    expect((await t.graphql.data(READ, { id: item.id }, officer.token)).actionItem).toMatchObject({ status: 'OPEN', completedAt: null, updates: [] });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.actionItem.status'`, [item.id]);
    expect(n).toBe(0);
  });

  it('works in a real browser: the contact picks a status, writes a note and saves it', async () => {
    const { officer, contact, item } = await itemForContact();
    const path = await linkFromMail(contact.email);
    const page = await browser.newPage();
    await page.goto(`${t.url}${path}`);
    expect(await page.title()).toContain('Train motel front-desk staff');
    await page.getByLabel('New status').selectOption('DONE');
    await page.getByLabel('Note for the task force (optional)').fill('All 14 motels trained');
    await page.getByRole('button', { name: 'Save the update' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Saved');
    expect(await page.locator('#current-status').textContent()).toBe('Done');
    await page.close();
    const after = (await t.graphql.data(READ, { id: item.id }, officer.token)).actionItem;
    expect(after.status).toBe('DONE');
    expect(after.completedAt).not.toBeNull();
    expect(after.updates[0]).toMatchObject({ toStatus: 'DONE', note: 'All 14 motels trained', actorType: 'CONTACT' });
  });
  it('sends the owner their link again on request (audited); a staff-owned item has no link and the error names id', async () => {
    const { officer, contact, item } = await itemForContact();
    await linkFromMail(contact.email);
    const SEND = `mutation($id: ID!) { sendActionItemStatusLink(id: $id) { id } }`;
    expect((await t.graphql.data(SEND, { id: item.id }, officer.token)).sendActionItemStatusLink.id).toBe(item.id);
    const [, again] = await sink.waitFor(contact.email, 2);
    expect(again.parsed.text).toMatch(/\/action-items\/[\w.-]+/);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.actionItem.sendLink'`, [item.id]);
    expect(audit).toEqual({ action: 'taskForce.actionItem.sendLink' });

    const tf = (await t.graphql.data(`query($id: ID!) { actionItem(id: $id) { taskForceId } }`, { id: item.id }, officer.token)).actionItem.taskForceId;
    const own = (await t.graphql.data(ITEM, { tf, input: { title: 'Brief the shift', ownerStaffId: officer.user.id, dueOn: '2027-06-30' } }, officer.token)).createActionItem;
    const refused = await t.graphql.request(SEND, { id: own.id }, { token: officer.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('the status link is operational mail: it still reaches an owner who opted out of outreach, but never an address that bounced for good', async () => {
    const { officer, contact, item } = await itemForContact();
    await linkFromMail(contact.email);
    const SEND = `mutation($id: ID!) { sendActionItemStatusLink(id: $id) { id } }`;
    await t.dataSource.query(`UPDATE contacts SET opted_out_at = now(), opt_out_source = 'test' WHERE id = $1`, [contact.id]);
    expect((await t.graphql.data(SEND, { id: item.id }, officer.token)).sendActionItemStatusLink.id).toBe(item.id);
    const [, again] = await sink.waitFor(contact.email, 2);
    expect(again.raw).toMatch(/^Feedback-ID: task-force\.action-item\.assigned:operational:/m);
    expect(again.raw).not.toMatch(/^List-Unsubscribe:/m);

    await t.dataSource.query(`UPDATE contacts SET undeliverable_at = now(), undeliverable_reason = '5.1.1 User unknown' WHERE id = $1`, [contact.id]);
    const refused = await t.graphql.request(SEND, { id: item.id }, { token: officer.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0].message).toContain('bounced for good');
  });
});
