import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import Redis from 'ioredis';
import { Clock, RateLimitedError, SignedInActor, generateToken, hashToken, systemActor } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS, RedisRateLimit, limitedClient } from '@app/redis';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { StaffAccountsService, StaffStatus, normaliseEmail } from '@app/staff';
import type { StaffUser } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { OperatorStatus, PlatformOperator } from './platform-operator.entity';
import { PasswordHasher } from './password-hasher';
import { AuthError } from './auth.errors';
import { LoginAttempt, LoginThrottle } from './login-throttle';
import { LockNotice } from './lock-notice';
import { trustedDeviceOf, trustedDeviceToken } from './trusted-device';

export type AccountKind = 'STAFF' | 'OPERATOR';

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  accountKind: AccountKind;
  /** The staff member signed in, or null for a platform operator. */
  user: StaffUser | null;
  /** The platform operator signed in, or null for staff. */
  operator: PlatformOperator | null;
  /** After a sign-in with a password: this browser's token for the account (see trusted-device.ts). */
  trustedDevice?: string;
}

/** The account behind an email: staff of an agency, or a platform operator (one table each). */
type Account = { kind: 'STAFF'; row: StaffUser } | { kind: 'OPERATOR'; row: PlatformOperator };

interface AccessClaims {
  /** The staff user's or the operator's id; the session says which. */
  sub: string;
  sid: string;
}

const MAX_DELAY_SECONDS = 60;

/** A refresh token names its session before the secret, so a stale copy still finds the session to revoke. */
function refreshTokenFor(sessionId: string): string {
  return `${sessionId}.${generateToken()}`;
}

const SESSION_TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{43}$/;

/** The session a refresh token of ours names, or null (an older token, or not ours). */
function sessionOfToken(token: string): string | null {
  return SESSION_TOKEN.exec(token)?.[1] ?? null;
}

/** A try the throttle holds back: locked (the owner was told) or too soon after the last. */
function refuseUnlessAllowed(attempt: LoginAttempt): void {
  if (!attempt.allowed) throw attempt.locked ? AuthError.accountLocked(attempt.retryAfterSeconds) : new RateLimitedError(attempt.retryAfterSeconds);
}

function isActive(account: Account): boolean {
  return account.kind === 'STAFF' ? account.row.status === StaffStatus.ACTIVE : account.row.status === OperatorStatus.ACTIVE;
}

