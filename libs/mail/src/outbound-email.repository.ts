import type { EntityManager } from 'typeorm';
import { OutboundEmailStatus } from './outbound-email.entity';
import type { EmailAttachment, OutboundEmail } from './outbound-email.entity';
import type { BodiesToRender } from './mail-templates';

/** The columns of a `ClaimedEmailRow`, as a claim returns them and `pendingContent` reads them. */
const CLAIMED_COLUMNS = 'id, message_id, from_address, to_address, reply_to, subject, html_body, text_body, bodies_to_render, headers, attachments';

/** A row handed to one sending job (columns by their SQL names). */
export interface ClaimedEmailRow {
  id: string;
  message_id: string;
  from_address: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  html_body: string;
  text_body: string;
  bodies_to_render: BodiesToRender | null;
  headers: Record<string, string>;
  attachments: EmailAttachment[];
}

/** A row as `OutboxService` writes it: PENDING, no attempt yet. */
export type NewEmailRow = Pick<
  OutboundEmail,
  'id' | 'agencyId' | 'kind' | 'category' | 'toAddress' | 'fromAddress' | 'replyTo' | 'subject' | 'htmlBody' | 'textBody' | 'bodiesToRender' | 'headers' | 'attachments' | 'messageId' | 'sendAfter' | 'queuePrefix'
>;

/** How one outbox row fared. */
export interface EmailDelivery {
  id: string;
  status: OutboundEmailStatus;
  lastError: string | null;
}

/** A mail recorded as delivered without being sent (demo data). */
export interface DeliveredMailRecord {
  agencyId: string;
  kind: string;
  to: string;
  /** The From header, e.g. `"Agency" <noreply@…>`. */
  from: string;
  subject: string;
  /** Used as both the HTML and the text body. */
  body: string;
  sentAt: Date;
}

/** What an outbox row no longer needs once it will not be sent (again): its content, personal links and all. */
const WITHOUT_CONTENT = `html_body = '', text_body = '', bodies_to_render = NULL, attachments = '[]', headers = '{}', reply_to = NULL`;

/** The same, as a TypeORM update (a message refused for good, or cancelled before it went). */
export const CONTENT_DROPPED = { htmlBody: '', textBody: '', bodiesToRender: null, attachments: [], headers: {}, replyTo: null } satisfies Partial<OutboundEmail>;

/**
 * The SQL of `outbound_emails`: the sender's claims and marks (set-based, by id arrays, so
 * concurrent jobs share a statement), a mailing's rows written in bulk, and the delivery states
 * other features read by the row ids they kept. Writing one row and single-row updates use
 * TypeORM's entity API (OutboxService).
 */
