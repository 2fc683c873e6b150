import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Organisation } from './organisation.entity';

/** An organisation as other features name it (a forum's report lists who was represented). */
export interface OrganisationName {
  id: string;
  name: string;
}

/**
 * Organisation names for other libs, which store organisation ids but not the rows. Methods
 * taking an `EntityManager` run inside the caller's transaction.
 */
@Injectable()
export class OrganisationDirectory {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  /** The agency's organisations among `ids`, by name (unknown ids, or another agency's, are absent). */
  namesOf(agencyId: string, ids: readonly string[], manager: EntityManager = this.organisations.manager): Promise<OrganisationName[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.find(Organisation, { select: { id: true, name: true }, where: { agencyId, id: In([...ids]) }, order: { name: 'ASC' } });
  }

  /** The agency's first `limit` organisations by name (the demo links a few to its forums). */
  firstByName(agencyId: string, limit: number, manager: EntityManager = this.organisations.manager): Promise<OrganisationName[]> {
    return manager.find(Organisation, { select: { id: true, name: true }, where: { agencyId }, order: { name: 'ASC' }, take: limit });
  }
}

/** Only the directory (no audit, no imports): what forums needs of partners. */
@Module({
  imports: [TypeOrmModule.forFeature([Organisation])],
  providers: [OrganisationDirectory],
  exports: [OrganisationDirectory],
})
export class OrganisationDirectoryModule {}
