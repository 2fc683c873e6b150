export type { AgencyBranding } from './agency.entity';
// Still a value export while invitations, partners and task-forces read agencies through it;
// becomes `export type { Agency }` once they call AgenciesService (findById, timeZoneOf) instead.
export { Agency } from './agency.entity';
export { AgencyError, AgencyErrorCode } from './agencies.errors';
export { AgenciesService } from './agencies.service';
export { AgencyReadsService } from './agency-reads.service';
export type { AgencySettings } from './agencies.service';
export { AgencyDirectory } from './agency-directory.service';
export { AgenciesModule } from './agencies.module';
