import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { ContactsService } from '@app/partners';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { ContactModel } from './models/contact.model';
import { ContactInput, UpdateContactInput } from './dto/contact.input';

@Resolver(() => ContactModel)
export class ContactsResolver {
  constructor(private readonly contacts: ContactsService) {}

  @Query(() => ContactModel)
  @CanRead()
  contact(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.contacts.get(actor, id);
  }

  @Mutation(() => ContactModel, { description: 'A duplicate email in the agency is a CONFLICT naming input.email.' })
  @CanWrite()
  addContact(
    @CurrentActor() actor: StaffActor,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('input') input: ContactInput,
  ) {
    return this.contacts.add(actor, organisationId, input);
  }

  @Mutation(() => ContactModel, { description: 'Edits keep an opt-out as it is.' })
  @CanWrite()
  updateContact(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateContactInput,
  ) {
    return this.contacts.update(actor, id, input);
  }

  @Mutation(() => ContactModel, { description: 'Deletes a contact nothing refers to; otherwise a CONFLICT (record an opt-out instead).' })
  @CanWrite()
  removeContact(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.contacts.remove(actor, id);
  }

  @Mutation(() => ContactModel, { description: 'Records that the contact asked (e.g. by phone) to get no more mail. Only the contact can opt back in.' })
  @CanWrite()
  recordContactOptOut(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.contacts.recordOptOut(actor, id, reason);
  }
}
