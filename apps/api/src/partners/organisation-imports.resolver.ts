import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { OrganisationImportsService } from '@app/partners';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { OrganisationImportConnection, OrganisationImportModel } from './models/organisation-import.model';
import { OrganisationImportFilterInput } from './dto/organisation-import-filter.input';
import { toImportModel } from './models/to-import-model';

@Resolver(() => OrganisationImportModel)
export class OrganisationImportsResolver {
  constructor(private readonly imports: OrganisationImportsService) {}

  @Query(() => OrganisationImportModel, { description: 'Status, progress and results of a CSV import.' })
  @CanRead()
  async organisationImport(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return toImportModel(await this.imports.get(actor, id));
  }

  @Query(() => OrganisationImportConnection, { description: "The agency's CSV imports, newest first." })
  @CanRead()
  async organisationImports(
    @CurrentActor() actor: StaffActor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: OrganisationImportFilterInput,
  ) {
    const connection = await this.imports.list(actor, page, filter ?? {});
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toImportModel(e.node) })) };
  }

  @Mutation(() => OrganisationImportModel, {
    description: 'Queues a CSV import given inline (small files; larger ones go to POST /imports/organisations). Poll organisationImport(id).',
  })
  @CanWrite()
  async importOrganisations(
    @CurrentActor() actor: StaffActor,
    @Args('csv') csv: string,
    @Args('dryRun', { nullable: true, defaultValue: false }) dryRun: boolean,
  ) {
    return toImportModel(await this.imports.start(actor, Buffer.from(csv, 'utf8'), { dryRun }));
  }
}
