import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Clock, InputError, errorText } from '@app/common';
import { ACCOUNT_EMAIL_CONSTRAINTS, isUniqueViolation } from '@app/database';
import { normaliseEmail } from '@app/staff';
import { OperatorStatus, PlatformOperator } from './platform-operator.entity';
import { PasswordHasher } from './password-hasher';
import { RefreshSession } from './refresh-session.entity';
import { AuthError } from './auth.errors';

export interface NewOperator {
  email: string;
  name?: string;
  /** Generated (and returned once) when not given. */
  password?: string;
}

export interface CreatedOperator {
  operator: PlatformOperator;
  /** Only when we generated it: shown once, never stored in clear. */
  generatedPassword?: string;
}

/** A password made for an operator who gave none (shown once). */
function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Platform operator accounts: made on first start or by `npm run operator -- create`, never over the API. */
@Injectable()
export class OperatorAccountsService {
  constructor(
    @InjectRepository(PlatformOperator) private readonly operators: Repository<PlatformOperator>,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  count(): Promise<number> {
    return this.operators.count();
  }

  get(id: string): Promise<PlatformOperator | null> {
    return this.operators.findOneBy({ id });
  }

  /**
   * Stops an operator (one who left, or whose password leaked): sign-in refused, and every session
   * ends at once (each request checks the operator is active). Null when no operator has the address.
   */
  async deactivate(email: string): Promise<PlatformOperator | null> {
    return this.setStatus(email, OperatorStatus.DEACTIVATED);
  }

  /** Lets a deactivated operator sign in again (their old sessions stay ended). */
  async reactivate(email: string): Promise<PlatformOperator | null> {
    return this.setStatus(email, OperatorStatus.ACTIVE);
  }

  /**
   * A new password (generated and returned once when not given), ending every session the operator
   * had: the way back for one who forgot it, and the way out for one whose password leaked.
   */
  async setPassword(email: string, password?: string, field = 'password'): Promise<CreatedOperator | null> {
    const operator = await this.byEmail(email);
    if (!operator) return null;
    const chosen = password ?? generatedPassword();
    PasswordHasher.checkStrength(chosen, field);
    const passwordHash = await this.hasher.hash(chosen);
    await this.updateIn(operator.id, { passwordHash }, { endSessions: true });
    return { operator, generatedPassword: password ? undefined : chosen };
  }

  private async setStatus(email: string, status: OperatorStatus): Promise<PlatformOperator | null> {
    const operator = await this.byEmail(email);
    if (!operator) return null;
    await this.updateIn(operator.id, { status }, { endSessions: status === OperatorStatus.DEACTIVATED });
    return { ...operator, status };
  }

  private byEmail(email: string): Promise<PlatformOperator | null> {
    return this.operators.findOneBy({ email: normaliseEmail(email) });
  }

  /** Changes the operator's row and, when asked, ends every session they have, in one transaction. */
  private updateIn(id: string, change: Partial<PlatformOperator>, options: { endSessions: boolean }): Promise<void> {
    return this.operators.manager.transaction(async (manager) => {
      await manager.update(PlatformOperator, { id }, change);
      if (options.endSessions) await manager.update(RefreshSession, { operatorId: id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    });
  }

  async create(input: NewOperator, fields = { email: 'email', password: 'password' }): Promise<CreatedOperator> {
    const email = normaliseEmail(input.email);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InputError(fields.email, errorText('"{email}" is not an email address', { email: input.email }), 'INVALID_EMAIL');
    const password = input.password ?? generatedPassword();
    PasswordHasher.checkStrength(password, fields.password);
    const passwordHash = await this.hasher.hash(password);
    try {
      const operator = await this.operators.save(
        this.operators.create({ email, name: input.name?.trim() || 'Platform operator', status: OperatorStatus.ACTIVE, passwordHash }),
      );
      return { operator, generatedPassword: input.password ? undefined : password };
    } catch (error) {
      if (isUniqueViolation(error, ACCOUNT_EMAIL_CONSTRAINTS)) throw AuthError.emailTaken(fields.email);
      throw error;
    }
  }
}
