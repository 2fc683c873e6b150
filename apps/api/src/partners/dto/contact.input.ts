import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@app/partners';
import { UpdateInputOf } from '../../graphql/update-input';

/** The opt-out is deliberately absent: staff record one with recordContactOptOut, and only the contact can undo it. */
@InputType()
export class ContactInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.name)
  name: string;

  @Field({ description: 'Stored trimmed and lower-case; unique in the agency.' })
  @IsString()
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  roleTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag such as en or es; en when empty.' })
  @IsOptional()
  @IsString()
  preferredLanguage?: string | null;
}

@InputType()
export class UpdateContactInput extends UpdateInputOf(ContactInput) {}
