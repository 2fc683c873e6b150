/** Every queue Liaison runs. */
export enum QueueName {
  MAIL = 'mail',
  MAINTENANCE = 'maintenance',
  FORUMS = 'forums',
}

/** Job name -> payload. Adding a job here without a handler stops the worker at start-up. */
export interface JobMap {
  /** Deliver one row of `outbound_emails`. */
  'mail.send': { emailId: string };
  /** Re-queue outbox rows whose job was lost (Redis flushed, enqueue failed). */
  'outbox.sweep': Record<string, never>;
  /** Extend every active forum series' occurrences up to its horizon (daily; idempotent). */
  'forums.series.extend': Record<string, never>;
}

export type JobName = keyof JobMap;

/** Which queue carries each job; the worker checks this list against its handlers. */
export const JOB_QUEUES: { [K in JobName]: QueueName } = {
  'mail.send': QueueName.MAIL,
  'outbox.sweep': QueueName.MAINTENANCE,
  'forums.series.extend': QueueName.FORUMS,
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];
