import { randomBytes } from 'node:crypto';
import { DomainError, StaffActor } from '@app/common';
import { LibTestModule, createContact, createLibTestModule, createOrganisation, createStaffActor } from '@app/testing';
import { ContactsService } from './contacts.service';
import { OrganisationType } from './organisation.entity';
import { OrganisationsService } from './organisations.service';
import { PartnersErrorCode } from './partners.errors';
import { PartnersModule } from './partners.module';

/** The partners module alone (no GraphQL, no HTTP) against this run's PostgreSQL. */
describe('Partners services (real PostgreSQL)', () => {
  let lib: LibTestModule;
  let organisations: OrganisationsService;
  let contacts: ContactsService;

  beforeAll(async () => {
    lib = await createLibTestModule({ imports: [PartnersModule] });
    organisations = lib.get(OrganisationsService);
    contacts = lib.get(ContactsService);
  });
  afterAll(() => lib.close());

  const officer = (): Promise<StaffActor> => createStaffActor(lib.dataSource);
  /** The error a call fails with (thrown at once or rejected), or null. */
  const caught = (call: () => unknown) => Promise.resolve().then(call).then(() => null, (error: unknown) => error as DomainError);

  it('refuses a second organisation of the same name in an agency (a CONFLICT naming input.name), while another agency may use the name', async () => {
    const [first, second] = await Promise.all([officer(), officer()]);
    const name = `Riverside Shelter ${randomBytes(3).toString('hex')}`;
    await organisations.create(first, { name, type: OrganisationType.NGO });

    const error = await caught(() => organisations.create(first, { name, type: OrganisationType.FAITH_GROUP }));
    expect(error).toMatchObject({ code: PartnersErrorCode.ORGANISATION_NAME_TAKEN, details: { field: 'input.name' } });

    const elsewhere = await organisations.create(second, { name: `  ${name}  `, type: OrganisationType.FAITH_GROUP });
    expect(elsewhere).toMatchObject({ name, agencyId: second.agencyId, type: OrganisationType.FAITH_GROUP });
  });

  it("finds only the caller's agency's organisations: another agency's id is not found", async () => {
    const [mine, theirs] = await Promise.all([officer(), officer()]);
    const organisation = await createOrganisation(lib.dataSource, theirs.agencyId);
    expect((await organisations.get(theirs, organisation.id)).id).toBe(organisation.id);
    expect(await caught(() => organisations.get(mine, organisation.id))).toMatchObject({ code: 'ORGANISATION_NOT_FOUND' });
  });

  it('archives once: archiving again is a CONFLICT naming the current status, and restoring brings it back', async () => {
    const actor = await officer();
    const organisation = await createOrganisation(lib.dataSource, actor.agencyId);
    expect((await organisations.archive(actor, organisation.id)).status).toBe('ARCHIVED');
    expect(await caught(() => organisations.archive(actor, organisation.id))).toMatchObject({
      code: PartnersErrorCode.INVALID_STATUS_CHANGE,
      details: { currentStatus: 'ARCHIVED' },
    });
    expect((await organisations.unarchive(actor, organisation.id)).status).toBe('ACTIVE');
  });

  it("keeps an opt-out through staff edits; only the contact's own opt-in clears it, and mailableAmong follows", async () => {
    const actor = await officer();
    const organisation = await createOrganisation(lib.dataSource, actor.agencyId);
    const [staying, leaving] = await Promise.all([createContact(lib.dataSource, organisation), createContact(lib.dataSource, organisation)]);
    const mailable = () => lib.dataSource.transaction((manager) => contacts.mailableAmong(manager, actor.agencyId, [staying.id, leaving.id]));

    await contacts.recordOptOut(actor, leaving.id, 'asked by phone');
    expect(await mailable()).toEqual(new Set([staying.id]));

    const edited = await contacts.update(actor, leaving.id, { name: 'Renamed Person', email: ` ${leaving.email.toUpperCase()} ` });
    expect(edited).toMatchObject({ name: 'Renamed Person', email: leaving.email, optOutSource: 'staff: asked by phone' });
    expect(edited.optedOutAt).toBeInstanceOf(Date);
    expect(await mailable()).toEqual(new Set([staying.id]));

    await contacts.optIn(actor.agencyId, leaving.id);
    expect(await mailable()).toEqual(new Set([staying.id, leaving.id]));
  });

  it('refuses a second contact with the same address in the agency (a CONFLICT naming input.email), whatever its case', async () => {
    const actor = await officer();
    const organisation = await createOrganisation(lib.dataSource, actor.agencyId);
    const existing = await createContact(lib.dataSource, organisation);
    const error = await caught(() => contacts.add(actor, organisation.id, { name: 'Someone Else', email: existing.email.toUpperCase() }));
    expect(error).toMatchObject({ code: PartnersErrorCode.CONTACT_EMAIL_TAKEN, details: { field: 'input.email' } });
  });
});
