import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { InputError, errorText } from '@app/common';
import { ACCOUNT_EMAIL_CONSTRAINTS, isUniqueViolation } from '@app/database';
import { normaliseEmail } from '@app/staff';
import { OperatorStatus, PlatformOperator } from './platform-operator.entity';
import { PasswordHasher } from './password-hasher';
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

/** Platform operator accounts: made on first start or by `npm run operator -- create`, never over the API. */
@Injectable()
export class OperatorAccountsService {
  constructor(
    @InjectRepository(PlatformOperator) private readonly operators: Repository<PlatformOperator>,
    private readonly hasher: PasswordHasher,
  ) {}

  count(): Promise<number> {
    return this.operators.count();
  }

  get(id: string): Promise<PlatformOperator | null> {
    return this.operators.findOneBy({ id });
  }

  async create(input: NewOperator, fields = { email: 'email', password: 'password' }): Promise<CreatedOperator> {
    const email = normaliseEmail(input.email);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InputError(fields.email, errorText('"{email}" is not an email address', { email: input.email }), 'INVALID_EMAIL');
    const password = input.password ?? randomBytes(15).toString('base64url');
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
