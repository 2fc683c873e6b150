import { Query, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { AdminOnly, CurrentActor } from '@app/auth';
import { OutboxService } from '@app/mail';
import { AgencyDeliveryModel } from './models/agency-delivery.model';

@Resolver()
export class DeliveryResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Query(() => AgencyDeliveryModel, {
    description: "Admins: their own agency's mail delivery (never another agency's; the platform's queues are the operator's).",
  })
  @AdminOnly()
  agencyDelivery(@CurrentActor() actor: StaffActor) {
    return this.outbox.agencyDelivery(actor.agencyId);
  }
}
