import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from './is-iso-date';

/** The first day of a membership (YYYY-MM-DD); today in the agency's time zone when left out. */
@ArgsType()
export class JoinedOnArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string | null;
}

/** The first day no longer a member (YYYY-MM-DD); today in the agency's time zone when left out. */
@ArgsType()
export class LeftOnArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;
}

/** A day to read memberships on (YYYY-MM-DD); every period, history included, when left out. */
@ArgsType()
export class AsOfArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}
