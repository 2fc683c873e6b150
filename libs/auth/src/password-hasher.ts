import { Injectable } from '@nestjs/common';
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { InputError, errorText } from '@app/common';

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Argon2id with OWASP's minimum parameters (19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  // Verified against when the email is unknown, so both paths cost the same time.
  private readonly decoy = hash('liaison-decoy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }

  /** Length over composition rules, as NIST SP 800-63B advises. */
  static checkStrength(password: string, field = 'password'): void {
    if (password.length < 12) throw new InputError(field, errorText('Password must be at least 12 characters'), 'WEAK_PASSWORD');
    if (password.length > 256) throw new InputError(field, errorText('Password must be at most 256 characters'), 'WEAK_PASSWORD');
  }
}
