import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgenciesService } from '@app/agencies';
import { OutboxService } from '@app/mail';
import { formatDateTime, languageOf } from '@app/i18n';

export interface LockedAccount {
  email: string;
  name: string;
  /** Null for a platform operator. */
  agencyId: string | null;
  /** The account's console language (a staff member's preference; null: English, as for operators). */
  preferredLanguage: string | null;
}

/** Tells an account's owner that failed sign-ins locked it: an email through the outbox, like every email. */
@Injectable()
export class LockNotice {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly outbox: OutboxService,
  ) {}

  async send(account: LockedAccount, lock: { failures: number; lockedUntil: Date }, clientAddress: string): Promise<void> {
    const agency = account.agencyId ? await this.agencies.get(account.agencyId) : null;
    const zone = agency?.timeZone ?? 'UTC';
    const language = languageOf(account.preferredLanguage);
    const message = await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, {
        agencyId: agency?.id ?? null,
        kind: 'account-locked',
        to: account.email,
        template: 'account-locked',
        language,
        branding: agency ? { agencyName: agency.name, ...agency.branding } : { agencyName: 'Liaison' },
        data: {
          name: account.name,
          email: account.email,
          failures: lock.failures,
          clientAddress,
          lockedUntil: formatDateTime(lock.lockedUntil, zone, language),
          agencyAccount: Boolean(agency),
        },
      }),
    );
    await this.outbox.dispatch([message]);
  }
}
