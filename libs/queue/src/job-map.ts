/** Every queue Liaison runs. */
export enum QueueName {
  MAIL = 'mail',
  MAINTENANCE = 'maintenance',
  IMPORTS = 'imports',
  TASK_FORCES = 'task-forces',
  FORUMS = 'forums',
  SURVEYS = 'surveys',
  INVITATIONS = 'invitations',
}

/** Job name -> payload. Adding a job here without a handler stops the worker at start-up. */
export interface JobMap {
  /** Deliver one row of `outbound_emails`. */
  'mail.send': { emailId: string };
  /** Re-queue outbox rows whose job was lost (Redis flushed, enqueue failed). */
  'outbox.sweep': Record<string, never>;
  /** Validate and (unless a dry run) apply one uploaded CSV of partner organisations (`organisation_imports` row). */
  'partners.import': { importId: string };
  /** Re-queue imports still QUEUED or RUNNING whose job was lost (Redis flushed, enqueue failed). */
  'partners.import.sweep': Record<string, never>;
  /** Send each agency's weekly task-force digest once due (Monday 08:00 local, by the `Clock`); `agencyId` narrows it. */
  'task-forces.digest': { agencyId?: string };
  /** Remind owners of action items that became overdue (by the `Clock`), once each; `agencyId` narrows it. */
  'task-forces.overdue-reminders': { agencyId?: string };
  /** Extend every active forum series' occurrences up to its horizon (daily; idempotent). */
  'forums.series.extend': Record<string, never>;
  /** Recompute one survey's results (deduplicated and debounced per survey). */
  'survey.aggregate': { surveyId: string };
  /** Recompute every survey whose results are marked dirty in the database. */
  'survey.aggregate-dirty': Record<string, never>;
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
  'partners.import': QueueName.IMPORTS,
  'partners.import.sweep': QueueName.IMPORTS,
  'task-forces.digest': QueueName.TASK_FORCES,
  'task-forces.overdue-reminders': QueueName.TASK_FORCES,
  'forums.series.extend': QueueName.FORUMS,
  'survey.aggregate': QueueName.SURVEYS,
  'survey.aggregate-dirty': QueueName.SURVEYS,
  'invitations.offer-expiry': QueueName.INVITATIONS,
  'invitations.reminder': QueueName.INVITATIONS,
  'invitations.sweep': QueueName.INVITATIONS,
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];
