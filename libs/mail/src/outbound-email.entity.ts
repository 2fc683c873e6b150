import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MailCategory } from './mail-category';
import type { BodiesToRender } from './mail-templates';

export enum OutboundEmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
  /** For calendar parts: REQUEST, CANCEL, … so mail clients show Accept buttons. */
  method?: string;
}

/** One email owed to someone: written in the same transaction as the reason for it. */
@Entity('outbound_emails')
export class OutboundEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ name: 'from_address', type: 'text' })
  fromAddress: string;

  @Column({ name: 'reply_to', type: 'text', nullable: true })
  replyTo: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  /**
   * A mailing's rows (`OutboxService.addMany`) are written with their subject and empty bodies,
   * and the sender renders the bodies from this just before sending: thousands of rendered
   * bodies are neither built in the writing transaction nor stored. Null on a row written
   * rendered, and once the content is dropped.
   */
  @Column({ name: 'bodies_to_render', type: 'jsonb', nullable: true })
  bodiesToRender: BodiesToRender | null;

  /** OUTREACH is cancelled by an opt-out; OPERATIONAL is not. */
  @Column({ type: 'text', default: MailCategory.OPERATIONAL })
  category: MailCategory;

  @Column({ type: 'jsonb', default: {} })
  headers: Record<string, string>;

  @Column({ type: 'jsonb', default: [] })
  attachments: EmailAttachment[];

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text', default: OutboundEmailStatus.PENDING })
  status: OutboundEmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'send_after', type: 'timestamptz', default: () => 'now()' })
  sendAfter: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** REDIS_PREFIX of the deployment that wrote it: only that deployment's sweep re-queues it (NULL: any). */
  @Column({ name: 'queue_prefix', type: 'text', nullable: true })
  queuePrefix: string | null;
}
