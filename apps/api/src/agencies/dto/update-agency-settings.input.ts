import { validationMessage } from '@app/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsHexColor,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../graphql/update-input';

@InputType()
export class AgencyBrandingInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsHexColor()
  primaryColor?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  logoUrl?: string;
}

@InputType()
export class UpdateAgencySettingsInput {
  @Field({ nullable: true })
  @IsOmittable()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: validationMessage('must be lower-case letters, digits and single hyphens') })
  @MaxLength(60)
  slug?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  timeZone?: string;

  @Field(() => AgencyBrandingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgencyBrandingInput)
  branding?: AgencyBrandingInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  mailSenderName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  mailSenderEmail?: string;

  @Field(() => [String], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(500)
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  neighbourhoods?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Language codes the agency offers (en, es, vi, zh-Hans, tl, ko, ar); English is always kept.',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  enabledLanguages?: string[];
}
