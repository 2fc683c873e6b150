import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import Redis from 'ioredis';
import { StaffActor, StaffRole, generateToken, hashToken, systemActor } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { REDIS, RedisRateLimit } from '@app/redis';
import { AuditService } from '@app/audit';
import { StaffStatus, StaffUser, normaliseEmail } from '@app/staff';
import { RefreshSession } from './refresh-session.entity';
import { PasswordHasher } from './password-hasher';
import { AuthError } from './auth.errors';

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: StaffUser;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class AuthService {
  private readonly loginByAccount: RedisRateLimit;
  private readonly loginByClient: RedisRateLimit;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectRepository(RefreshSession) private readonly sessions: Repository<RefreshSession>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {
    const window = config.LOGIN_RATE_WINDOW_SECONDS;
    this.loginByAccount = new RedisRateLimit(redis, config.REDIS_PREFIX, 'login-account', config.LOGIN_RATE_LIMIT, window);
    this.loginByClient = new RedisRateLimit(redis, config.REDIS_PREFIX, 'login-client', config.LOGIN_RATE_LIMIT * 5, window);
  }

  async login(email: string, password: string, clientIp: string): Promise<SessionTokens> {
    const address = normaliseEmail(email);
    await this.loginByClient.consume(clientIp);
    await this.loginByAccount.consume(`${clientIp}:${address}`);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :address', { address })
      .getOne();
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordOk || user.status !== StaffStatus.ACTIVE) throw AuthError.invalidCredentials();
    await this.loginByAccount.reset(`${clientIp}:${address}`);
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    return this.openSession(user);
  }

  /** Rotates the refresh token. Presenting an already-rotated token revokes the whole session. */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const tokenHash = hashToken(refreshToken);
    const session = await this.sessions.findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!session) {
      await this.sessions.update({ previousTokenHash: tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
      throw AuthError.sessionEnded();
    }
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user || user.status !== StaffStatus.ACTIVE) throw AuthError.sessionEnded();
    const next = generateToken();
    const rotated = await this.sessions.update(
      { id: session.id, tokenHash, revokedAt: IsNull() },
      { tokenHash: hashToken(next), previousTokenHash: tokenHash, lastUsedAt: new Date() },
    );
    if (!rotated.affected) throw AuthError.sessionEnded();
    return this.issue(user, session, next);
  }

  async logout(actor: StaffActor, everywhere = false): Promise<void> {
    const where = everywhere ? { userId: actor.userId, revokedAt: IsNull() } : { id: actor.sessionId, revokedAt: IsNull() };
    await this.sessions.update(where, { revokedAt: new Date() });
  }

  /** Turns a bearer access token into an actor; the session and account must still be live. */
  async authenticate(accessToken: string): Promise<StaffActor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'], audience: 'liaison-api' });
    } catch {
      throw AuthError.invalidToken();
    }
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(StaffUser, 'u', 'u.id = s.userId')
      .select(['s.id AS sid', 'u.id AS uid', 'u.agencyId AS agency', 'u.role AS role', 'u.email AS email'])
      .where('s.id = :sid AND s.userId = :sub AND s.revokedAt IS NULL AND s.expiresAt > now() AND u.status = :active', {
        sid: claims.sid,
        sub: claims.sub,
        active: StaffStatus.ACTIVE,
      })
      .getRawOne<{ sid: string; uid: string; agency: string; role: StaffRole; email: string }>();
    if (!row) throw AuthError.sessionEnded();
    return { kind: 'STAFF', userId: row.uid, agencyId: row.agency, role: row.role, sessionId: row.sid, email: row.email };
  }

  /** Completes a staff invitation: sets the password once, activates the account, signs in. */
  async acceptInvitation(token: string, password: string): Promise<SessionTokens> {
    PasswordHasher.checkStrength(password);
    const passwordHash = await this.hasher.hash(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const invited = await manager
        .createQueryBuilder(StaffUser, 'u')
        .setLock('pessimistic_write')
        .where('u.inviteTokenHash = :hash AND u.status = :status AND u.inviteExpiresAt > now()', {
          hash: hashToken(token),
          status: StaffStatus.INVITED,
        })
        .getOne();
      if (!invited) throw AuthError.invitationInvalid();
      await manager.update(
        StaffUser,
        { id: invited.id },
        { passwordHash, status: StaffStatus.ACTIVE, inviteTokenHash: null, inviteExpiresAt: null },
      );
      await this.audit.record(manager, systemActor(invited.agencyId, invited.email), {
        action: 'staff.invitation.accept',
        entityType: 'StaffUser',
        entityId: invited.id,
        summary: `${invited.email} accepted the invitation and set a password`,
      });
      return { ...invited, status: StaffStatus.ACTIVE };
    });
    return this.openSession(user);
  }

  private async openSession(user: StaffUser): Promise<SessionTokens> {
    const refreshToken = generateToken();
    const session = await this.sessions.save(
      this.sessions.create({
        userId: user.id,
        agencyId: user.agencyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        lastUsedAt: new Date(),
      }),
    );
    return this.issue(user, session, refreshToken);
  }

  private async issue(user: StaffUser, session: RefreshSession, refreshToken: string): Promise<SessionTokens> {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync({ sub: user.id, sid: session.id } satisfies AccessClaims, {
      expiresIn: ttl,
      audience: 'liaison-api',
      algorithm: 'HS256',
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      user,
    };
  }
}
