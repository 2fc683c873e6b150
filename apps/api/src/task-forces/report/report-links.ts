import { Inject, Injectable } from '@nestjs/common';
import { Clock, StaffActor } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ReportLinkClaims, signReportLink, verifyReportLink } from '@app/task-forces';

const TTL_MS = 15 * 60_000;

/** Staff open the printable report in a browser through a short-lived signed link (no cookie, no bearer header). */
@Injectable()
export class ReportLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  create(actor: StaffActor, taskForceId: string) {
    const expiresAt = new Date(this.clock.now().getTime() + TTL_MS);
    const token = signReportLink(this.config.LINK_SECRET, { taskForceId, agencyId: actor.agencyId, expiresAt });
    const url = `${this.config.PUBLIC_URL}/reports/task-forces/${token}`;
    return { url, csvUrl: `${url}/csv`, expiresAt };
  }

  verify(token: string): ReportLinkClaims | 'INVALID' | 'EXPIRED' {
    return verifyReportLink(this.config.LINK_SECRET, token, this.clock.now());
  }
}
