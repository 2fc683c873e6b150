import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Agency } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { AgencyReadsService } from './agency-reads.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agency]), AuditModule],
  providers: [AgenciesService, AgencyReadsService],
  exports: [AgenciesService, AgencyReadsService],
})
export class AgenciesModule {}
