import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Agency } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { AgencyLookupService } from './agency-lookup.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agency]), AuditModule],
  providers: [AgenciesService, AgencyLookupService],
  exports: [AgenciesService, AgencyLookupService],
})
export class AgenciesModule {}
