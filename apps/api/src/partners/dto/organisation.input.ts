import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS, OrganisationType } from '@app/partners';
import { IsOmittable, UpdateInputOf } from '../../graphql/update-input';

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'Unique in the agency, case-insensitive.' })
  @IsString()
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  focusAreas?: string[];

  @Field(() => [String], { nullable: true, description: "Each must be one of the agency's neighbourhoods." })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  neighbourhoods?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  notes?: string | null;
}

@InputType()
export class UpdateOrganisationInput extends UpdateInputOf(CreateOrganisationInput) {}
