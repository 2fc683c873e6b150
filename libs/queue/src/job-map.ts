/** Every queue Liaison runs. */
export enum QueueName {
  MAIL = 'mail',
  MAINTENANCE = 'maintenance',
  SURVEYS = 'surveys',
}

/** Job name -> payload. Adding a job here without a handler stops the worker at start-up. */
export interface JobMap {
  /** Deliver one row of `outbound_emails`. */
  'mail.send': { emailId: string };
  /** Re-queue outbox rows whose job was lost (Redis flushed, enqueue failed). */
  'outbox.sweep': Record<string, never>;
  /** Recompute one survey's results (deduplicated and debounced per survey). */
  'survey.aggregate': { surveyId: string };
  /** Recompute every survey whose results are marked dirty in the database. */
  'survey.aggregate-dirty': Record<string, never>;
}

export type JobName = keyof JobMap;

/** Which queue carries each job; the worker checks this list against its handlers. */
export const JOB_QUEUES: { [K in JobName]: QueueName } = {
  'mail.send': QueueName.MAIL,
  'outbox.sweep': QueueName.MAINTENANCE,
  'survey.aggregate': QueueName.SURVEYS,
  'survey.aggregate-dirty': QueueName.SURVEYS,
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];
