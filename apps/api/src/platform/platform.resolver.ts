import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, OperatorActor, PageArgs } from '@app/common';
import { CurrentOperator, OperatorAccountsService, OperatorOnly } from '@app/auth';
import { PlatformService } from '@app/platform';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { PlatformAgencyConnection, PlatformAgencyModel } from './models/platform-agency.model';
import { PlatformOperatorModel } from './models/platform-operator.model';
import { CreateAgencyInput, SuspendAgencyInput } from './dto/create-agency.input';

/** The platform operator's operations. No agency's staff may call them; operators may call nothing else. */
@Resolver()
export class PlatformResolver {
  constructor(
    private readonly platform: PlatformService,
    private readonly operators: OperatorAccountsService,
  ) {}

  @Query(() => PlatformOperatorModel, { description: 'The signed-in platform operator.' })
  @OperatorOnly()
  async currentOperator(@CurrentOperator() operator: OperatorActor) {
    const found = await this.operators.get(operator.operatorId);
    if (!found) throw new NotFoundError('PlatformOperator', operator.operatorId);
    return found;
  }

  @Query(() => PlatformAgencyConnection, { description: 'Every agency on this Liaison service, alphabetical by name.' })
  @OperatorOnly()
  platformAgencies(@Args() page: PageArgs) {
    return this.platform.list(page);
  }

  @Query(() => PlatformAgencyModel)
  @OperatorOnly()
  platformAgency(@Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.platform.get(id);
  }

  @Mutation(() => PlatformAgencyModel, { description: 'Creates an agency and invites its first admin by email.' })
  @OperatorOnly()
  createAgency(@CurrentOperator() operator: OperatorActor, @Args('input') input: CreateAgencyInput) {
    return this.platform.createAgency(operator, input);
  }

  @Mutation(() => PlatformAgencyModel, { description: 'Its staff cannot sign in or use links (open sessions end at once); its public pages are not found.' })
  @OperatorOnly()
  suspendAgency(@CurrentOperator() operator: OperatorActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: SuspendAgencyInput) {
    return this.platform.suspend(operator, id, input.reason);
  }

  @Mutation(() => PlatformAgencyModel)
  @OperatorOnly()
  reinstateAgency(@CurrentOperator() operator: OperatorActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.platform.reinstate(operator, id);
  }
}
