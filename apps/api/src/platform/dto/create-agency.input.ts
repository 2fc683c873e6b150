import { validationMessage } from '@app/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Used in public URLs: lower-case letters and digits in words joined by hyphens, e.g. riverside-pd.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: validationMessage('must be lower-case letters, digits and single hyphens') })
  @MaxLength(60)
  slug: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  @IsString()
  @IsNotEmpty()
  timeZone: string;

  @Field({ description: 'The first admin, who is emailed an invitation to set a password.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  adminName: string;

  @Field()
  @IsEmail()
  @MaxLength(254)
  adminEmail: string;

  @Field(() => String, { nullable: true, description: "The first admin's console language (a code from `languages`); their invitation email and page are in it. Left out: English." })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  adminPreferredLanguage?: string | null;
}

@InputType()
export class SuspendAgencyInput {
  @Field({ description: "Why; kept with the agency and in its audit log." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
