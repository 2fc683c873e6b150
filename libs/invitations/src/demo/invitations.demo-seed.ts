import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Agency } from '@app/agencies';
import { generateRsvpToken, hashRsvpToken, sealRsvpToken } from '../rsvp-token';

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
 * A DemoSeedContributor for @app/setup (typed structurally); runs after partners and forums.
 */
@Injectable()
export class InvitationsDemoSeed {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async seed(manager: EntityManager, agency: Agency): Promise<void> {
    // The smallest rooms first, so the first forum fills up and has a waitlist.
    const forums: { id: string; title: string; capacity: number | null; starts_at: Date }[] = await manager.query(
      `SELECT f.id, f.title, COALESCE(f.capacity_override, v.capacity) AS capacity, f.starts_at
         FROM forums f LEFT JOIN venues v ON v.id = f.venue_id
        WHERE f.agency_id = $1 AND f.status = 'PUBLISHED' AND f.starts_at > now() AND f.type <> 'TASK_FORCE_MEETING'
        ORDER BY COALESCE(f.capacity_override, v.capacity) NULLS LAST, f.starts_at LIMIT $2`,
      [agency.id, FORUMS],
    );
    const contacts: { id: string; name: string; email: string; opted_out: boolean }[] = await manager.query(
      `SELECT id, name, email, opted_out_at IS NOT NULL AS opted_out FROM contacts WHERE agency_id = $1 ORDER BY name, id`,
      [agency.id],
    );
    if (contacts.length === 0) return;
    for (const [f, forum] of forums.entries()) {
      const invitees = Array.from({ length: Math.min(INVITEES_PER_FORUM, contacts.length) }, (_, i) => contacts[(f * 7 + i) % contacts.length]);
      let seatsTaken = 0;
      let answered = 0;
      for (const contact of invitees) {
        const invitedAt = new Date(Date.now() - (10 - f) * DAY);
        if (contact.opted_out) {
          await manager.query(`INSERT INTO invitations (agency_id, forum_id, contact_id, skipped_reason, created_at) VALUES ($1, $2, $3, 'OPTED_OUT', $4)`, [
            agency.id,
            forum.id,
            contact.id,
            invitedAt,
          ]);
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
        await manager.query(
          `INSERT INTO invitations (agency_id, forum_id, contact_id, token_hash, token_sealed, email_id, response, response_source, responded_at,
                                    party_size, step_free_access, interpretation_language, sign_language, childcare, dietary, note, waitlisted_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
          [
            agency.id,
            forum.id,
            contact.id,
            hashRsvpToken(token),
            sealRsvpToken(token, this.config.LINK_SECRET),
            emailId,
            response,
            response ? 'LINK' : null,
            respondedAt,
            response === 'DECLINED' || response === null ? 1 : partySize,
            Boolean(demo.stepFree),
            demo.interpretation ?? null,
            Boolean(demo.signLanguage),
            Boolean(demo.childcare),
            demo.dietary ?? null,
            response ? (demo.note ?? null) : null,
            response === 'WAITLISTED' ? respondedAt : null,
            invitedAt,
          ],
        );
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
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, attempts, send_after, created_at, sent_at)
       VALUES ($1, 'forum-invitation', $2, $3, $4, $5, $5, '<demo-' || gen_random_uuid() || '@' || $6 || '>', 'SENT', 1, $7, $7, $7) RETURNING id`,
      [
        agency.id,
        contact.email,
        `"${agency.mailSenderName ?? agency.name}" <${this.config.MAIL_FROM}>`,
        `Invitation: ${forum.title}`,
        `Demo data: ${contact.name} was invited to ${forum.title}.`,
        this.config.MAIL_DOMAIN,
        sentAt,
      ],
    );
    return row.id;
  }
}
