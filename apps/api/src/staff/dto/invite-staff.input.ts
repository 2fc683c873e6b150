import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, MaxLength } from 'class-validator';
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
}
