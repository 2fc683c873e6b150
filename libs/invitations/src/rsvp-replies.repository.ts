import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The SQL of `rsvp_replies`. */
@Injectable()
export class RsvpRepliesRepository {
  /** Whether this message was already received for the invitation (a mail server delivering it twice). */
  async seen(manager: EntityManager, invitationId: string, messageId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM rsvp_replies WHERE invitation_id = $1 AND message_id = $2`, [invitationId, messageId]);
    return rows.length > 0;
  }

  /** How many replies to the invitation arrived since `since`. */
  async countSince(manager: EntityManager, invitationId: string, since: Date): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM rsvp_replies WHERE invitation_id = $1 AND received_at >= $2`, [invitationId, since]);
    return row.n;
  }
}
