import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, NotFoundError, PageArgs, paginate, StaffActor } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { Invitation } from '../invitation.entity';
import { RsvpReplyStatus, RsvpResponse, RsvpSource } from '../invitation.enums';
import { RsvpReply } from '../rsvp-reply.entity';
import { RsvpRepliesRepository } from '../rsvp-replies.repository';
import { OutreachUnsubscribe } from '../unsubscribe/outreach-unsubscribe.service';
import { RsvpService } from '../rsvp/rsvp.service';
import { AnswerInput, MAX_PARTY_SIZE } from '../rsvp/seat-allocator';
import { answerFromText, asksSomething, partySizeFromText } from './reply-interpreter';
import { answerFromCalendar } from './calendar-reply';

/** A reply as the listener hands it over (already parsed). */
export interface InboundReply {
  recipients: string[];
  from: string;
  subject: string;
  text: string;
  calendarParts: string[];
  messageId: string | null;
  /** Its Date header: with the rest, what tells a redelivery of a message without a Message-ID from a new one. */
  sentAt?: Date | null;
  /** Written by software (an auto-reply, a report): its text is kept for an officer to read, never taken as an answer. */
  automatic?: boolean;
}

export type RecipientCheck = { accepted: true } | { accepted: false; message: string };

export type ReplyOutcome = { kind: 'APPLIED'; answer: RsvpResponse } | { kind: 'NEEDS_READING' } | { kind: 'UNSUBSCRIBED' } | { kind: 'DUPLICATE' };

// 40 hex: an invitation's RSVP token; 52 hex (unsubscribe only): a contact's signed unsubscribe token.
const ADDRESS = /^(rsvp|unsubscribe)\+([a-z0-9]{40}|[a-z0-9]{52})@(.+)$/i;

export const REFUSAL =
  'This address does not match an open invitation (it may have expired). Nothing was recorded; please contact the organisers directly.';

/**
 * Replies to rsvp+<token>@MAIL_DOMAIN: a calendar REPLY's PARTSTAT or a clear first-line
 * yes / no / maybe records the answer through the same service as the links; anything
 * else is kept for an officer to read, never guessed. unsubscribe+<token>@… opts out.
 */
@Injectable()
export class InboundReplyService {
  private readonly logger = new Logger(InboundReplyService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rsvp: RsvpService,
    private readonly audit: AuditService,
    private readonly replies: RsvpRepliesRepository,
    private readonly clock: Clock,
    private readonly unsubscribes: OutreachUnsubscribe,
  ) {}

  /** Decides at RCPT time, so unknown or expired tokens are refused before any data is taken. */
  async checkRecipient(address: string): Promise<RecipientCheck> {
    const parsed = this.parse(address);
    if (!parsed) return { accepted: false, message: REFUSAL };
    try {
      if (this.isContactUnsubscribe(parsed)) await this.unsubscribes.view(parsed.token);
      else await this.rsvp.findByToken(this.dataSource.manager, parsed.token, { allowEnded: parsed.kind === 'unsubscribe' });
      return { accepted: true };
    } catch (error) {
      if (error instanceof DomainError) return { accepted: false, message: REFUSAL };
      throw error;
    }
  }

  async receive(reply: InboundReply): Promise<ReplyOutcome[]> {
    const outcomes: ReplyOutcome[] = [];
    for (const recipient of new Set(reply.recipients.map((r) => r.toLowerCase()))) {
      const parsed = this.parse(recipient);
      if (!parsed) continue;
      if (parsed.kind === 'unsubscribe') {
        if (this.isContactUnsubscribe(parsed)) await this.unsubscribes.optOut(parsed.token, 'list-unsubscribe-mailto');
        else await this.rsvp.optOut(parsed.token, 'list-unsubscribe-mailto');
        outcomes.push({ kind: 'UNSUBSCRIBED' });
        continue;
      }
      outcomes.push(await this.apply(await this.rsvp.findByToken(this.dataSource.manager, parsed.token), reply));
    }
    return outcomes;
  }

