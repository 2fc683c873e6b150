import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';

export enum ConcernPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

registerEnumType(ConcernPriority, { name: 'ConcernPriority' });

/** A local problem residents raised at a forum; listed across forums so patterns show. */
@Entity('community_concerns')
export class CommunityConcern {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', nullable: true })
  neighbourhood: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  priority: ConcernPriority;

  /** When the forum that raised it started. */
  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
