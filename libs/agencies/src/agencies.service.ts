import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { IANAZone } from 'luxon';
import { Clock, InputError, LANGUAGE_CODES, LanguageCode, isLanguageCode, NotFoundError, OperatorInAgency, PageArgs, StaffActor, SystemActor, paginate, errorText } from '@app/common';
import { AuditService, diff } from '@app/audit';
import { Agency, AgencyBranding } from './agency.entity';
import { AgencyError } from './agencies.errors';
import { checkBrandColour } from './brand-colour';

export interface AgencySettings {
  name?: string;
  slug?: string;
  timeZone?: string;
  branding?: AgencyBranding;
  mailSenderName?: string | null;
  mailSenderEmail?: string | null;
  neighbourhoods?: string[];
  /** Codes from `LANGUAGE_CODES`; English is always kept, first, whether listed or not. */
  enabledLanguages?: string[];
}

/** What the agencies table's check constraint allows in a slug (it appears in public URLs). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The agency, or NOT_FOUND; read in the caller's transaction when its manager is given. */
  async get(agencyId: string, manager?: EntityManager): Promise<Agency> {
    const agency = await this.findById(agencyId, manager);
    if (!agency) throw new NotFoundError('Agency', agencyId);
    return agency;
  }

  /** The agency, or null; read in the caller's transaction when its manager is given. */
  findById(agencyId: string, manager?: EntityManager): Promise<Agency | null> {
    return (manager ?? this.agencies.manager).findOneBy(Agency, { id: agencyId });
  }

  /** Every agency, or only `agencyId` when given (an unknown id gives none): for jobs that run per agency. */
  all(agencyId?: string, manager?: EntityManager): Promise<Agency[]> {
    return (manager ?? this.agencies.manager).find(Agency, agencyId ? { where: { id: agencyId } } : {});
  }

  /** The agency's neighbourhoods, read with the caller's manager (so inside its transaction and snapshot). */
  async neighbourhoods(manager: EntityManager, agencyId: string): Promise<string[]> {
    const agency = await manager.findOne(Agency, { where: { id: agencyId }, select: { id: true, neighbourhoods: true } });
    if (!agency) throw new NotFoundError('Agency', agencyId);
    return agency.neighbourhoods;
  }

  /**
   * An SQL condition, true while the agency whose id is in `agencyIdColumn` is not suspended:
   * for public reads that hide a suspended agency's rows within the caller's one statement.
   */
  notSuspended(agencyIdColumn: string): string {
    return `NOT EXISTS (SELECT 1 FROM agencies a WHERE a.id = ${agencyIdColumn} AND a.suspended_at IS NOT NULL)`;
  }

  /** The languages the agency offers (English first, then in the order Liaison lists them). */
  async enabledLanguages(agencyId: string, manager?: EntityManager): Promise<LanguageCode[]> {
    const agency = await (manager ?? this.agencies.manager).findOne(Agency, { where: { id: agencyId }, select: { id: true, enabledLanguages: true } });
    if (!agency) throw new NotFoundError('Agency', agencyId);
    return agency.enabledLanguages;
  }

  /** Whether any agency exists yet (first start creates one only on an empty database). */
  hasAny(): Promise<boolean> {
    return this.agencies.exists();
  }

  /** The IANA zone the agency's times are shown in. */
  async timeZoneOf(agencyId: string, manager?: EntityManager): Promise<string> {
    return (await this.get(agencyId, manager)).timeZone;
  }

  async findBySlug(slug: string): Promise<Agency | null> {
    return this.agencies.findOneBy({ slug });
  }

  /**
   * False for a suspended (or unknown) agency. Every way in that is not a staff session asks
   * this: links in emails, public pages, staff invitations (sessions check it as they authenticate).
   */
  async isActive(agencyId: string): Promise<boolean> {
    return this.agencies.existsBy({ id: agencyId, suspendedAt: IsNull() });
  }

  /** Every agency, for the platform operator's list: alphabetical by name (agencies sharing a name in id order). */
  list(page: PageArgs) {
    return paginate(this.agencies.createQueryBuilder('agency'), page, { property: 'name', direction: 'ASC' });
  }

  /** Suspends or reinstates an agency (a platform operator's act, recorded in the agency's own audit log). */
  async setSuspended(by: OperatorInAgency | SystemActor, suspended: { reason: string } | null): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOne(Agency, { where: { id: by.agencyId }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw new NotFoundError('Agency', by.agencyId);
      if (Boolean(agency.suspendedAt) === Boolean(suspended) && agency.suspensionReason === (suspended?.reason ?? null)) return agency;
      agency.suspendedAt = suspended ? (agency.suspendedAt ?? this.clock.now()) : null;
      agency.suspensionReason = suspended?.reason ?? null;
      const saved = await manager.save(agency);
      await this.audit.record(manager, by, {
        action: suspended ? 'agency.suspend' : 'agency.reinstate',
        entityType: 'Agency',
        entityId: agency.id,
        summary: suspended ? `Suspended the agency: ${suspended.reason}` : 'Reinstated the agency',
      });
      return saved;
    });
  }

  /** Creates a tenant; used by first-start setup, the demo seed and platform operators. */
  async create(manager: EntityManager, settings: Required<Pick<AgencySettings, 'name' | 'slug' | 'timeZone'>> & AgencySettings) {
    this.validate(settings);
    if (await manager.existsBy(Agency, { slug: settings.slug })) throw AgencyError.slugTaken(settings.slug);
    const enabledLanguages = normaliseLanguages(settings.enabledLanguages ?? ['en', 'es']);
    return manager.save(manager.create(Agency, { branding: {}, neighbourhoods: [], ...settings, enabledLanguages }));
  }

  /** Changes the settings given; a setting left out (or undefined) keeps its value. */
  async updateSettings(actor: StaffActor, given: AgencySettings): Promise<Agency> {
    // Assigning an undefined setting would blank the returned agency's field (TypeORM skips
    // it when saving), so the change was stored while the response failed on `slug: null`.
    const settings = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as AgencySettings;
    this.validate(settings);
    if (settings.enabledLanguages) settings.enabledLanguages = normaliseLanguages(settings.enabledLanguages);
    return this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOne(Agency, { where: { id: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw new NotFoundError('Agency', actor.agencyId);
      if (settings.slug && settings.slug !== agency.slug && (await manager.existsBy(Agency, { slug: settings.slug }))) {
        throw AgencyError.slugTaken(settings.slug);
      }
      const changes = diff(agency, settings as Partial<Agency>);
      Object.assign(agency, settings as Partial<Agency>);
      const saved = await manager.save(agency);
      await this.audit.record(manager, actor, {
        action: 'agency.settings.update',
        entityType: 'Agency',
        entityId: agency.id,
        summary: `Updated agency settings: ${Object.keys(changes).join(', ') || 'no changes'}`,
        changes,
      });
      return saved;
    });
  }

  private validate(settings: AgencySettings): void {
    if (settings.name !== undefined && !settings.name.trim()) throw new InputError('input.name', errorText('Give the agency a name'));
    if (settings.slug !== undefined && !SLUG.test(settings.slug)) throw AgencyError.invalidSlug(settings.slug);
    if (settings.timeZone !== undefined && !IANAZone.isValidZone(settings.timeZone)) {
      throw AgencyError.invalidTimeZone(settings.timeZone);
    }
    if (settings.branding?.primaryColor) checkBrandColour(settings.branding.primaryColor);
    (settings.enabledLanguages ?? []).forEach((code, i) => {
      if (!isLanguageCode(code)) throw AgencyError.unknownLanguage(code, `input.enabledLanguages.${i}`);
    });
    const seen = new Set<string>();
    for (const name of settings.neighbourhoods ?? []) {
      const key = name.trim().toLowerCase();
      if (seen.has(key)) throw AgencyError.duplicateNeighbourhood(name);
      seen.add(key);
    }
  }
}

/** English plus the given codes, once each, in the order Liaison lists its languages. */
function normaliseLanguages(codes: string[]): LanguageCode[] {
  return LANGUAGE_CODES.filter((code) => code === 'en' || codes.includes(code));
}
