import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Contact } from './contact.entity';
import { Organisation } from './organisation.entity';
import { ContactsService } from './contacts.service';
import { PartnerLookupService } from './partner-lookup.service';

/** Contact and organisation reads for other features, without imports and their queue (usable where there is no Redis, e.g. the demo seed). */
@Module({
  imports: [TypeOrmModule.forFeature([Contact, Organisation]), AuditModule],
  providers: [ContactsService, PartnerLookupService],
  exports: [PartnerLookupService],
})
export class PartnerLookupModule {}
