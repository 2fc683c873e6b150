import { Field, ObjectType } from '@nestjs/graphql';
import { StaffUserModel } from '../../staff/models/staff-user.model';

@ObjectType('AuthSession')
export class AuthSessionModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange with `refreshSession` for a new pair; single use.' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => StaffUserModel)
  user: StaffUserModel;
}
