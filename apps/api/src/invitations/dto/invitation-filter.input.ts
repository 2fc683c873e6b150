import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { RsvpResponse } from '@app/invitations';

@InputType()
export class InvitationFilterInput {
  @Field(() => RsvpResponse, { nullable: true })
  @IsOptional()
  @IsEnum(RsvpResponse)
  response?: RsvpResponse;

  @Field({ nullable: true, description: 'Only invitations sent and not answered yet.' })
  @IsOptional()
  @IsBoolean()
  noReply?: boolean;

  @Field({ nullable: true, description: "Part of the invitee's name or email, case-insensitive." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}
