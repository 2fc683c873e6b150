import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionShape, OperatorActor, OperatorInAgency, PageArgs, SystemActor, operatorIn, systemActor } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { AuditService } from '@app/audit';
import { OperatorAccountsService } from '@app/auth';
import { OutboxService } from '@app/mail';
import { StaffService } from '@app/staff';

export interface NewAgency {
  name: string;
  slug: string;
  timeZone: string;
  adminName: string;
  adminEmail: string;
  /** The first admin's console language, which also chooses their invitation's language; left out: English, then their browser's. */
  adminPreferredLanguage?: string | null;
}

/** What a platform operator sees of an agency: who it is, whether it is suspended, counts and health. Never its data. */
export interface AgencySummary {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  createdAt: Date;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  activeStaff: number;
  invitedStaff: number;
  lastStaffSignInAt: Date | null;
  emailsPending: number;
  emailsFailed: number;
}

/** Who asks: a signed-in platform operator, or someone at the server running `npm run operator`. */
export type PlatformCaller = OperatorActor | { kind: 'COMMAND' };

/** Hosting several agencies: create them with their first admin, list them, suspend and reinstate them. */
@Injectable()
export class PlatformService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly operators: OperatorAccountsService,
  ) {}

  /** The agency and its first admin, who is emailed an invitation to set a password (sent after commit). */
  async createAgency(caller: PlatformCaller, input: NewAgency): Promise<AgencySummary> {
    const inviterName = caller.kind === 'OPERATOR' ? ((await this.operators.get(caller.operatorId))?.name ?? caller.email) : 'The Liaison service';
    const { agency, message } = await this.dataSource.transaction(async (manager) => {
      const agency = await this.agencies.create(manager, { name: input.name.trim(), slug: input.slug, timeZone: input.timeZone });
      const by = this.auditActor(caller, agency.id);
      await this.audit.record(manager, by, {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: agency.id,
        summary: `Created ${agency.name} with its first admin ${input.adminEmail}`,
      });
      const { message } = await this.staff.inviteFirstAdmin(
        manager,
        agency,
        { name: input.adminName, email: input.adminEmail, preferredLanguage: input.adminPreferredLanguage },
        inviterName,
        by,
      );
      return { agency, message };
    });
    await this.outbox.dispatch([message]);
    return (await this.summaries([agency]))[0];
  }

  async list(page: PageArgs): Promise<ConnectionShape<AgencySummary>> {
    const connection = await this.agencies.list(page);
    const summaries = await this.summaries(connection.edges.map((edge) => edge.node));
    return { ...connection, edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: summaries[i] })) };
  }

  async get(agencyId: string): Promise<AgencySummary> {
    return (await this.summaries([await this.agencies.get(agencyId)]))[0];
  }

  async findBySlug(slug: string): Promise<AgencySummary | null> {
    const agency = await this.agencies.findBySlug(slug);
    return agency ? (await this.summaries([agency]))[0] : null;
  }

  /** Staff can no longer sign in (open sessions stop at once), links stop working, public pages are not found. */
  async suspend(caller: PlatformCaller, agencyId: string, reason: string): Promise<AgencySummary> {
    const agency = await this.agencies.setSuspended(this.auditActor(caller, agencyId), { reason: reason.trim() });
    return (await this.summaries([agency]))[0];
  }

  async reinstate(caller: PlatformCaller, agencyId: string): Promise<AgencySummary> {
    const agency = await this.agencies.setSuspended(this.auditActor(caller, agencyId), null);
    return (await this.summaries([agency]))[0];
  }

  /** Counts for a page of agencies: one grouped query per source, whatever the page size. */
  private async summaries(agencies: Agency[]): Promise<AgencySummary[]> {
    const ids = agencies.map((a) => a.id);
    const [staff, mail] = await Promise.all([this.staff.countsByAgency(ids), this.outbox.deliveryCounts(ids)]);
    return agencies.map((a) => {
      const people = staff.get(a.id)!;
      const delivery = mail.get(a.id)!;
      return {
        id: a.id,
        name: a.name,
        slug: a.slug,
        timeZone: a.timeZone,
        createdAt: a.createdAt,
        suspendedAt: a.suspendedAt,
        suspensionReason: a.suspensionReason,
        activeStaff: people.active,
        invitedStaff: people.invited,
        lastStaffSignInAt: people.lastSignInAt,
        emailsPending: delivery.pending,
        emailsFailed: delivery.failed,
      };
    });
  }

  private auditActor(caller: PlatformCaller, agencyId: string): OperatorInAgency | SystemActor {
    return caller.kind === 'OPERATOR' ? operatorIn(caller, agencyId) : systemActor(agencyId, 'operator command line');
  }
}
