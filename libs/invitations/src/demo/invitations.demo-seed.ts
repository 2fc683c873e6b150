import { Inject, Injectable } from '@nestjs/common';
import { Clock, DemoSeedPart } from '@app/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Agency } from '@app/agencies';
import { ForumLookupService } from '@app/forums';
import { DeliveryStatusService } from '@app/mail';
import { PartnerLookupService } from '@app/partners';
import { generateRsvpToken, hashRsvpToken, sealRsvpToken } from '../rsvp-token';
import { InvitationsRepository } from '../invitations.repository';

type Answer = 'ATTENDING' | 'MAYBE' | 'DECLINED' | null;

/** One invitee's answer in the demo: who comes, with whom and what they need. */
interface DemoAnswer {
  answer: Answer;
  partySize?: number;
  stepFree?: boolean;
  interpretation?: string;
  signLanguage?: boolean;
  childcare?: boolean;
  dietary?: string;
  note?: string;
}

/** The answers handed out in turn; attending parties that do not fit go to the waitlist, as the seat allocator would. */
const ANSWERS: DemoAnswer[] = [
  { answer: 'ATTENDING', partySize: 3, stepFree: true, note: 'Coming with two residents from our housing programme.' },
  { answer: 'ATTENDING', partySize: 2, interpretation: 'Spanish' },
  { answer: 'MAYBE' },
  { answer: 'ATTENDING', partySize: 4, childcare: true, dietary: 'vegetarian' },
  { answer: 'DECLINED', note: 'Board meeting that evening; please send the minutes.' },
  { answer: null },
  { answer: 'ATTENDING', partySize: 5, signLanguage: true },
  { answer: 'ATTENDING', partySize: 2, dietary: 'halal' },
  { answer: null },
  { answer: 'ATTENDING', partySize: 6, interpretation: 'Vietnamese' },
  { answer: 'MAYBE' },
  { answer: 'ATTENDING', partySize: 4 },
  { answer: 'ATTENDING', partySize: 3, stepFree: true },
  { answer: 'DECLINED' },
  { answer: 'ATTENDING', partySize: 4 },
  { answer: null },
];
const FORUMS = 3;
const INVITEES_PER_FORUM = 16;
const DAY = 24 * 3_600_000;

/**
 * Invitations to a few upcoming published forums of the demo agency, with a realistic mix
 * of answers (attending with needs, maybe, declined, waitlisted, no reply) and the opted-out
 * skipped, so the funnel shows real numbers. Written as rows: the invitation mails are
 * recorded as already sent (the seed runs without Redis, and nothing is mailed).
 * The invitations' demo part (runs after partners and forums: invites their contacts to their forums).
 */
@Injectable()
@DemoSeedPart(30)
export class InvitationsDemoSeed {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly forums: ForumLookupService,
    private readonly partners: PartnerLookupService,
    private readonly mail: DeliveryStatusService,
    private readonly invitations: InvitationsRepository,
    private readonly clock: Clock,
  ) {}

  async seed(manager: EntityManager, agency: Agency): Promise<void> {
    // The smallest rooms first, so the first forum fills up and has a waitlist.
    const forums = await this.forums.upcomingSmallestFirst(manager, agency.id, FORUMS);
    const contacts = await this.partners.allContacts(manager, agency.id);
    if (contacts.length === 0) return;
    for (const [f, forum] of forums.entries()) {
      const invitees = Array.from({ length: Math.min(INVITEES_PER_FORUM, contacts.length) }, (_, i) => contacts[(f * 7 + i) % contacts.length]);
      let seatsTaken = 0;
      let answered = 0;
      for (const contact of invitees) {
        const invitedAt = new Date(this.clock.now().getTime() - (10 - f) * DAY);
        if (contact.optedOut) {
          await this.invitations.insertSkippedForDemo(manager, { agencyId: agency.id, forumId: forum.id, contactId: contact.id, createdAt: invitedAt });
          continue;
        }
        const demo = ANSWERS[answered++ % ANSWERS.length];
        const partySize = demo.partySize ?? 1;
        const fits = forum.capacity === null || seatsTaken + partySize <= Number(forum.capacity);
        const response = demo.answer === 'ATTENDING' && !fits ? 'WAITLISTED' : demo.answer;
        if (response === 'ATTENDING') seatsTaken += partySize;
        const respondedAt = response ? new Date(invitedAt.getTime() + (1 + (answered % 4)) * DAY) : null;
        const emailId = await this.sentInvitationMail(manager, agency, forum, contact, invitedAt);
        const token = generateRsvpToken();
        await this.invitations.insertAnsweredForDemo(manager, {
          agencyId: agency.id,
          forumId: forum.id,
          contactId: contact.id,
          tokenHash: hashRsvpToken(token),
          tokenSealed: sealRsvpToken(token, this.config.LINK_SECRET),
          emailId,
          response,
          responseSource: response ? 'LINK' : null,
          respondedAt,
          partySize: response === 'DECLINED' || response === null ? 1 : partySize,
          stepFreeAccess: Boolean(demo.stepFree),
          interpretationLanguage: demo.interpretation ?? null,
          signLanguage: Boolean(demo.signLanguage),
          childcare: Boolean(demo.childcare),
          dietary: demo.dietary ?? null,
          note: response ? (demo.note ?? null) : null,
          waitlistedAt: response === 'WAITLISTED' ? respondedAt : null,
          createdAt: invitedAt,
        });
      }
    }
  }

  /** The invitation mail, recorded as delivered before the demo began (never sent by the seed). */
  private async sentInvitationMail(
    manager: EntityManager,
    agency: Agency,
    forum: { id: string; title: string },
    contact: { email: string; name: string },
    sentAt: Date,
  ): Promise<string> {
    return this.mail.recordDelivered(manager, {
      agencyId: agency.id,
      kind: 'forum-invitation',
      to: contact.email,
      from: `"${agency.mailSenderName ?? agency.name}" <${this.config.MAIL_FROM}>`,
      subject: `Invitation: ${forum.title}`,
      body: `Demo data: ${contact.name} was invited to ${forum.title}.`,
      sentAt,
    });
  }
}
