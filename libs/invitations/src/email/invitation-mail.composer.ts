import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import type { LanguageCode } from '@app/common';
import { MessageKey, formatRelative, translate } from '@app/i18n';
import { APP_CONFIG, AppConfig } from '@app/config';
import { CalendarInviteFor, EmailRequest, MailCategory, forumCalendarUid, prepareCalendarInvite } from '@app/mail';
import { ForumMailKind, forumMailCategory } from './mail-categories';
import { ForumMailContext, forumDetailsIn } from './forum-mail-context';

/** One person an email goes to, with the link token of their invitation. */
export interface MailRecipient {
  invitationId: string;
  name: string;
  email: string;
  /** The language their mail is written in (their preference, matched to a shipped language). */
  language: LanguageCode;
  token: string;
  organisation?: { name: string; seats: number } | null;
  response?: string | null;
  /** Opted out of outreach: only operational mail is written for them (see `forumMailCategory`). */
  optedOut?: boolean;
}

export interface ConfirmationContent {
  headline: string;
  message: string;
  details?: string | null;
  action?: { label: string; link: string } | null;
}

const ANSWERS = ['ATTENDING', 'MAYBE', 'DECLINED', 'WAITLISTED', 'OFFERED'];

/** "attending", "on the waitlist"… in the reader's language. */
export function answerWord(response: string | null | undefined, language: LanguageCode = 'en'): string | null {
  if (!response) return null;
  return ANSWERS.includes(response) ? translate(language, `answer.${response}` as MessageKey) : response.toLowerCase();
}

/**
 * Turns a forum and a recipient into outbox requests. Every invitation mail carries the
 * recipient's own reply address (rsvp+<token>@MAIL_DOMAIN, also the calendar ORGANIZER,
 * so a calendar's Accept comes back to us); outreach also carries one-click unsubscribe headers.
 */
@Injectable()
export class InvitationMailComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  links(token: string) {
    const base = `${this.config.PUBLIC_URL}/rsvp/${token}`;
    return {
      attending: `${base}?answer=attending`,
      maybe: `${base}?answer=maybe`,
      declined: `${base}?answer=declined`,
      change: base,
      delegates: `${base}/delegates`,
      unsubscribe: `${base}/unsubscribe`,
    };
  }

  replyAddress(token: string): string {
    return `rsvp+${token}@${this.config.MAIL_DOMAIN}`;
  }

  invitation(context: ForumMailContext, to: MailRecipient, options: { update?: boolean; id?: string } = {}): EmailRequest {
    return this.request(context, to, {
      id: options.id,
      kind: options.update ? 'forum-update' : 'forum-invitation',
      template: 'forum-invitation',
      data: { update: options.update ?? false, organisation: to.organisation ?? null, currentAnswer: options.update ? answerWord(to.response, to.language) : null },
      calendar: 'REQUEST',
    });
  }

  cancellation(context: ForumMailContext, to: MailRecipient): EmailRequest {
    return this.request(context, to, {
      kind: 'forum-cancelled',
      template: 'forum-cancelled',
      data: { reason: context.forum.publicCancelReason ?? null },
      calendar: 'CANCEL',
    });
  }

  confirmation(context: ForumMailContext, to: MailRecipient, content: ConfirmationContent): EmailRequest {
    return this.request(context, to, {
      kind: 'rsvp-confirmation',
      template: 'rsvp-confirmation',
      data: {
        headline: content.headline,
        message: content.message,
        details: content.details ?? null,
        actionLink: content.action?.link ?? null,
        actionLabel: content.action?.label ?? null,
      },
    });
  }

  /** `now` says how far off the forum is ("in 2 days", in the reader's language). */
  reminder(context: ForumMailContext, to: MailRecipient, options: { nudge: boolean; now: Date; sendAfter?: Date }): EmailRequest {
    return this.request(context, to, {
      kind: options.nudge ? 'rsvp-nudge' : 'forum-reminder',
      template: 'forum-reminder',
      data: { nudge: options.nudge, currentAnswer: answerWord(to.response, to.language), startsIn: formatRelative(context.forum.startsAt, options.now, to.language) },
    });
  }

  /** The forum's calendar event, built once per mailing and language and filled in per recipient. */
  private calendarFor(context: ForumMailContext, method: 'REQUEST' | 'CANCEL', language: LanguageCode): CalendarInviteFor {
    const cache = (context.calendars ??= new Map());
    const key = `${method}:${language}` as const;
    let prepared = cache.get(key);
    if (!prepared) {
      const { forum } = context;
      const details = forumDetailsIn(context, language);
      prepared = prepareCalendarInvite({
        method,
        uid: forumCalendarUid(forum.id, this.config.MAIL_DOMAIN),
        sequence: forum.sequence,
        start: forum.startsAt,
        end: forum.endsAt,
        timeZone: forum.timeZone,
        summary: method === 'CANCEL' ? translate(language, 'forum.ics.cancelledSummary', { title: details.title }) : details.title,
        description: [
          method === 'CANCEL' ? translate(language, 'forum.ics.cancelled') : '',
          details.description,
          forum.onlineUrl ? translate(language, 'forum.ics.online', { url: forum.onlineUrl }) : '',
          translate(language, 'forum.when') + ': ' + details.when,
        ]
          .filter(Boolean)
          .join('\n\n'),
        location: context.venue ? `${context.venue.name}, ${context.venue.address}` : (forum.onlineUrl ?? undefined),
        stamp: this.clock.now(),
      });
      cache.set(key, prepared);
    }
    return prepared;
  }

  private request(
    context: ForumMailContext,
    to: MailRecipient,
    spec: { id?: string; kind: ForumMailKind; template: string; data: Record<string, unknown>; calendar?: 'REQUEST' | 'CANCEL' },
  ): EmailRequest {
    const { agency } = context;
    const links = this.links(to.token);
    const replyTo = this.replyAddress(to.token);
    const senderName = agency.mailSenderName ?? agency.name;
    const category = forumMailCategory(spec.kind, to.response);
    const request: EmailRequest = {
      id: spec.id,
      agencyId: agency.id,
      kind: spec.kind,
      category,
      to: to.email,
      template: spec.template,
      senderName,
      replyTo,
      branding: { agencyName: agency.name, ...agency.branding },
      language: to.language,
      data: { name: to.name, forum: forumDetailsIn(context, to.language), links, ...spec.data },
      unsubscribe: category === MailCategory.OUTREACH ? { url: links.unsubscribe, mailto: `unsubscribe+${to.token}@${this.config.MAIL_DOMAIN}` } : undefined,
    };
    if (spec.calendar) {
      // The organizer address is the recipient's reply address, so calendar answers reach our listener.
      const ics = this.calendarFor(context, spec.calendar, to.language)({ name: senderName, email: replyTo }, { name: to.name, email: to.email });
      request.attachments = [{ filename: spec.calendar === 'CANCEL' ? 'cancel.ics' : 'invite.ics', contentType: 'text/calendar; charset=utf-8', content: ics, method: spec.calendar }];
    }
    return request;
  }
}
