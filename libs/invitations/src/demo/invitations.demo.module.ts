import { Module } from '@nestjs/common';
import { ForumLookupModule } from '@app/forums';
import { DeliveryStatusModule } from '@app/mail';
import { PartnerLookupModule } from '@app/partners';
import { InvitationsRepository } from '../invitations.repository';
import { InvitationsDemoSeed } from './invitations.demo-seed';

/**
 * The invitations part of the demo department (runs after partners and forums: invites their
 * contacts to their forums), for the setup context to find. It asks the owners for forums,
 * contacts and mail records through their lookup modules, which need no queue.
 */
@Module({
  imports: [ForumLookupModule, PartnerLookupModule, DeliveryStatusModule],
  providers: [InvitationsDemoSeed, InvitationsRepository],
})
export class InvitationsDemoModule {}
