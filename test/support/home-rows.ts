import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createContact } from '@app/testing';

/**
 * Rows for what the officer's home page lists, written straight to the tables (reaching
 * each state through the mail server and the worker is what other suites already cover).
 */

/** An invitation to the forum whose email the mail server refused for good, with that reason. */
export async function seedFailedInvitation(db: DataSource, agencyId: string, forumId: string, reason: string, contactName = 'Bounced Person') {
  const contact = await createContact(db, agencyId, { name: contactName });
  const [email] = await db.query(
    `INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, attempts, last_error)
     VALUES ($1, 'invitation', $2, 'liaison@example.test', 'Invitation', '<p>x</p>', 'x', $3, 'FAILED', 1, $4) RETURNING id`,
    [agencyId, contact.email, `<${randomUUID()}@example.test>`, reason],
  );
  const [invitation] = await db.query(`INSERT INTO invitations (agency_id, forum_id, contact_id, email_id, token_hash, token_sealed) VALUES ($1, $2, $3, $4, $5, 'sealed') RETURNING id`,
    [agencyId, forumId, contact.id, email.id, randomUUID()],
  );
  return { invitationId: invitation.id as string, contact };
}

/** An invitation with the given answer (no email), for RSVP counts. */
export async function seedAnsweredInvitation(db: DataSource, agencyId: string, forumId: string, response: 'ATTENDING' | 'MAYBE' | 'DECLINED', partySize = 1) {
  const contact = await createContact(db, agencyId);
  const [invitation] = await db.query(
    `INSERT INTO invitations (agency_id, forum_id, contact_id, response, response_source, responded_at, party_size, token_hash, token_sealed)
     VALUES ($1, $2, $3, $4, 'STAFF', now(), $5, $6, 'sealed') RETURNING id`,
    [agencyId, forumId, contact.id, response, partySize, randomUUID()],
  );
  return invitation.id as string;
}

/** A mailed reply to an invitation that gave no clear answer. */
export async function seedReplyNeedingReading(db: DataSource, agencyId: string, forumId: string, subject: string, body: string) {
  const invitationId = await seedAnsweredInvitation(db, agencyId, forumId, 'MAYBE');
  const [reply] = await db.query(
    `INSERT INTO rsvp_replies (agency_id, forum_id, invitation_id, from_address, subject, body, status) VALUES ($1, $2, $3, 'someone@example.test', $4, $5, 'NEEDS_READING') RETURNING id`,
    [agencyId, forumId, invitationId, subject, body],
  );
  return reply.id as string;
}

/** A CSV import the worker is part-way through. */
export async function seedImport(db: DataSource, agencyId: string, createdBy: string, status: 'QUEUED' | 'RUNNING' | 'DONE', progress: number, dryRun = false) {
  const [row] = await db.query(
    `INSERT INTO organisation_imports (agency_id, created_by, dry_run, status, progress, byte_size, total_rows, finished_at)
     VALUES ($1, $2, $3, $4, $5, 100, 40, CASE WHEN $4 = 'DONE' THEN now() END) RETURNING id`,
    [agencyId, createdBy, dryRun, status, progress],
  );
  return row.id as string;
}
