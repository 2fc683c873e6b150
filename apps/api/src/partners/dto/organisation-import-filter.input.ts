import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { OrganisationImportStatus } from '@app/partners';

@InputType()
export class OrganisationImportFilterInput {
  @Field(() => [OrganisationImportStatus], { nullable: true, description: 'Only imports in one of these states, e.g. [QUEUED, RUNNING] for those in progress.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(OrganisationImportStatus, { each: true })
  status?: OrganisationImportStatus[];

  @Field({ nullable: true, description: 'true for dry runs only, false for real imports only.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
