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
}
