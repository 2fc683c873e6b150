import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}

@InputType()
export class AcceptStaffInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MaxLength(256)
  password: string;
}
