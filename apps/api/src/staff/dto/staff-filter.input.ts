import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
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
}
