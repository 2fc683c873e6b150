import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Agency } from './agency.entity';
import { AgenciesService } from './agencies.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agency]), AuditModule],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
