import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LANGUAGES, LANGUAGE_CODES, StaffActor } from '@app/common';
import { AdminOnly, CanRead, CurrentActor } from '@app/auth';
import { AgenciesService } from '@app/agencies';
import { AgencyModel } from './models/agency.model';
import { LanguageModel } from './models/language.model';
import { UpdateAgencySettingsInput } from './dto/update-agency-settings.input';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @Query(() => AgencyModel, { description: "The caller's own agency." })
  @CanRead()
  agency(@CurrentActor() actor: StaffActor) {
    return this.agencies.get(actor.agencyId);
  }

  @Query(() => [LanguageModel], { description: 'Every language Liaison ships, in the order screens list them; `agency.enabledLanguages` says which the agency offers.' })
  @CanRead()
  languages(): LanguageModel[] {
    return LANGUAGE_CODES.map((code) => LANGUAGES[code]);
  }

  @Mutation(() => AgencyModel)
  @AdminOnly()
  updateAgencySettings(@CurrentActor() actor: StaffActor, @Args('input') input: UpdateAgencySettingsInput) {
    return this.agencies.updateSettings(actor, { ...input, branding: input.branding ? { ...input.branding } : undefined });
  }
}
