import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { StaffRole } from '@app/common';
import { StaffStatus } from '@app/staff';

@InputType()
export class StaffFilterInput {
  @Field(() => StaffRole, { nullable: true })
  @IsOptional()
  @IsEnum(StaffRole)
  role?: StaffRole;

  @Field(() => StaffStatus, { nullable: true })
  @IsOptional()
  @IsEnum(StaffStatus)
  status?: StaffStatus;

  @Field({ nullable: true, description: 'Words in the name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}
