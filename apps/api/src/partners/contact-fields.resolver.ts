import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CanRead } from '@app/auth';
import type { Contact } from '@app/partners';
import { ContactModel } from './models/contact.model';

@Resolver(() => ContactModel)
export class ContactFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Opted out of outreach mail: no invitations, surveys or digests (operational mail about forums they accepted still goes), and only the contact can opt back in.' })
  @CanRead()
  optedOut(@Parent() contact: Contact): boolean {
    return contact.optedOutAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'Mail to the address bounced for good: nothing is sent to it until the address is edited.' })
  @CanRead()
  undeliverable(@Parent() contact: Contact): boolean {
    return contact.undeliverableAt !== null;
  }
}
