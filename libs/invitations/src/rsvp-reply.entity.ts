import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RsvpReplyStatus } from './invitation.enums';

/** A mail that came back to an invitation's reply address: applied, or waiting for an officer. */
@Entity('rsvp_replies')
export class RsvpReply {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @Column({ name: 'from_address', type: 'text' })
  fromAddress: string;

  @Column({ type: 'text', default: '' })
  subject: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ name: 'interpreted_answer', type: 'text', nullable: true })
  interpretedAnswer: string | null;

  @Column({ type: 'text' })
  status: RsvpReplyStatus;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
