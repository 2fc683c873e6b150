import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Agency } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { AgencyDirectory } from './agency-directory.service';
import { AgencyReadsService } from './agency-reads.service';
import { AgencyLookupService } from './agency-lookup.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agency]), AuditModule],
  providers: [AgenciesService, AgencyDirectory, AgencyReadsService, AgencyLookupService],
  exports: [AgenciesService, AgencyDirectory, AgencyReadsService, AgencyLookupService],
})
export class AgenciesModule {}
