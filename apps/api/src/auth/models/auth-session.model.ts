import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AccountKind } from '@app/auth';
import { StaffUserModel } from '../../staff/models/staff-user.model';
import { PlatformOperatorModel } from '../../platform/models/platform-operator.model';

export enum AccountKindModel {
  STAFF = 'STAFF',
  OPERATOR = 'OPERATOR',
}

registerEnumType(AccountKindModel, {
  name: 'AccountKind',
  description: "STAFF: an agency's staff member (see `user`); OPERATOR: a platform operator (see `operator`), who manages agencies but never sees their data.",
});

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

  @Field(() => AccountKindModel)
  accountKind: AccountKind;

  @Field(() => StaffUserModel, { nullable: true, description: 'The staff member signed in; null for a platform operator.' })
  user: StaffUserModel | null;

  @Field(() => PlatformOperatorModel, { nullable: true, description: 'The platform operator signed in; null for staff.' })
  operator: PlatformOperatorModel | null;
}
