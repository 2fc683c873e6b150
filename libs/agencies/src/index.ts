export type { AgencyBranding } from './agency.entity';
export type { Agency } from './agency.entity';
export { AgencyError, AgencyErrorCode } from './agencies.errors';
export { AgenciesService } from './agencies.service';
export { AgencyReadsService } from './agency-reads.service';
export type { AgencySettings } from './agencies.service';
export { AgencyDirectory } from './agency-directory.service';
export { AgenciesModule } from './agencies.module';
export { AgencyLookupService } from './agency-lookup.service';
