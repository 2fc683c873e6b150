import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast } from '@app/common';
import { ACCESS_RULE, AccessRule, requestOf } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthError } from './auth.errors';

/**
 * Global guard. Fails closed: a resolver or route that declares neither `@Public()`
 * nor a role is refused, so a forgotten decorator can never open data up.
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
    if (rule.public) return true;
    const request = requestOf(context);
    const header = request.headers['authorization'] ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw AuthError.invalidToken();
    const actor = await this.auth.authenticate(match[1]);
    if (!roleAtLeast(actor.role, rule.minimumRole)) throw AuthError.roleRequired(rule.minimumRole);
    request.actor = actor;
    return true;
  }
}
