import { Browser, Page } from 'playwright-core';
import { StaffRole } from '@app/common';
import { MailTestStack, createForum, createMailTestStack, createOrganisation, createPublishedSurvey, createStaff, createVenue, everyTypeSurveyInput, signIn } from '@app/testing';
import { closeConsolePage, consoleBrowser, consoleStaff, expectAccessible, newConsolePage, signInToConsole } from './support/console';
import { tabTo } from './support/keyboard';

// Journeys with several axe runs each: room for a slow two-core machine.
const JOURNEY_TIMEOUT = 180_000;

/** The administration area, the profile and analysts' read-only screens, against the API, the worker and the in-test SMTP sink. */
describe('Console: administration, audit log, delivery, profile and read-only analysts in a real browser', () => {
  let stack: MailTestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await createMailTestStack({ LOGIN_RATE_LIMIT: '1000' });
    browser = await consoleBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await stack.close();
  });

  it(
    'an admin invites a colleague who sets a password and signs in, changes the neighbourhoods the console offers, finds it all in the audit log, sees mail delivery, and changes their password by keyboard',
    async () => {
      const { t, sink } = stack;
      const admin = await consoleStaff(t.dataSource, StaffRole.ADMIN, { neighbourhoods: ['Old Town'] });
      const { page, errors } = await newConsolePage(browser);
      await signInToConsole(page, t.url, admin, '/');
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
      await page.getByText('No invitation is waiting for an answer.').waitFor();
      await expectAccessible(page);

      // Invite by keyboard alone.
      const email = `robin.${Date.now()}@agency.example`;
      await tabTo(page, 'Name');
      await page.keyboard.type('Robin Newcomer');
      await tabTo(page, 'Email address');
      await page.keyboard.type(email);
      await tabTo(page, 'Role');
      await page.keyboard.press('ArrowDown'); // Liaison officer -> Analyst
      await tabTo(page, 'Send invitation');
      await page.keyboard.press('Enter');
      await page.getByText(`Invitation sent to ${email}.`).waitFor();
      await page.getByRole('table', { name: 'Invited staff who have not set a password yet' }).getByRole('rowheader', { name: 'Robin Newcomer' }).waitFor();

      // The colleague follows the emailed link, sets a password and arrives in the console signed in.
      const [mail] = await sink.waitFor(email);
      const link = /https?:\/\/[^\s"<>]+\/staff\/invitation\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
      expect(link).toBeTruthy();
      const newcomer = await newConsolePage(browser);
      await newcomer.page.goto(`${t.url}${new URL(link!).pathname}`);
      await newcomer.page.getByLabel('New password (at least 12 characters)').fill('robin-chose-this-one');
      await newcomer.page.getByLabel('Repeat the password').fill('robin-chose-this-one');
      await newcomer.page.getByRole('button', { name: 'Activate my account' }).click();
      await newcomer.page.getByRole('link', { name: 'Open the staff console' }).click();
      await newcomer.page.getByRole('navigation', { name: 'Console sections' }).waitFor();
      await newcomer.page.getByText(/Robin Newcomer/).first().waitFor();
      // An analyst is not offered the administration area.
      expect(await newcomer.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      await closeConsolePage(newcomer.page);

      // Settings: a brand colour that fails contrast is refused by name; neighbourhoods added and reordered.
      await page.getByRole('link', { name: 'Agency settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agency settings' }).waitFor();
      await page.getByLabel('Public calendar link').waitFor();
      await expectAccessible(page);
      await page.getByLabel('Brand colour').fill('#ffcc00');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText(/The brand colour #ffcc00 has a contrast of only/).waitFor();
      await page.getByLabel('Brand colour').fill('#1d4e89');
      for (const name of ['Northgate', 'Eastbrook']) {
        await page.getByLabel('New neighbourhood').fill(name);
        await page.getByRole('button', { name: 'Add neighbourhood' }).click();
      }
      await page.getByRole('button', { name: 'Move Eastbrook up' }).click();
      await page.getByRole('button', { name: 'Remove Old Town' }).click();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();

      // The forums list offers the new neighbourhoods, in the order set.
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Forums', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Forums' }).waitFor();
      const offered = await page.getByLabel('Neighbourhood', { exact: true }).locator('option').allTextContents();
      expect(offered.slice(1)).toEqual(['Eastbrook', 'Northgate']);
      // So does the survey builder's neighbourhood question.
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Surveys', exact: true }).click();
      await page.getByRole('link', { name: 'New survey' }).click();
      await page.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();
      await page.getByLabel('Type of the new question').selectOption({ label: 'Neighbourhood' });
      await page.getByRole('button', { name: 'Add question' }).click();
      await page.getByText('Residents choose from your agency’s neighbourhoods: Eastbrook, Northgate.').waitFor();
      await expectAccessible(page);

      // The audit log has the invitation, its acceptance and the settings change, each linking to its subject.
      // (Opened by its address, as a bookmark would: the console serves its own routes.)
      await page.goto(`${t.url}/administration/audit`);
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      const entries = page.getByRole('table', { name: 'Audit entries, newest first' });
      for (const action of ['staff.invite', 'staff.invitation.accept', 'agency.settings.update']) {
        await entries.getByText(action, { exact: true }).waitFor();
      }
      await expectAccessible(page);
      await page.getByLabel('About').selectOption('Agency');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.getByText('1 result').waitFor();
      await entries.getByRole('link', { name: 'Open Agency' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agency settings' }).waitFor();

      // Mail delivery: the invitation went out.
      await page.getByRole('link', { name: 'Mail delivery' }).click();
      const counts = page.getByRole('table', { name: 'Emails by state' });
      await counts.waitFor();
      expect(await counts.getByRole('row', { name: /Sent/ }).textContent()).toMatch(/Sent\s*1/);
      await page.getByText('No partner import has failed.').waitFor();
      await expectAccessible(page);

      // Profile, from the header: the password changed by keyboard; the wrong current one is refused by name.
      await page.getByRole('link', { name: 'Your profile' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
      await expectAccessible(page);
      // Forward from the heading the first time; back from the button after the refusal.
      const changePassword = async (current: string, back = false) => {
        await tabTo(page, 'Current password', { back });
        await page.keyboard.press('Control+A');
        await page.keyboard.type(current);
        for (const label of ['New password', 'New password again']) {
          await tabTo(page, label);
          await page.keyboard.press('Control+A');
          await page.keyboard.type('an entirely new passphrase');
        }
        await tabTo(page, 'Change password');
        await page.keyboard.press('Enter');
      };
      await changePassword('not the password at all');
      await page.getByText('The current password is not right').waitFor();
      await expectAccessible(page);
      await changePassword(admin.password, true);
      await page.getByText('Password changed. You stay signed in here; your other sessions were signed out.').waitFor();
      const login = await t.graphql.request(`mutation($e: String!) { login(input: { email: $e, password: "an entirely new passphrase" }) { accessToken } }`, { e: admin.email });
      expect(login.errors).toBeUndefined();
      expect(errors).toEqual([]);
      await closeConsolePage(page);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "an admin changes a colleague's role and deactivates another, follows audit entries to the staff member, contact and problem they are about, and signs out of other sessions",
    async () => {
      const { t } = stack;
      const admin = await consoleStaff(t.dataSource, StaffRole.ADMIN);
      const promoted = await createStaff(t.dataSource, admin.agencyId, StaffRole.LIAISON_OFFICER, { name: 'Pat Promoted' });
      const leaving = await createStaff(t.dataSource, admin.agencyId, StaffRole.LIAISON_OFFICER, { name: 'Lee Leaving' });
      // A contact and a task-force problem made through the API, so the audit log has entries about subjects without a page of their own.
      const token = await signIn(t.graphql, admin.email);
      const organisation = await createOrganisation(t.dataSource, admin.agencyId, { name: 'Riverside Residents' });
      await t.graphql.data(`mutation($org: ID!) { addContact(organisationId: $org, input: { name: "Ada Contact", email: "ada@riverside.example" }) { id } }`, { org: organisation.id }, token);
      const { createTaskForce } = await t.graphql.data<{ createTaskForce: { id: string } }>(
        `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`,
        { input: { name: 'Riverside task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: promoted.id, startsOn: '2026-01-05' } },
        token,
      );
      await t.graphql.data(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Motels on the ring road" }) { id } }`, { tf: createTaskForce.id }, token);

      // The same admin is also signed in on another computer.
      const elsewhere = await newConsolePage(browser);
      await signInToConsole(elsewhere.page, t.url, admin, '/');

      const { page, errors } = await newConsolePage(browser);
      await signInToConsole(page, t.url, admin, '/administration/staff');
      await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
      await page.getByLabel('Role of Pat Promoted').selectOption({ label: 'Analyst (read-only)' });
      await page.getByRole('button', { name: 'Change role of Pat Promoted' }).click();
      await page.getByText('Pat Promoted is now Analyst (read-only).').waitFor();
      await page.getByRole('button', { name: 'Deactivate Lee Leaving' }).click();
      await expectAccessible(page);
      await page.getByRole('group', { name: 'Deactivate Lee Leaving' }).getByRole('button', { name: 'Yes, deactivate' }).click();
      await page.getByText('Lee Leaving is deactivated.').waitFor();
      const everyone = page.getByRole('table', { name: 'Staff of your agency, newest first' });
      await everyone.getByRole('row', { name: /Lee Leaving/ }).getByText('Deactivated').waitFor();
      expect(await everyone.getByRole('button', { name: 'Deactivate Lee Leaving' }).count()).toBe(0);
      const relogin = await t.graphql.request(`mutation($e: String!) { login(input: { email: $e, password: "${admin.password}" }) { accessToken } }`, { e: leaving.email });
      expect(relogin.errors?.length).toBeGreaterThan(0);
      expect(relogin.data?.login).toBeFalsy();
      await expectAccessible(page);

      // Each audit entry links to what it is about.
      await page.getByRole('link', { name: 'Audit log' }).click();
      const entries = page.getByRole('table', { name: 'Audit entries, newest first' });
      const entry = (action: string) => entries.getByRole('row').filter({ has: page.getByText(action, { exact: true }) });
      await entry('staff.role.change').waitFor();
      await expectAccessible(page);
      await entry('staff.role.change').getByRole('link', { name: 'Open StaffUser' }).click();
      await page.getByRole('heading', { level: 2, name: 'Pat Promoted' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Pat Promoted' }).evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
      await page.getByText('Analyst (read-only)').first().waitFor();
      await expectAccessible(page);

      await page.goBack();
      await entry('contact.create').getByRole('link', { name: 'Open Contact' }).click();
      await page.getByRole('heading', { level: 1, name: 'Riverside Residents' }).waitFor();
      await page.getByText('Ada Contact').first().waitFor();

      await page.goBack();
      await entry('taskForce.problem.create').getByRole('link', { name: 'Open Problem' }).click();
      await page.waitForURL(/\/task-forces\/[^/]+\/problems\?problem=/);
      await page.getByRole('heading', { name: 'Motels on the ring road' }).first().waitFor();
      await expectAccessible(page);

      // Profile: sign out everywhere else; the other computer's session is refused from then on.
      await page.getByRole('link', { name: 'Your profile' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
      await page.getByRole('button', { name: 'Sign out of other sessions' }).click();
      await page.getByText(/Signed out of [2-9] other sessions\./).waitFor();
      await expectAccessible(page);
      await elsewhere.page.reload();
      await elsewhere.page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(await elsewhere.page.getByRole('navigation', { name: 'Console sections' }).count()).toBe(0);
      const refused = await t.graphql.request(`{ me { id } }`, {}, { token });
      expect(refused.errors?.[0]?.extensions?.reason).toBe('SESSION_ENDED');
      // This browser stays signed in.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
      await closeConsolePage(elsewhere.page);
      expect(errors).toEqual([]);
      await closeConsolePage(page);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'offers an analyst no create, edit or admin action on forums, venues, partners and series',
    async () => {
      const { t } = stack;
      const analyst = await consoleStaff(t.dataSource, StaffRole.ANALYST);
      const officer = await createStaff(t.dataSource, analyst.agencyId, StaffRole.LIAISON_OFFICER);
      const venue = await createVenue(t.dataSource, analyst.agencyId);
      const forum = await createForum(t.dataSource, analyst.agencyId, { venueId: venue.id, title: 'Eastbrook listening session' }, [officer.id]);
      const organisation = await createOrganisation(t.dataSource, analyst.agencyId);
      const { page, errors } = await newConsolePage(browser);
      await signInToConsole(page, t.url, analyst, '/forums');
      await page.getByRole('link', { name: 'Eastbrook listening session' }).waitFor();
      const absent = async (...names: string[]) => {
        for (const name of names) {
          expect({ name, links: await page.getByRole('link', { name, exact: true }).count(), buttons: await page.getByRole('button', { name, exact: true }).count() }).toEqual({ name, links: 0, buttons: 0 });
        }
      };
      expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      await absent('New forum', 'Import partners');

      await page.goto(`${t.url}/forums/${forum.id}`);
      await page.getByRole('heading', { level: 1, name: 'Eastbrook listening session' }).waitFor();
      await page.getByRole('link', { name: 'Invitations' }).waitFor();
      await absent('Publish', 'Cancel forum', 'Edit details');

      await page.goto(`${t.url}/venues`);
      await page.getByRole('rowheader', { name: venue.name }).waitFor();
      await absent('Add a venue', venue.name);

      // Opening a form's address anyway says it is not for analysts.
      await page.goto(`${t.url}/venues/new`);
      await page.getByRole('heading', { level: 1, name: 'Read-only for analysts' }).waitFor();
      expect(await page.getByRole('textbox').count()).toBe(0);

      await page.goto(`${t.url}/partners/${organisation.id}`);
      await page.getByRole('heading', { level: 1, name: organisation.name }).waitFor();
      await absent('Edit details', 'Archive', 'Add a contact');

      await page.goto(`${t.url}/series`);
      await page.getByRole('heading', { level: 1, name: 'Series' }).waitFor();
      await absent('New series');

      await page.goto(`${t.url}/administration/staff`);
      await page.getByText('Only administrators manage staff').waitFor();
      expect(await page.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await closeConsolePage(page);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'offers an analyst no create, edit, delete or send action on surveys, task forces and the administration screens, and opening a form says it is read-only',
    async () => {
      const { t } = stack;
      const analyst = await consoleStaff(t.dataSource, StaffRole.ANALYST);
      const officer = await createStaff(t.dataSource, analyst.agencyId, StaffRole.LIAISON_OFFICER);
      const token = await signIn(t.graphql, officer.email);
      const draft = await createPublishedSurvey(t.graphql, token, everyTypeSurveyInput(), false);
      const published = await createPublishedSurvey(t.graphql, token, everyTypeSurveyInput({ personalInvitations: true }));
      const { createTaskForce: tf } = await t.graphql.data<{ createTaskForce: { id: string } }>(
        `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`,
        { input: { name: 'Harbour task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.id, startsOn: '2026-01-05' } },
        token,
      );
      await t.graphql.data(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Dock thefts" }) { id } }`, { tf: tf.id }, token);

      const { page, errors } = await newConsolePage(browser);
      await signInToConsole(page, t.url, analyst, '/surveys');
      // Anything that would create, change, send or remove: none may be offered, as a button or a link.
      const WRITES = /^(New |Add |Create|Edit|Delete|Remove|Archive|Publish|Close (the )?survey|Send|Invite|Link the|Record|Move |Change|Deactivate|Save|Make |Start |Email |Import|Questions and settings|Yes,)/;
      const offersNoWrites = async (where: string) => {
        const offered = [...(await page.getByRole('button').allInnerTexts()), ...(await page.getByRole('link').allInnerTexts())].map((x) => x.trim()).filter((x) => WRITES.test(x));
        expect({ where, offered }).toEqual({ where, offered: [] });
      };
      const visit = async (path: string, ready: Parameters<Page['getByRole']>, axe = false) => {
        await page.goto(`${t.url}${path}`);
        await page.getByRole(...ready).first().waitFor();
        await offersNoWrites(path);
        if (axe) await expectAccessible(page);
      };

      await visit('/surveys', ['heading', { level: 1, name: 'Surveys' }], true);
      await visit(`/surveys/${draft.id}`, ['heading', { level: 2, name: 'Overview' }]);
      await visit(`/surveys/${published.id}`, ['heading', { level: 2, name: 'Overview' }]);
      await visit(`/surveys/${published.id}/distribute`, ['heading', { level: 1 }], true);
      await visit(`/surveys/${published.id}/results`, ['heading', { level: 1 }]);
      await visit('/task-forces', ['heading', { level: 1, name: 'Task forces' }]);
      for (const part of ['', '/members', '/meetings', '/problems', '/objectives', '/actions']) {
        await visit(`/task-forces/${tf.id}${part}`, ['heading', { level: 1, name: /Harbour task force/ }], part === '/members');
      }
      for (const part of ['staff', 'settings', 'audit', 'delivery']) {
        await visit(`/administration/${part}`, ['heading', { level: 1 }]);
        await page.getByText('Only administrators manage staff').waitFor();
        expect(await page.getByRole('textbox').count()).toBe(0);
      }
      await expectAccessible(page);

      // Opening a form's address anyway says it is not for analysts, and offers no field.
      for (const path of ['/surveys/new', `/surveys/${draft.id}/edit`, '/task-forces/new']) {
        await page.goto(`${t.url}${path}`);
        await page.getByRole('heading', { level: 1, name: 'Read-only for analysts' }).waitFor();
        expect(await page.getByRole('textbox').count()).toBe(0);
      }
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await closeConsolePage(page);
    },
    JOURNEY_TIMEOUT,
  );
});
