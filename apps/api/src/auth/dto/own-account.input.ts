import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, as when accepting an invitation.' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
