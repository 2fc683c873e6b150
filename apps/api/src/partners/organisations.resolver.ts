import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { OrganisationsService } from '@app/partners';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { OrganisationConnection, OrganisationModel } from './models/organisation.model';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { OrganisationFilterInput } from './dto/organisation-filter.input';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationConnection, { description: "The agency's partner organisations, by name." })
  @CanRead()
  organisations(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: OrganisationFilterInput,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => OrganisationModel)
  @CanRead()
  organisation(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => OrganisationModel)
  @CanWrite()
  createOrganisation(@CurrentActor() actor: StaffActor, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganisationModel)
  @CanWrite()
  updateOrganisation(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => OrganisationModel, { description: 'ACTIVE → ARCHIVED; archiving an archived organisation is a CONFLICT.' })
  @CanWrite()
  archiveOrganisation(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.archive(actor, id);
  }

  @Mutation(() => OrganisationModel, { description: 'ARCHIVED → ACTIVE.' })
  @CanWrite()
  unarchiveOrganisation(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.unarchive(actor, id);
  }
}
