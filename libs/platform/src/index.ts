export { PlatformService } from './platform.service';
export type { AgencySummary, NewAgency, PlatformCaller } from './platform.service';
export { PlatformModule } from './platform.module';
export { PlatformCommandModule } from './platform-command.module';
