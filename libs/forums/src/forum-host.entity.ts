import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A staff member hosting a forum. `period`, `agencyId` and `blocking` are filled by a
 * database trigger from the forum, so a host can never be booked twice at once
 * (`forum_hosts_overlap`); insert only `forumId` and `staffUserId`.
 */
@Entity('forum_hosts')
export class ForumHost {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @PrimaryColumn({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @Column({ name: 'agency_id', type: 'uuid', insert: false, update: false })
  agencyId: string;

  @Column({ type: 'tstzrange', insert: false, update: false, select: false })
  period: string;

  @Column({ insert: false, update: false, select: false })
  blocking: boolean;
}
