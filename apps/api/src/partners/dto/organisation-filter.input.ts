import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { OrganisationStatus, OrganisationType } from '@app/partners';

@InputType()
export class OrganisationFilterInput {
  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  focusArea?: string;

  @Field({ nullable: true, description: "One of the agency's neighbourhoods." })
  @IsOptional()
  @IsString()
  neighbourhood?: string;

  @Field(() => OrganisationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;
}
