import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { OrganisationImportStatus } from '@app/partners';

@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Spreadsheet row: the header is row 1, the first data row is row 2.' })
  row: number;

  @Field(() => String, { nullable: true, description: 'CSV column (header name); null when the whole row is at fault.' })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType('OrganisationImportCounts')
export class ImportCountsModel {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType('OrganisationImport', { description: 'One CSV import (or dry run) of organisations and contacts.' })
export class OrganisationImportModel {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationImportStatus)
  status: OrganisationImportStatus;

  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Percent done, 0 to 100.' })
  progress: number;

  @Field(() => Int, { nullable: true })
  totalRows: number | null;

  @Field(() => Int, { description: 'Organisations plus contacts created (or, in a dry run, that would be).' })
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => ImportCountsModel)
  organisations: ImportCountsModel;

  @Field(() => ImportCountsModel)
  contacts: ImportCountsModel;

  @Field(() => [ImportRowErrorModel], { description: 'Row-level problems (the first 1,000); errorCount has the total.' })
  errors: ImportRowErrorModel[];

  @Field(() => Int)
  errorCount: number;

  @Field(() => String, { nullable: true, description: 'Why an import FAILED (not row errors).' })
  failure: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType()
export class OrganisationImportConnection extends Connection(OrganisationImportModel) {}
