export type { Agency } from './agency.entity';
export { AgencyError, AgencyErrorCode } from './agencies.errors';
export { AgenciesService } from './agencies.service';
export type { AgencySettings } from './agencies.service';
export { AgenciesModule } from './agencies.module';
