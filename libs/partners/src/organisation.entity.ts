import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationType {
  NGO = 'NGO',
  SCHOOL = 'SCHOOL',
  UNIVERSITY = 'UNIVERSITY',
  MENTAL_HEALTH_AGENCY = 'MENTAL_HEALTH_AGENCY',
  FAITH_GROUP = 'FAITH_GROUP',
  BUSINESS_ASSOCIATION = 'BUSINESS_ASSOCIATION',
  NEIGHBOURHOOD_ASSOCIATION = 'NEIGHBOURHOOD_ASSOCIATION',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  VICTIM_SERVICES = 'VICTIM_SERVICES',
  OTHER = 'OTHER',
}

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });

/** A partner organisation in an agency's directory. Its name is unique per agency (case-insensitive). */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: OrganisationType;

  @Column({ name: 'focus_areas', type: 'text', array: true, default: [] })
  focusAreas: string[];

  @Column({ type: 'text', array: true, default: [] })
  neighbourhoods: string[];

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
