import type { ErrorText } from '@app/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationImportStatus {
  /** Uploaded; waiting for the worker. */
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  /** Finished: applied, or (dry run) validated with no errors. */
  DONE = 'DONE',
  /** The file has row-level errors; nothing was written. */
  REJECTED = 'REJECTED',
  /** An unexpected failure after every retry; nothing was written. */
  FAILED = 'FAILED',
}

registerEnumType(OrganisationImportStatus, { name: 'OrganisationImportStatus' });

export interface ImportRowError {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  /** The CSV column (header name), or null for a problem with the whole row. */
  column: string | null;
  /** In English, as written when the import ran. */
  message: string;
  /** The message to translate for the reader (imports from before it was kept have only `message`). */
  text?: ErrorText;
}

@Entity('organisation_imports')
export class OrganisationImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'dry_run' })
  dryRun: boolean;

  @Column({ type: 'text', default: 'QUEUED' })
  status: OrganisationImportStatus;

  /** Percent, 0 to 100. */
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ name: 'total_rows', type: 'integer', nullable: true })
  totalRows: number | null;

  @Column({ name: 'organisations_created', type: 'integer', default: 0 })
  organisationsCreated: number;

  @Column({ name: 'organisations_updated', type: 'integer', default: 0 })
  organisationsUpdated: number;

  @Column({ name: 'organisations_unchanged', type: 'integer', default: 0 })
  organisationsUnchanged: number;

  @Column({ name: 'contacts_created', type: 'integer', default: 0 })
  contactsCreated: number;

  @Column({ name: 'contacts_updated', type: 'integer', default: 0 })
  contactsUpdated: number;

  @Column({ name: 'contacts_unchanged', type: 'integer', default: 0 })
  contactsUnchanged: number;

  @Column({ type: 'jsonb', default: [] })
  errors: ImportRowError[];

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
