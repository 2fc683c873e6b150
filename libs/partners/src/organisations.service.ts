import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { InputError, NotFoundError, PageArgs, StaffActor, paginate, whereContainsText, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { Organisation, OrganisationStatus, OrganisationType } from './organisation.entity';
import { pgError } from '@app/database';
import { PartnersError } from './partners.errors';
import { LIMITS, agencyNeighbourhoods, focusAreas, optionalPhone, optionalText, optionalWebsite, requiredText } from './partner-fields';
import { must } from './field-check';

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  focusAreas?: string[];
  neighbourhoods?: string[];
  website?: string | null;
  phone?: string | null;
  notes?: string | null;
}

export interface OrganisationFilter {
  /** Part of the name, case-insensitive. */
  text?: string;
  type?: OrganisationType;
  focusArea?: string;
  neighbourhood?: string;
  status?: OrganisationStatus;
}

export const ORGANISATION_NAME_CONSTRAINT = 'organisations_agency_name_key';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Pick<StaffActor, 'agencyId'>, filter: OrganisationFilter, page: PageArgs) {
    return paginate(await this.filtered(actor, filter), page, { property: 'name', direction: 'ASC' });
  }

  /** The ids of the organisations a filter selects (for an export of what the directory shows). */
  async matchingIds(actor: Pick<StaffActor, 'agencyId'>, filter: OrganisationFilter): Promise<string[]> {
    const rows = await (await this.filtered(actor, filter)).select('org.id', 'id').getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private async filtered(actor: Pick<StaffActor, 'agencyId'>, filter: OrganisationFilter) {
    const query = this.organisations.createQueryBuilder('org').where('org.agencyId = :agencyId', { agencyId: actor.agencyId });
    // ILIKE on the name uses the trigram index; LIKE wildcards in the search are literal.
    whereContainsText(query, ['org.name'], filter.text);
    if (filter.type) query.andWhere('org.type = :type', { type: filter.type });
    if (filter.status) query.andWhere('org.status = :status', { status: filter.status });
    if (filter.focusArea?.trim()) {
      const [tag] = must('filter.focusArea', focusAreas([filter.focusArea]));
      query.andWhere('org.focusAreas @> CAST(ARRAY[:focus] AS text[])', { focus: tag });
    }
    if (filter.neighbourhood !== undefined) {
      const agency = await this.agencies.get(actor.agencyId);
      const [name] = must('filter.neighbourhood', agencyNeighbourhoods([filter.neighbourhood], agency.neighbourhoods));
      if (!name) throw new InputError('filter.neighbourhood', errorText('neighbourhood must not be empty'));
      query.andWhere('org.neighbourhoods @> CAST(ARRAY[:neighbourhood] AS text[])', { neighbourhood: name });
    }
    return query;
  }

  /** Scoped to the caller's agency: another agency's id is simply not found. */
  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id, agencyId: actor.agencyId });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  /** For per-request loaders: the agency's organisations with these ids, in one query (unknown ids are left out). */
  byIds(agencyId: string, ids: readonly string[]): Promise<Organisation[]> {
    return ids.length ? this.organisations.findBy({ agencyId, id: In([...ids]) }) : Promise.resolve([]);
  }

  async create(actor: StaffActor, fields: OrganisationFields): Promise<Organisation> {
    const values = await this.checkFields(actor.agencyId, fields);
    return this.write(values.name ?? '', async (manager) => {
      const organisation = await manager.save(manager.create(Organisation, { ...values, agencyId: actor.agencyId, status: OrganisationStatus.ACTIVE }));
      await this.audit.record(manager, actor, {
        action: 'organisation.create',
        entityType: 'Organisation',
        entityId: organisation.id,
        summary: `Added partner organisation ${organisation.name}`,
        changes: { ...values },
      });
      return organisation;
    });
  }

  async update(actor: StaffActor, id: string, fields: Partial<OrganisationFields>): Promise<Organisation> {
    const values = await this.checkFields(actor.agencyId, fields);
    return this.write(values.name ?? '', async (manager) => {
      const organisation = await this.lock(manager, actor, id);
      const changes = diff(organisation, values);
      if (Object.keys(changes).length === 0) return organisation;
      Object.assign(organisation, values);
      const saved = await manager.save(organisation);
      await this.audit.record(manager, actor, {
        action: 'organisation.update',
        entityType: 'Organisation',
        entityId: id,
        summary: `Updated ${saved.name}: ${Object.keys(changes).join(', ')}`,
        changes,
      });
      return saved;
    });
  }

  archive(actor: StaffActor, id: string) {
    return this.changeStatus(actor, id, OrganisationStatus.ARCHIVED);
  }

  unarchive(actor: StaffActor, id: string) {
    return this.changeStatus(actor, id, OrganisationStatus.ACTIVE);
  }

  /** Explicit transitions: archiving an archived organisation (or the reverse) is a conflict naming the state. */
  private async changeStatus(actor: StaffActor, id: string, to: OrganisationStatus): Promise<Organisation> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lock(manager, actor, id);
      if (organisation.status === to) throw PartnersError.invalidStatusChange(organisation.status, to);
      const from = organisation.status;
      organisation.status = to;
      const saved = await manager.save(organisation);
      await this.audit.record(manager, actor, {
        action: to === OrganisationStatus.ARCHIVED ? 'organisation.archive' : 'organisation.unarchive',
        entityType: 'Organisation',
        entityId: id,
        summary: `${to === OrganisationStatus.ARCHIVED ? 'Archived' : 'Restored'} ${organisation.name}`,
        changes: { status: { from, to } },
      });
      return saved;
    });
  }

  private async lock(manager: EntityManager, actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Organisation> {
    const organisation = await manager.findOne(Organisation, { where: { id, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  /** Runs a write; the unique name index (also under races) becomes a CONFLICT naming `input.name`. */
  private async write<T>(name: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      const { code, constraint } = pgError(err);
      if (code === '23505' && constraint === ORGANISATION_NAME_CONSTRAINT) throw PartnersError.organisationNameTaken(name);
      throw err;
    }
  }

  private async checkFields(agencyId: string, fields: Partial<OrganisationFields>): Promise<Partial<OrganisationFields>> {
    const values: Partial<OrganisationFields> = {};
    if (fields.name !== undefined) values.name = must('input.name', requiredText(fields.name, LIMITS.name));
    if (fields.type !== undefined) values.type = fields.type;
    if (fields.focusAreas !== undefined) values.focusAreas = must('input.focusAreas', focusAreas(fields.focusAreas));
    if (fields.neighbourhoods !== undefined) {
      const agency = await this.agencies.get(agencyId);
      values.neighbourhoods = must('input.neighbourhoods', agencyNeighbourhoods(fields.neighbourhoods, agency.neighbourhoods));
    }
    if (fields.website !== undefined) values.website = must('input.website', optionalWebsite(fields.website));
    if (fields.phone !== undefined) values.phone = must('input.phone', optionalPhone(fields.phone));
    if (fields.notes !== undefined) values.notes = must('input.notes', optionalText(fields.notes, LIMITS.notes));
    return values;
  }
}
