import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { VenuesService } from '@app/forums';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { VenueConnection, VenueModel } from './models/venue.model';
import { CreateVenueInput, UpdateVenueInput, VenueFilterInput } from './dto/venue.input';

@Resolver(() => VenueModel)
export class VenuesResolver {
  constructor(private readonly service: VenuesService) {}

  @Query(() => VenueConnection, { description: "The agency's venues, newest first; archived ones only on request." })
  @CanRead()
  venues(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: VenueFilterInput) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => VenueModel)
  @CanRead()
  venue(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => VenueModel)
  @CanWrite()
  createVenue(@CurrentActor() actor: StaffActor, @Args('input') input: CreateVenueInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => VenueModel)
  @CanWrite()
  updateVenue(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateVenueInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => VenueModel, { description: 'Keeps the venue on past forums but stops new bookings.' })
  @CanWrite()
  archiveVenue(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.setArchived(actor, id, true);
  }

  @Mutation(() => VenueModel)
  @CanWrite()
  unarchiveVenue(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.setArchived(actor, id, false);
  }

  @Mutation(() => VenueModel, { description: 'Only a venue no forum ever used; otherwise CONFLICT (archive it instead).' })
  @CanWrite()
  deleteVenue(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.delete(actor, id);
  }
}
