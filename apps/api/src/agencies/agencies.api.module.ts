import { Module } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { AgencyResolver } from './agency.resolver';

/** The signed-in staff member's agency and its settings. */
@Module({
  imports: [AgenciesModule],
  providers: [AgencyResolver],
})
export class AgenciesApiModule {}
