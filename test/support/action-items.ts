import { StaffRole } from '@app/common';
import { StatusLinkSigner } from '@app/task-forces';
import { TestApp, createAgency, createContact, createOrganisation, createSignedInStaff } from '@app/testing';

/**
 * A task force (over GraphQL) whose member organisation's contact owns one action item, and
 * the path of that contact's signed status link (`/action-items/<token>`).
 */
export async function actionItemForContact(t: TestApp) {
  const agency = await createAgency(t.dataSource);
  const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
  const organisation = await createOrganisation(t.dataSource, agency.id);
  const contact = await createContact(t.dataSource, organisation);
  const { createTaskForce: taskForce } = await t.graphql.data(
    `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`,
    { input: { name: `JTF ${Math.random()}`, focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.user.id, startsOn: '2026-01-05' } },
    officer.token,
  );
  await t.graphql.data(
    `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`,
    { tf: taskForce.id, input: { organisationId: organisation.id, role: 'MEMBER', contactIds: [contact.id], joinedOn: '2026-01-05' } },
    officer.token,
  );
  const { createActionItem: item } = await t.graphql.data(
    `mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`,
    { tf: taskForce.id, input: { title: 'Train front-desk staff', ownerContactId: contact.id, dueOn: '2027-06-30' } },
    officer.token,
  );
  const path = new URL(t.app.get(StatusLinkSigner).linkFor(item.id, contact.id)).pathname;
  return { agency, officer, contact, itemId: item.id as string, path };
}