  listNeedingReading(actor: StaffActor, forumId: string | null, page: PageArgs) {
    const query = this.dataSource
      .getRepository(RsvpReply)
      .createQueryBuilder('reply')
      .where('reply.agencyId = :agencyId AND reply.status = :status', { agencyId: actor.agencyId, status: RsvpReplyStatus.NEEDS_READING });
    if (forumId) query.andWhere('reply.forumId = :forumId', { forumId });
    return paginate(query, page, { property: 'receivedAt', direction: 'DESC' });
  }

  /** An officer read the reply: optionally records the answer it gives, and files it. */
  async resolve(actor: StaffActor, replyId: string, answer: RsvpResponse.ATTENDING | RsvpResponse.MAYBE | RsvpResponse.DECLINED | null): Promise<RsvpReply> {
    const reply = await this.dataSource.getRepository(RsvpReply).findOneBy({ id: replyId, agencyId: actor.agencyId });
    if (!reply) throw new NotFoundError('RsvpReply', replyId);
    if (answer) await this.rsvp.answerInvitation(reply.invitationId, reply.forumId, { answer, source: RsvpSource.STAFF });
    return this.dataSource.transaction(async (manager) => {
      Object.assign(reply, { status: RsvpReplyStatus.RESOLVED, interpretedAnswer: answer ?? reply.interpretedAnswer, resolvedBy: actor.userId, resolvedAt: this.clock.now() });
      await manager.save(reply);
      await this.audit.record(manager, actor, {
        action: 'rsvp.reply.resolve',
        entityType: 'RsvpReply',
        entityId: replyId,
        summary: answer ? `Recorded ${answer} from a reply by ${reply.fromAddress}` : `Marked a reply from ${reply.fromAddress} as read`,
      });
      return reply;
    });
  }

  private async apply(invitation: Invitation, reply: InboundReply): Promise<ReplyOutcome> {
    const fromCalendar = reply.calendarParts.map(answerFromCalendar).find((a) => a !== null) ?? null;
    // An out-of-office's "Yes, your message was received" is nobody's answer: an officer reads it, like any unclear reply.
    // A calendar REPLY still counts: servers that send the attendee's Accept (iMIP) may mark it auto-generated.
    const answer = fromCalendar ?? (reply.automatic ? null : answerFromText(reply.text));
    const receivedAt = this.clock.now();
    const row = {
      receivedAt,
      agencyId: invitation.agencyId,
      forumId: invitation.forumId,
      invitationId: invitation.id,
      fromAddress: reply.from.slice(0, 320),
      subject: reply.subject.slice(0, 500),
      body: reply.text.slice(0, 20_000),
      messageId: deliveryKey(reply),
    };
    if (row.messageId) {
      if (await this.replies.seen(this.dataSource.manager, invitation.id, row.messageId)) return { kind: 'DUPLICATE' };
    }
    // Each applied reply mails a confirmation: past a handful an hour (a loop with an auto-responder,
    // or someone holding a forwarded invitation), replies wait for an officer instead of mailing the invitee.
    if (answer && (await this.replies.countSince(this.dataSource.manager, invitation.id, new Date(receivedAt.getTime() - REPLY_WINDOW_MS))) >= APPLIED_REPLIES_PER_WINDOW) {
      await this.store({ ...row, interpretedAnswer: null, status: RsvpReplyStatus.NEEDS_READING });
      return { kind: 'NEEDS_READING' };
    }
    if (answer) {
      try {
        // A calendar's Accept carries no party size and asks for none: the size stays as it is, unremarked.
        const party = fromCalendar || answer === 'DECLINED' ? {} : partyFromReply(reply.text, invitation);
        const outcome = await this.rsvp.answerInvitation(invitation.id, invitation.forumId, { answer: answer as RsvpResponse.ATTENDING, source: RsvpSource.EMAIL, ...party });
        // An answer that also asks something is recorded and still shown to an officer, who answers the question.
        // Not a calendar's Accept: its text is often the mail program's copy of the invitation, questions and all.
        const asks = !fromCalendar && asksSomething(reply.text);
        await this.store({ ...row, interpretedAnswer: answer, status: asks ? RsvpReplyStatus.NEEDS_READING : RsvpReplyStatus.APPLIED });
        return { kind: 'APPLIED', answer: outcome.change.response };
      } catch (error) {
        // A clear answer a rule refused (deadline, organisation seats): an officer follows up.
        if (!(error instanceof DomainError)) throw error;
        this.logger.log(`Reply for invitation ${invitation.id} kept for reading: ${error.message}`);
        await this.store({ ...row, body: `[Not applied: ${error.message}]\n\n${row.body}`, interpretedAnswer: null, status: RsvpReplyStatus.NEEDS_READING });
        return { kind: 'NEEDS_READING' };
      }
    }
    await this.store({ ...row, interpretedAnswer: null, status: RsvpReplyStatus.NEEDS_READING });
    return { kind: 'NEEDS_READING' };
  }

