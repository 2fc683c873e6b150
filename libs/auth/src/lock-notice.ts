import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { AgenciesService } from '@app/agencies';
import { OutboxService } from '@app/mail';

export interface LockedAccount {
  email: string;
  name: string;
  /** Null for a platform operator. */
  agencyId: string | null;
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
    const message = await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, {
        agencyId: agency?.id ?? null,
        kind: 'account-locked',
        to: account.email,
        template: 'account-locked',
        branding: agency ? { agencyName: agency.name, ...agency.branding } : { agencyName: 'Liaison' },
        data: {
          name: account.name,
          email: account.email,
          failures: lock.failures,
          clientAddress,
          lockedUntil: DateTime.fromJSDate(lock.lockedUntil, { zone }).toFormat("d LLLL yyyy 'at' HH:mm ZZZZ"),
          agencyAccount: Boolean(agency),
        },
      }),
    );
    await this.outbox.dispatch([message]);
  }
}
