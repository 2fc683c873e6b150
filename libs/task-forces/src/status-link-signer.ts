import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { StatusLinkCheck, signStatusLink, verifyStatusLink } from './status-link';

/** How long a status link in an email works. */
export const STATUS_LINK_TTL_DAYS = 30;

/** Builds and checks partner status links with the deployment's LINK_SECRET. */
@Injectable()
export class StatusLinkSigner {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A link valid for STATUS_LINK_TTL_DAYS from the clock's now (tests set the clock back for an expired link). */
  linkFor(actionItemId: string, contactId: string): string {
    const expiresAt = new Date(this.clock.now().getTime() + STATUS_LINK_TTL_DAYS * 86_400_000);
    return `${this.config.PUBLIC_URL}/action-items/${signStatusLink(this.config.LINK_SECRET, { actionItemId, contactId, expiresAt })}`;
  }

  verify(token: string): StatusLinkCheck {
    return verifyStatusLink(this.config.LINK_SECRET, token, this.clock.now());
  }
}
