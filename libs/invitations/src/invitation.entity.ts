import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RsvpResponse, RsvpSource } from './invitation.enums';

/**
 * One contact invited to one forum (unique per pair). The link token is random and
 * only its hash is kept; it works until the forum ends. `emailId` is the outbox row of
 * the invitation email, the source of its delivery state. A contact who had opted out
 * gets a row with `skippedReason` and no token, so the funnel can count them.
 */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Column({ name: 'organisation_invitation_id', type: 'uuid', nullable: true })
  organisationInvitationId: string | null;

  @Column({ name: 'token_hash', type: 'text', nullable: true, select: false })
  tokenHash: string | null;

  @Column({ name: 'token_sealed', type: 'text', nullable: true, select: false })
  tokenSealed: string | null;

  @Column({ name: 'email_id', type: 'uuid', nullable: true })
  emailId: string | null;

  @Column({ name: 'skipped_reason', type: 'text', nullable: true })
  skippedReason: string | null;

  @Column({ type: 'text', nullable: true })
  response: RsvpResponse | null;

  @Column({ name: 'response_source', type: 'text', nullable: true })
  responseSource: RsvpSource | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'party_size', type: 'int', default: 1 })
  partySize: number;

  @Column({ name: 'step_free_access', default: false })
  stepFreeAccess: boolean;

  @Column({ name: 'interpretation_language', type: 'text', nullable: true })
  interpretationLanguage: string | null;

  @Column({ name: 'sign_language', default: false })
  signLanguage: boolean;

  @Column({ default: false })
  childcare: boolean;

  @Column({ type: 'text', nullable: true })
  dietary: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;

  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
