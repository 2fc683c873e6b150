import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SignedInActor, roleAtLeast } from '@app/common';
import { ACCESS_RULE, AccessRule, requestOf } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthError } from './auth.errors';

/** Throws unless the rule admits this actor. Staff rules never admit an operator, nor the reverse. */
export function admit(rule: Exclude<AccessRule, { kind: 'public' }>, actor: SignedInActor): void {
  switch (rule.kind) {
    case 'signed-in':
      return;
    case 'operator':
      if (actor.kind !== 'OPERATOR') throw AuthError.operatorOnly();
      return;
    case 'staff':
      if (actor.kind !== 'STAFF') throw AuthError.agencyStaffOnly();
      if (!roleAtLeast(actor.role, rule.minimumRole)) throw AuthError.roleRequired(rule.minimumRole);
      return;
  }
}

/**
 * Global guard. Fails closed: a resolver or route that declares no rule is refused, so a
 * forgotten decorator can never open data up.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
    if (rule.kind === 'public') return true;
    const request = requestOf(context);
    const actor = await this.auth.authenticateHeader(request.headers['authorization']);
    admit(rule, actor);
    request.actor = actor;
    return true;
  }
}
