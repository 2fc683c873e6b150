import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CanRead } from '@app/auth';
import type { Contact } from '@app/partners';
import { ContactModel } from './models/contact.model';

@Resolver(() => ContactModel)
export class ContactFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Opted out of all mail: never mailed, and only the contact can opt back in.' })
  @CanRead()
  optedOut(@Parent() contact: Contact): boolean {
    return contact.optedOutAt !== null;
  }
}
