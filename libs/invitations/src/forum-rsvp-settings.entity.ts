import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PromotionMode } from './invitation.enums';

/** A forum's RSVP choices; a forum without a row uses the column defaults. */
@Entity('forum_rsvp_settings')
export class ForumRsvpSettings {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'promotion_mode', type: 'text', default: PromotionMode.AUTOMATIC })
  promotionMode: PromotionMode;

  @Column({ name: 'offer_window_minutes', type: 'int', default: 1440 })
  offerWindowMinutes: number;

  @Column({ name: 'reminder_offsets_minutes', type: 'int', array: true, default: [4320, 180] })
  reminderOffsetsMinutes: number[];

  @Column({ name: 'nudge_before_deadline_minutes', type: 'int', default: 1440 })
  nudgeBeforeDeadlineMinutes: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const DEFAULT_RSVP_SETTINGS = {
  promotionMode: PromotionMode.AUTOMATIC,
  offerWindowMinutes: 1440,
  reminderOffsetsMinutes: [4320, 180],
  nudgeBeforeDeadlineMinutes: 1440,
};
