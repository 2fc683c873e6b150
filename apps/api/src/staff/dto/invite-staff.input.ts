import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { StaffRole, validationMessage } from '@app/common';

@InputType()
export class InviteStaffInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsEmail({}, { message: validationMessage('must be a valid email address') })
  @MaxLength(254)
  email: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role: StaffRole;

  @Field(() => String, { nullable: true, description: "The new member's console language (a code Liaison ships, e.g. \"es\"); their invitation email and page are in it. Left out: the console follows their browser and the email is in English." })
  @IsOptional()
  @MaxLength(35)
  preferredLanguage?: string | null;
}
