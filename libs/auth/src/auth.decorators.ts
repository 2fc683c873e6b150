import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperatorActor, SignedInActor, StaffActor, StaffRole } from '@app/common';

export const ACCESS_RULE = Symbol('ACCESS_RULE');

/**
 * Who may call a resolver or route. Staff rules admit only staff of an agency (never a platform
 * operator); the operator rule admits only operators; `signed-in` admits either, for what every
 * account has (its own session).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'staff'; minimumRole: StaffRole }
  | { kind: 'operator' }
  | { kind: 'signed-in' };

/** Open to anyone, signed in or not (sign-in itself, public pages, health). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Signed-in staff with at least this role. Every resolver declares one rule. */
export const RequireRole = (minimumRole: StaffRole) => SetMetadata(ACCESS_RULE, { kind: 'staff', minimumRole } satisfies AccessRule);

/** Shorthands for the three levels the product talks about. */
export const CanRead = () => RequireRole(StaffRole.ANALYST);
export const CanWrite = () => RequireRole(StaffRole.LIAISON_OFFICER);
export const AdminOnly = () => RequireRole(StaffRole.ADMIN);

/** Platform operators only: agencies as a whole (create, list, suspend), never their data. */
export const OperatorOnly = () => SetMetadata(ACCESS_RULE, { kind: 'operator' } satisfies AccessRule);

/** Any signed-in account, staff or operator: for what concerns only the caller's own session. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

export function requestOf(context: ExecutionContext): { actor?: SignedInActor; headers: Record<string, string | undefined>; ip?: string } {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

function signedInActor(context: ExecutionContext): SignedInActor {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('An actor was asked for on a route without a signed-in rule');
  return actor;
}

/** The signed-in staff member, set by the auth guard on routes with a staff rule. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): StaffActor => {
  const actor = signedInActor(context);
  if (actor.kind !== 'STAFF') throw new Error('CurrentActor used on a route that admits more than staff');
  return actor;
});

/** The signed-in platform operator, on @OperatorOnly routes. */
export const CurrentOperator = createParamDecorator((_: unknown, context: ExecutionContext): OperatorActor => {
  const actor = signedInActor(context);
  if (actor.kind !== 'OPERATOR') throw new Error('CurrentOperator used on a route that admits more than operators');
  return actor;
});

/** Whoever is signed in, on @SignedIn routes. */
export const CurrentAccount = createParamDecorator((_: unknown, context: ExecutionContext): SignedInActor => signedInActor(context));
