import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError, PageArgs, StaffActor, paginate } from '@app/common';
import { JobsService, OwedJob } from '@app/queue';
import { OrganisationImport, OrganisationImportStatus } from './organisation-import.entity';
import { checkCsvHeader, decodeCsv } from './csv-format';

export interface OrganisationImportFilter {
  status?: OrganisationImportStatus[] | null;
  dryRun?: boolean | null;
}

/**
 * Accepting an upload: the whole-file checks (encoding, header) answer at once; the file is
 * then stored as a row and a `partners.import` job is queued for the worker, which validates
 * every row and applies it (see OrganisationImportRunner).
 */
@Injectable()
export class OrganisationImportsService {
  private readonly logger = new Logger(OrganisationImportsService.name);

  constructor(
    @InjectRepository(OrganisationImport) private readonly imports: Repository<OrganisationImport>,
    private readonly jobs: JobsService,
  ) {}

  async start(actor: StaffActor, bytes: Buffer, options: { dryRun: boolean }): Promise<OrganisationImport> {
    checkCsvHeader(decodeCsv(bytes));
    const created = await this.imports.save(
      this.imports.create({
        agencyId: actor.agencyId,
        createdBy: actor.userId,
        dryRun: options.dryRun,
        status: OrganisationImportStatus.QUEUED,
        progress: 0,
        content: bytes,
        byteSize: bytes.length,
        errors: [],
        errorCount: 0,
      }),
    );
    try {
      await this.enqueue(created.id);
    } catch (err) {
      // The row is the truth: the worker's sweep queues it once Redis answers again.
      this.logger.warn({ err, importId: created.id }, 'Could not queue the import job; the sweep will retry');
    }
    return this.get(actor, created.id);
  }

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<OrganisationImport> {
    const found = await this.imports.findOneBy({ id, agencyId: actor.agencyId });
    if (!found) throw new NotFoundError('OrganisationImport', id);
    return found;
  }

  /** The agency's imports, newest first; optionally only some states (in progress: QUEUED, RUNNING) or kinds. */
  list(actor: Pick<StaffActor, 'agencyId'>, page: PageArgs, filter: OrganisationImportFilter = {}) {
    const query = this.imports.createQueryBuilder('import').where('import.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.status?.length) query.andWhere('import.status IN (:...statuses)', { statuses: filter.status });
    if (filter.dryRun !== undefined && filter.dryRun !== null) query.andWhere('import.dryRun = :dryRun', { dryRun: filter.dryRun });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  /**
   * Makes sure every unfinished import has a live job, whatever Redis lost or kept (a partial
   * or finished job under its id is replaced: see JobsService.requeue); the run is idempotent.
   */
  async requeueUnfinished(): Promise<number> {
    const waiting = await this.imports.find({
      select: { id: true },
      where: { status: In([OrganisationImportStatus.QUEUED, OrganisationImportStatus.RUNNING]) },
    });
    await this.jobs.requeue('partners.import', waiting.map(({ id }) => importJob(id)));
    return waiting.length;
  }

  private async enqueue(importId: string): Promise<void> {
    const job = importJob(importId);
    await this.jobs.enqueue('partners.import', job.payload, job.options);
  }
}

function importJob(importId: string): OwedJob<'partners.import'> {
  return { payload: { importId }, options: { jobId: `partners-import-${importId}`, attempts: 3 } };
}
