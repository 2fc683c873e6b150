import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CanRead } from '@app/auth';
import type { Contact, Organisation } from '@app/partners';
import { ContactsService } from '@app/partners';
import { RequestLoaders, groupInOrder } from '../graphql/request-loaders';
import { OrganisationModel } from './models/organisation.model';
import { ContactModel } from './models/contact.model';

@Resolver(() => OrganisationModel)
export class OrganisationFieldsResolver {
  constructor(private readonly contactsService: ContactsService) {}

  /** One query for every organisation on the page, whatever the page size. */
  @ResolveField(() => [ContactModel])
  @CanRead()
  contacts(@Parent() organisation: Organisation, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get(`organisation.contacts:${organisation.agencyId}`, () =>
        new DataLoader<string, Contact[]>(async (ids) =>
          groupInOrder(ids, await this.contactsService.contactsFor(organisation.agencyId, ids), (c) => c.organisationId as string),
        ),
      )
      .load(organisation.id);
  }
}