export const OutboundEmailRepository = {
  /** Claims the PENDING rows among `ids` and counts an attempt for each, in one statement; returns them. */
  async claimPending(db: EntityManager, ids: readonly string[]): Promise<ClaimedEmailRow[]> {
    const [rows]: [ClaimedEmailRow[], number] = await db.query(
      `UPDATE outbound_emails SET attempts = attempts + 1 WHERE id = ANY($1::uuid[]) AND status = 'PENDING'
       RETURNING ${CLAIMED_COLUMNS}`,
      [ids],
    );
    return rows;
  },

  /** A PENDING row's content, as a claim returns it, without claiming it (null if it is not PENDING). */
  async pendingContent(db: EntityManager, id: string): Promise<ClaimedEmailRow | null> {
    const [row] = await db.query(
      `SELECT ${CLAIMED_COLUMNS}
         FROM outbound_emails WHERE id = $1 AND status = 'PENDING'`,
      [id],
    );
    return row ?? null;
  },

  /** Gives back the attempt a claim counted (the send was put off, not tried). */
  async uncountAttempt(db: EntityManager, id: string): Promise<void> {
    await db.query(`UPDATE outbound_emails SET attempts = attempts - 1 WHERE id = $1`, [id]);
  },

  /**
   * Marks these rows sent at `sentAt`, those still PENDING, and drops what was only there to be
   * sent: the bodies, attachments, headers and reply address carry the recipient's personal links
   * (RSVP, unsubscribe and survey tokens, kept elsewhere only as hashes). The row keeps who, what
   * kind, the subject, when and its Message-ID, for delivery counts, bounces and complaints.
   */
  async markSent(db: EntityManager, ids: readonly string[], sentAt: Date): Promise<void> {
    await db.query(`UPDATE outbound_emails SET status = $2, sent_at = $3, last_error = NULL, ${WITHOUT_CONTENT} WHERE id = ANY($1::uuid[]) AND status = $4`, [
      ids,
      OutboundEmailStatus.SENT,
      sentAt,
      OutboundEmailStatus.PENDING,
    ]);
  },

  /** The state of each of these rows (unknown ids are absent). */
  statuses(db: EntityManager, ids: readonly string[]): Promise<EmailDelivery[]> {
    return db.query(`SELECT id, status, last_error AS "lastError" FROM outbound_emails WHERE id = ANY($1::uuid[])`, [ids]);
  },

  /** How many of these rows are in each state (states with none are absent). */
  countByStatus(db: EntityManager, ids: readonly string[]): Promise<{ status: OutboundEmailStatus; count: number }[]> {
    return db.query(`SELECT status, count(*)::int AS count FROM outbound_emails WHERE id = ANY($1::uuid[]) GROUP BY status`, [ids]);
  },

  /** Those of these rows in `status`. */
  withStatusAmong(db: EntityManager, ids: readonly string[], status: OutboundEmailStatus): Promise<EmailDelivery[]> {
    return db.query(`SELECT id, status, last_error AS "lastError" FROM outbound_emails WHERE id = ANY($1::uuid[]) AND status = $2`, [ids, status]);
  },

  /** Ids of the agency's rows in `status`. */
  async idsWithStatus(db: EntityManager, agencyId: string, status: OutboundEmailStatus): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM outbound_emails WHERE agency_id = $1 AND status = $2`, [agencyId, status]);
    return rows.map((r) => r.id);
  },

  /**
   * Writes new PENDING rows in one statement (`unnest` over one array per column, so the parameter
   * count stays at 16 whatever the number of rows): a mailing of thousands is written without an
   * entity, or a placeholder, per row.
   */
  async insertMany(db: EntityManager, rows: readonly NewEmailRow[]): Promise<void> {
    const column = <K extends keyof NewEmailRow>(key: K) => rows.map((r) => r[key]);
    await db.query(
      `INSERT INTO outbound_emails (id, agency_id, kind, category, to_address, from_address, reply_to, subject, html_body, text_body, bodies_to_render, headers, attachments, message_id, send_after, queue_prefix)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::jsonb[], $13::jsonb[], $14::text[], $15::timestamptz[], $16::text[])`,
      [
        column('id'),
        column('agencyId'),
        column('kind'),
        column('category'),
        column('toAddress'),
        column('fromAddress'),
        column('replyTo'),
        column('subject'),
        column('htmlBody'),
        column('textBody'),
        // A field left undefined is kept as null: the templates are strict about missing fields, and JSON drops undefined ones.
        rows.map((r) => (r.bodiesToRender ? JSON.stringify(r.bodiesToRender, (_key, value: unknown) => (value === undefined ? null : value)) : null)),
        rows.map((r) => JSON.stringify(r.headers)),
        rows.map((r) => JSON.stringify(r.attachments)),
        column('messageId'),
        column('sendAfter'),
        column('queuePrefix'),
      ],
    );
  },

  /** Writes a row as sent at `mail.sentAt` without sending it (demo data); its Message-ID on `mailDomain`. Returns its id. */
  async insertDelivered(db: EntityManager, mail: DeliveredMailRecord, mailDomain: string): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, attempts, send_after, created_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, '<demo-' || gen_random_uuid() || '@' || $7 || '>', $8, 1, $9, $9, $9) RETURNING id`,
      [mail.agencyId, mail.kind, mail.to, mail.from, mail.subject, mail.body, mailDomain, OutboundEmailStatus.SENT, mail.sentAt],
    );
    return row.id;
  },
};