@Injectable()
export class AuthService {
  private readonly loginByClient: RedisRateLimit;
  private readonly loginByAccount: LoginThrottle;
  /** Failures from a browser the account signed in from before, counted per browser instead of per account. */
  private readonly loginByDevice: LoginThrottle;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
    private readonly staff: StaffAccountsService,
    @InjectRepository(PlatformOperator) private readonly operators: Repository<PlatformOperator>,
    @InjectRepository(RefreshSession) private readonly sessions: Repository<RefreshSession>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly lockNotice: LockNotice,
    private readonly clock: Clock,
  ) {
    const window = config.LOGIN_RATE_WINDOW_SECONDS;
    this.loginByClient = new RedisRateLimit(redis, config.REDIS_PREFIX, 'login-client', config.LOGIN_RATE_LIMIT * 5, window);
    const policy = {
      freeFailures: config.LOGIN_FREE_ATTEMPTS,
      lockAfter: config.LOGIN_RATE_LIMIT,
      lockSeconds: config.LOGIN_LOCK_SECONDS,
      windowSeconds: window,
      maxDelaySeconds: MAX_DELAY_SECONDS,
    };
    this.loginByAccount = new LoginThrottle(redis, config.REDIS_PREFIX, policy);
    this.loginByDevice = new LoginThrottle(redis, `${config.REDIS_PREFIX}:device`, policy);
  }

  /**
   * Limited per client address (an IPv6 one by its /64) and, whatever the address, per account: growing waits after a
   * few failures, then a lock its owner is emailed about. `clientIp` is the socket's peer unless
   * TRUST_PROXY names the proxy in front. `device` is the token of a browser that signed in to
   * this account before: its tries are counted for that browser alone, so the account's lock
   * (others' failures) does not keep its owner out.
   */
  async login(email: string, password: string, clientIp: string, device?: string): Promise<SessionTokens> {
    const address = normaliseEmail(email);
    await this.loginByClient.consume(limitedClient(clientIp));
    const trusted = trustedDeviceOf(this.config.JWT_SECRET, address, device);
    const [throttle, key] = trusted ? [this.loginByDevice, trusted] : [this.loginByAccount, address];
    refuseUnlessAllowed(await throttle.begin(key, this.clock.now().getTime()));
    const account = await this.findAccount(address);
    const passwordOk = await this.hasher.verify(account?.row.passwordHash, password);
    if (!account || !passwordOk || !isActive(account)) {
      const failure = await throttle.failed(key, this.clock.now().getTime());
      if (account && failure.lockedUntil) {
        const agencyId = account.kind === 'STAFF' ? account.row.agencyId : null;
        const preferredLanguage = account.kind === 'STAFF' ? account.row.preferredLanguage : null;
        await this.lockNotice.send({ email: account.row.email, name: account.row.name, agencyId, preferredLanguage }, { failures: failure.failures, lockedUntil: failure.lockedUntil }, clientIp);
      }
      throw AuthError.invalidCredentials();
    }
    await throttle.succeeded(key);
    if (account.kind === 'STAFF' && !(await this.agencies.isActive(account.row.agencyId))) throw AuthError.agencySuspended();
    const now = this.clock.now();
    if (account.kind === 'STAFF') await this.staff.recordSignIn(account.row.id, now);
    else await this.operators.update({ id: account.row.id }, { lastLoginAt: now });
    return { ...(await this.openSession(account)), trustedDevice: device && trusted ? device : trustedDeviceToken(this.config.JWT_SECRET, address) };
  }

  /**
   * A signed-in person's password asked again (to change it), counted against their account as
   * a sign-in is: whoever holds a borrowed session guesses no faster than the sign-in page allows,
   * and a lock refuses here too. A right password clears the count, as a sign-in does.
   */
  async confirmPassword(email: string, passwordHash: string | null, password: string): Promise<boolean> {
    const address = normaliseEmail(email);
    refuseUnlessAllowed(await this.loginByAccount.begin(address, this.clock.now().getTime()));
    const right = await this.hasher.verify(passwordHash ?? undefined, password);
    if (right) await this.loginByAccount.succeeded(address);
    else await this.loginByAccount.failed(address, this.clock.now().getTime());
    return right;
  }

  /**
   * Rotates the refresh token. Presenting any token of a session other than its current one
   * (rotated away once or many times: a copy is in other hands) revokes the whole session: the
   * token names its session (`<session id>.<secret>`), so it is found however old the token is.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const tokenHash = hashToken(refreshToken);
    const now = this.clock.now();
    const session = await this.sessions.findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
    if (!session) {
      const sessionId = sessionOfToken(refreshToken);
      // A token issued before tokens named their session is matched by the one it was rotated to.
      // (An expired session is left as it is: its own token, late, is no sign of a copy.)
      const live = { revokedAt: IsNull(), expiresAt: MoreThan(now) };
      await this.sessions.update(sessionId ? { id: sessionId, ...live } : { previousTokenHash: tokenHash, ...live }, { revokedAt: now });
      throw AuthError.sessionEnded();
    }
    const account = await this.accountOf(session);
    const next = refreshTokenFor(session.id);
    const rotated = await this.sessions.update(
      { id: session.id, tokenHash, revokedAt: IsNull() },
      { tokenHash: hashToken(next), previousTokenHash: tokenHash, lastUsedAt: now },
    );
    if (!rotated.affected) throw AuthError.sessionEnded();
    return this.issue(account, session, next);
  }

  /**
   * Ends the session a refresh token belongs to (a browser signing out holds only that token).
   * The token just rotated away counts too: whoever presents it is signing that session out.
   * Nothing happens for an unknown, expired or already revoked token.
   */
  async endSession(refreshToken: string): Promise<void> {
    const tokenHash = hashToken(refreshToken);
    await this.sessions
      .createQueryBuilder()
      .update(RefreshSession)
      .set({ revokedAt: this.clock.now() })
      .where('(token_hash = :tokenHash OR previous_token_hash = :tokenHash) AND revoked_at IS NULL', { tokenHash })
      .execute();
  }

  async logout(actor: SignedInActor, everywhere = false): Promise<void> {
    const owner = actor.kind === 'STAFF' ? { userId: actor.userId } : { operatorId: actor.operatorId };
    const where = everywhere ? { ...owner, revokedAt: IsNull() } : { id: actor.sessionId, revokedAt: IsNull() };
    await this.sessions.update(where, { revokedAt: this.clock.now() });
  }

  /** The actor behind an `Authorization: Bearer <token>` header value. */
  authenticateHeader(header: string | undefined): Promise<SignedInActor> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw AuthError.invalidToken();
    return this.authenticate(match[1]);
  }

  /**
   * Turns a bearer access token into an actor; the session and account must still be live and,
   * for staff, the agency not suspended. One query for an operator; for staff, the staff and
   * agencies libs answer for their own rows (two more).
   */
  async authenticate(accessToken: string): Promise<SignedInActor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'], audience: 'liaison-api' });
    } catch {
      throw AuthError.invalidToken();
    }
    const row = await this.sessions
      .createQueryBuilder('s')
      .leftJoin(PlatformOperator, 'o', 'o.id = s.operatorId AND o.status = :operatorActive', { operatorActive: OperatorStatus.ACTIVE })
      .select(['s.id AS sid', 's.userId AS uid', 'o.id AS oid', 'o.email AS operator_email'])
      .where('s.id = :sid AND s.revokedAt IS NULL AND s.expiresAt > :now', { sid: claims.sid, now: this.clock.now() })
      .andWhere('(s.userId = :sub OR s.operatorId = :sub)', { sub: claims.sub })
      .getRawOne<{ sid: string; uid: string | null; oid: string | null; operator_email: string }>();
    if (row?.oid) return { kind: 'OPERATOR', operatorId: row.oid, sessionId: row.sid, email: row.operator_email };
    const user = row?.uid ? await this.staff.findActive(row.uid) : null;
    if (!row || !user) throw AuthError.sessionEnded();
    if (!(await this.agencies.isActive(user.agencyId))) throw AuthError.agencySuspended();
    return { kind: 'STAFF', userId: user.id, agencyId: user.agencyId, role: user.role, sessionId: row.sid, email: user.email };
  }

  /** Completes a staff invitation: sets the password once, activates the account, signs in. */
  async acceptInvitation(token: string, password: string): Promise<SessionTokens & { user: StaffUser }> {
    PasswordHasher.checkStrength(password);
    const passwordHash = await this.hasher.hash(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const invited = await this.staff.findInvitedForUpdate(manager, hashToken(token));
      // A suspended agency's invitations stop working like its other links.
      if (!invited || !(await this.agencies.isActive(invited.agencyId))) throw AuthError.invitationInvalid();
      await this.staff.activateInvited(manager, invited.id, passwordHash);
      await this.audit.record(manager, systemActor(invited.agencyId, invited.email), {
        action: 'staff.invitation.accept',
        entityType: 'StaffUser',
        entityId: invited.id,
        summary: `${invited.email} accepted the invitation and set a password`,
      });
      return { ...invited, status: StaffStatus.ACTIVE };
    });
    return { ...(await this.openSession({ kind: 'STAFF', row: user })), user };
  }

  /** The console language the member an invitation link belongs to was invited with (for the invitation page); null when none. */
  invitationLanguage(token: string): Promise<string | null> {
    return this.staff.invitedLanguage(hashToken(token));
  }

  /** Staff first (nearly every sign-in); the operators' table only for an address no staff member has. */
  private async findAccount(address: string): Promise<Account | null> {
    const user = await this.staff.findForSignIn(address);
    if (user) return { kind: 'STAFF', row: user };
    const operator = await this.operators.createQueryBuilder('o').addSelect('o.passwordHash').where('o.email = :address', { address }).getOne();
    return operator ? { kind: 'OPERATOR', row: operator } : null;
  }

  /** The live account a refresh session belongs to, or the session has ended. */
  private async accountOf(session: RefreshSession): Promise<Account> {
    if (session.operatorId) {
      const operator = await this.operators.findOneBy({ id: session.operatorId, status: OperatorStatus.ACTIVE });
      if (!operator) throw AuthError.sessionEnded();
      return { kind: 'OPERATOR', row: operator };
    }
    const user = session.userId ? await this.staff.findActive(session.userId) : null;
    if (!user) throw AuthError.sessionEnded();
    if (!(await this.agencies.isActive(user.agencyId))) throw AuthError.agencySuspended();
    return { kind: 'STAFF', row: user };
  }

  private async openSession(account: Account): Promise<SessionTokens> {
    const id = randomUUID();
    const refreshToken = refreshTokenFor(id);
    const owner =
      account.kind === 'STAFF' ? { userId: account.row.id, agencyId: account.row.agencyId, operatorId: null } : { userId: null, agencyId: null, operatorId: account.row.id };
    const now = this.clock.now();
    const session = await this.sessions.save(
      this.sessions.create({
        id,
        ...owner,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        lastUsedAt: now,
      }),
    );
    return this.issue(account, session, refreshToken);
  }

  private async issue(account: Account, session: RefreshSession, refreshToken: string): Promise<SessionTokens> {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync({ sub: account.row.id, sid: session.id } satisfies AccessClaims, {
      expiresIn: ttl,
      audience: 'liaison-api',
      algorithm: 'HS256',
    });
    return {
      accessToken,
      // The JWT library stamps and checks `exp` by the system clock, so the expiry reported is the system's too.
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      accountKind: account.kind,
      user: account.kind === 'STAFF' ? account.row : null,
      operator: account.kind === 'OPERATOR' ? account.row : null,
    };
  }
}
