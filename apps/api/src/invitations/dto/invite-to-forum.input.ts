import { validationMessage } from '@app/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OrganisationType } from '@app/partners';

@InputType()
export class OrganisationSeatsInput {
  @Field(() => ID)
  @IsUUID('all', { message: validationMessage('must be an organisation ID') })
  organisationId: string;

  @Field(() => Int, { description: 'Seats the organisation may fill with delegates, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  seats: number;
}

@InputType({ description: 'Contacts of active organisations matching every given filter, resolved when the invitation is sent.' })
export class InviteAudienceInput {
  @Field(() => [OrganisationType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(OrganisationType, { each: true })
  organisationTypes?: OrganisationType[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  focusAreas?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  neighbourhoods?: string[];
}

@InputType()
export class InviteToForumInput {
  @Field(() => [ID], { nullable: true, description: 'Individual contacts to invite.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true, message: validationMessage('each must be a contact ID') })
  contactIds?: string[];

  @Field(() => [OrganisationSeatsInput], { nullable: true, description: 'Organisations with a seat allotment; each of their contacts is mailed.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => OrganisationSeatsInput)
  organisations?: OrganisationSeatsInput[];

  @Field(() => InviteAudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InviteAudienceInput)
  audience?: InviteAudienceInput;
}
