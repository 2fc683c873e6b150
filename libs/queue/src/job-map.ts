/** Every queue Liaison runs. */
export enum QueueName {
  MAIL = 'mail',
  MAINTENANCE = 'maintenance',
  INVITATIONS = 'invitations',
}

/** Job name -> payload. Adding a job here without a handler stops the worker at start-up. */
export interface JobMap {
  /** Deliver one row of `outbound_emails`. */
  'mail.send': { emailId: string };
  /** Re-queue outbox rows whose job was lost (Redis flushed, enqueue failed). */
  'outbox.sweep': Record<string, never>;
  /** End a waitlist offer whose window has passed (the truth is `invitations.offer_expires_at`). */
  'invitations.offer-expiry': { invitationId: string };
  /** Send a forum reminder or nudge that is due (the truth is the `forum_reminders` row). */
  'invitations.reminder': { reminderId: string };
  /** Re-check the database for due reminders and expired offers whose jobs were lost. */
  'invitations.sweep': Record<string, never>;
}

export type JobName = keyof JobMap;

/** Which queue carries each job; the worker checks this list against its handlers. */
export const JOB_QUEUES: { [K in JobName]: QueueName } = {
  'mail.send': QueueName.MAIL,
  'outbox.sweep': QueueName.MAINTENANCE,
  'invitations.offer-expiry': QueueName.INVITATIONS,
  'invitations.reminder': QueueName.INVITATIONS,
  'invitations.sweep': QueueName.INVITATIONS,
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];