  private async store(row: Partial<RsvpReply>): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(RsvpReply).values(row).orIgnore().execute();
  }

  private isContactUnsubscribe(parsed: { kind: 'rsvp' | 'unsubscribe'; token: string }): boolean {
    return parsed.kind === 'unsubscribe' && this.unsubscribes.isContactToken(parsed.token);
  }

  private parse(address: string): { kind: 'rsvp' | 'unsubscribe'; token: string } | null {
    const match = ADDRESS.exec(address.trim());
    if (!match || match[3].toLowerCase() !== this.config.MAIL_DOMAIN.toLowerCase()) return null;
    return { kind: match[1].toLowerCase() as 'rsvp' | 'unsubscribe', token: match[2].toLowerCase() };
  }
}

/** Replies to one invitation within an hour (each applied one mails a confirmation); after that many, an answer waits for an officer. */
const APPLIED_REPLIES_PER_WINDOW = 10;
const REPLY_WINDOW_MS = 3_600_000;

/**
 * A Message-ID as stored: long ones (a crafted header can be kilobytes, more than the index on
 * it takes, which failed the insert after the answer was applied, so the sender retried and
 * the invitee got a confirmation per retry) are kept as their SHA-256.
 */
function storableMessageId(messageId: string | null): string | null {
  if (!messageId || messageId.length <= 250) return messageId;
  return `sha256:${createHash('sha256').update(messageId).digest('hex')}`;
}

/**
 * What makes a second delivery of the same mail a duplicate: its Message-ID, or without one
 * (some clients and gateways send none) its sender, date, subject and text together. A mail
 * server retries a message whose other recipient failed, and each retry would otherwise apply
 * the answer again and mail another confirmation. Without either, every delivery counts.
 */
function deliveryKey(reply: InboundReply): string | null {
  const byId = storableMessageId(reply.messageId);
  if (byId || !reply.sentAt) return byId;
  const content = JSON.stringify([reply.from.toLowerCase(), reply.sentAt.toISOString(), reply.subject, reply.text]);
  return `content-sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * The party a plain reply states, within the rules (at most MAX_PARTY_SIZE; one seat per
 * organisation delegate). Otherwise the size stays as it is (1 for a first answer) and the
 * confirmation says why.
 */
function partyFromReply(text: string, invitation: Pick<Invitation, 'organisationInvitationId'>): Pick<AnswerInput, 'partySize' | 'partySizeUnread'> {
  const reading = partySizeFromText(text);
  if (reading.kind === 'STATED' && reading.size < 1) return { partySizeUnread: { reason: 'UNCLEAR' } };
  if (invitation.organisationInvitationId) {
    return reading.kind === 'NONE' || (reading.kind === 'STATED' && reading.size === 1) ? {} : { partySizeUnread: { reason: 'ONE_SEAT_PER_DELEGATE' } };
  }
  switch (reading.kind) {
    case 'STATED':
      return reading.size <= MAX_PARTY_SIZE ? { partySize: reading.size } : { partySizeUnread: { reason: 'OVER_LIMIT', stated: reading.size } };
    case 'UNCLEAR':
      return { partySizeUnread: { reason: 'UNCLEAR' } };
    case 'NONE':
      return { partySizeUnread: { reason: 'NOT_STATED' } };
  }
}
