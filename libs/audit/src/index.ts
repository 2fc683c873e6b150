export { AuditService, diff } from './audit.service';
export type { AuditFilter, AuditRecord } from './audit.service';
export { AuditModule } from './audit.module';
