import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor, OperatorInAgency, PageArgs, RequestContext, StaffActor, paginate } from '@app/common';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary: string;
  changes?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

/** Writes and reads the audit log. Writes join the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(manager: EntityManager, actor: Actor | OperatorInAgency, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      agencyId: actor.agencyId,
      actorType: actor.kind,
      actorId: actor.kind === 'STAFF' ? actor.userId : actor.kind === 'CONTACT' ? actor.contactId : actor.kind === 'OPERATOR' ? actor.operatorId : null,
      actorLabel: actor.kind === 'STAFF' || actor.kind === 'OPERATOR' ? actor.email : actor.label,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      summary: record.summary,
      changes: (record.changes ?? {}) as object,
      requestId: RequestContext.requestId() ?? null,
    });
  }

  list(actor: StaffActor, filter: AuditFilter, page: PageArgs) {
    const query = this.entries.createQueryBuilder('entry').where('entry.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.entityType) query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('entry.createdAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.createdAt < :to', { to: filter.to });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }
}

/** Only the fields that changed, as { field: { from, to } }, for audit summaries. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = (before as Record<string, unknown>)[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = { from: previous, to: value };
  }
  return changes;
}
