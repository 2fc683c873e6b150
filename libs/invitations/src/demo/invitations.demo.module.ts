import { Module } from '@nestjs/common';
import { InvitationsDemoSeed } from './invitations.demo-seed';

/** The invitations part of the demo department (runs after partners and forums: invites their contacts to their forums), for the setup context to find. */
@Module({ providers: [InvitationsDemoSeed] })
export class InvitationsDemoModule {}
