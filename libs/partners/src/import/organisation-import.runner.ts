import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { StaffService } from '@app/staff';
import { OrganisationImport, OrganisationImportStatus } from './organisation-import.entity';
import { ValidatedImport, readImportFile } from './validate-rows';
import { ImportCounts, applyImport } from './apply-import';
import { OrganisationImportRepository } from './organisation-import.repository';

/** How many row errors are kept on the import (the count is always complete). */
export const MAX_STORED_ERRORS = 1_000;

const ALREADY_FINISHED = Symbol('already finished');

const FINISHED = [OrganisationImportStatus.DONE, OrganisationImportStatus.REJECTED];

/**
 * Runs one import (the `partners.import` job). Validation covers every row; a file with any
 * row error is REJECTED and nothing is written. Otherwise the changes are applied in ONE
 * transaction (so nothing is ever half-written) with set-based upserts, and audited as one
 * entry with the counts. Progress is written outside that transaction so the API sees it.
 */
@Injectable()
export class OrganisationImportRunner {
  private readonly logger = new Logger(OrganisationImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly staff: StaffService,
    private readonly clock: Clock,
  ) {}

  /** `finalAttempt`: false while the queue will retry, so a failure shows as QUEUED (retrying), not FAILED. */
  async run(importId: string, { finalAttempt = true }: { finalAttempt?: boolean } = {}): Promise<OrganisationImportStatus> {
    const job = await this.dataSource
      .getRepository(OrganisationImport)
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :importId', { importId })
      .getOne();
    if (!job) return OrganisationImportStatus.FAILED; // deleted: nothing to do
    if (FINISHED.includes(job.status)) return job.status; // a redelivered job: already done
    await this.update(importId, { status: OrganisationImportStatus.RUNNING, startedAt: this.clock.now(), finishedAt: null, failure: null, progress: 0 });
    try {
      return await this.process(job);
    } catch (err) {
      if (err instanceof DomainError) {
        await this.update(importId, { status: OrganisationImportStatus.FAILED, failure: err.message, finishedAt: this.clock.now(), content: null });
        return OrganisationImportStatus.FAILED;
      }
      this.logger.error({ err, importId }, 'Organisation import failed');
      await this.update(
        importId,
        finalAttempt
          ? { status: OrganisationImportStatus.FAILED, failure: 'Internal error while importing; nothing was written', finishedAt: this.clock.now() }
          : { status: OrganisationImportStatus.QUEUED, failure: 'An attempt failed and nothing was written; retrying', progress: 0 },
      );
      throw err; // let the queue retry: the run is idempotent
    }
  }

  private async process(job: OrganisationImport): Promise<OrganisationImportStatus> {
    const agency = await this.agencies.get(job.agencyId);
    const file = readImportFile(job.content ?? Buffer.alloc(0), agency.neighbourhoods);
    let progress = 0;
    const report = async (percent: number) => {
      const rounded = Math.min(99, Math.floor(percent));
      if (rounded <= progress) return;
      progress = rounded;
      await this.update(job.id, { progress });
    };
    await report(20);
    const rejected = file.errors.length > 0;
    // A file with errors is never applied; a dry run still counts what its valid rows would do.
    const counts = rejected && !job.dryRun ? null : await this.apply(job, file, report);
    if (counts === ALREADY_FINISHED) return OrganisationImportStatus.DONE;
    const status = rejected ? OrganisationImportStatus.REJECTED : OrganisationImportStatus.DONE;
    await this.update(job.id, {
      status,
      totalRows: file.totalRows,
      ...(counts ? countColumns(counts) : {}),
      errors: file.errors.slice(0, MAX_STORED_ERRORS),
      errorCount: file.errors.length,
      progress: 100,
      finishedAt: this.clock.now(),
      content: null,
    });
    return status;
  }

  /** In one transaction: the comparison, the writes (unless a dry run) and the audit entry. */
  private apply(job: OrganisationImport, file: ValidatedImport, report: (percent: number) => Promise<void>): Promise<ImportCounts | typeof ALREADY_FINISHED> {
    return this.dataSource.transaction(async (manager) => {
      await OrganisationImportRepository.lockAgency(manager, job.agencyId);
      // A redelivered job (e.g. after a stall) that waited on the lock while the first delivery finished.
      if ((await OrganisationImportRepository.status(manager, job.id)) === OrganisationImportStatus.DONE) return ALREADY_FINISHED;
      const counts = await applyImport(manager, job.agencyId, file, {
        dryRun: job.dryRun,
        onProgress: (fraction) => report(30 + fraction * 65),
        now: this.clock.now(),
      });
      if (!job.dryRun) {
        await this.audit.record(manager, await this.actorOf(job), {
          action: 'organisation.import',
          entityType: 'OrganisationImport',
          entityId: job.id,
          summary: `Imported ${file.totalRows} CSV rows: ${describe(counts)}`,
          changes: { totalRows: file.totalRows, ...counts },
        });
      }
      return counts;
    });
  }

  private async actorOf(job: OrganisationImport): Promise<StaffActor> {
    const user = await this.staff.get({ agencyId: job.agencyId }, job.createdBy);
    return { kind: 'STAFF', userId: job.createdBy, agencyId: job.agencyId, role: user.role, email: user.email, sessionId: `import:${job.id}` };
  }

  private async update(id: string, values: Partial<OrganisationImport>): Promise<void> {
    await this.dataSource.getRepository(OrganisationImport).update({ id }, values);
  }
}

function countColumns(c: ImportCounts): Partial<OrganisationImport> {
  return {
    organisationsCreated: c.organisationsCreated,
    organisationsUpdated: c.organisationsUpdated,
    organisationsUnchanged: c.organisationsUnchanged,
    contactsCreated: c.contactsCreated,
    contactsUpdated: c.contactsUpdated,
    contactsUnchanged: c.contactsUnchanged,
  };
}

function describe(c: ImportCounts): string {
  return (
    `organisations ${c.organisationsCreated} created, ${c.organisationsUpdated} updated, ${c.organisationsUnchanged} unchanged; ` +
    `contacts ${c.contactsCreated} created, ${c.contactsUpdated} updated, ${c.contactsUnchanged} unchanged`
  );
}
