import { StaffRole } from '@app/common';
import type { Forum } from '@app/forums';
import { MailTestStack, createAgency, createContact, createForum, createOrganisation, createSignedInStaff } from '@app/testing';
import { INVITE, postForm, tokenOf } from './rsvp-helpers';

const DAY = 24 * 3_600_000;

/**
 * A published forum ten days out (written straight to the database) whose contacts, one per
 * entry of `answers`, all of one partner organisation, were invited through `inviteToForum`
 * and answered by link as given (`null`: no answer). Waits for every invitation and confirmation mail.
 */
export async function answeredForum(stack: MailTestStack, answers: (Record<string, string> | null)[], forum: Partial<Forum> = {}) {
  const db = stack.t.dataSource;
  const agency = await createAgency(db);
  const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
  const created = await createForum(db, agency.id, { startsAt: new Date(Date.now() + 10 * DAY), ...forum });
  const organisation = await createOrganisation(db, agency.id);
  const people = await Promise.all(answers.map(() => createContact(db, organisation)));
  await stack.t.graphql.data(INVITE, { forumId: created.id, input: { contactIds: people.map((p) => p.id) } }, officer.token);
  const tokens = await Promise.all(people.map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
  for (const [i, answer] of answers.entries()) {
    if (!answer) continue;
    await postForm(`${stack.t.url}/rsvp/${tokens[i]}`, answer);
    await stack.sink.waitFor(people[i].email, 2);
  }
  const invitationOf = async (contactId: string) => (await db.query(`SELECT id FROM invitations WHERE contact_id = $1`, [contactId]))[0].id as string;
  return { agency, officer, forum: created, organisation, people, tokens, invitationOf };
}
