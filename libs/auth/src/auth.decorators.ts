import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { StaffActor, StaffRole } from '@app/common';

export const ACCESS_RULE = Symbol('ACCESS_RULE');

export type AccessRule = { public: true } | { public: false; minimumRole: StaffRole };

/** Open to anyone, signed in or not (sign-in itself, public pages, health). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Signed-in staff with at least this role. Every resolver declares one of the two. */
export const RequireRole = (minimumRole: StaffRole) => SetMetadata(ACCESS_RULE, { public: false, minimumRole } satisfies AccessRule);

/** Shorthands for the three levels the product talks about. */
export const CanRead = () => RequireRole(StaffRole.ANALYST);
export const CanWrite = () => RequireRole(StaffRole.LIAISON_OFFICER);
export const AdminOnly = () => RequireRole(StaffRole.ADMIN);

export function requestOf(context: ExecutionContext): { actor?: StaffActor; headers: Record<string, string | undefined>; ip?: string } {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

/** The signed-in staff member, set by the auth guard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): StaffActor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a route without a role requirement');
  return actor;
});
