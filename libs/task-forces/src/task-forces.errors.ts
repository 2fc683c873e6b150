import { DomainError, ErrorKind, InputError, errorText } from '@app/common';

export enum TaskForceErrorCode {
  NAME_TAKEN = 'TASK_FORCE_NAME_TAKEN',
  INVALID_TRANSITION = 'TASK_FORCE_INVALID_TRANSITION',
  CLOSED = 'TASK_FORCE_CLOSED',
  ALREADY_MEMBER = 'TASK_FORCE_ALREADY_MEMBER',
  NOT_MEMBER = 'TASK_FORCE_NOT_MEMBER',
  INVALID_STAGE_TRANSITION = 'TASK_FORCE_INVALID_STAGE_TRANSITION',
  MEASUREMENT_EXISTS = 'TASK_FORCE_MEASUREMENT_EXISTS',
  OWNER_NOT_MEMBER = 'TASK_FORCE_OWNER_NOT_MEMBER',
  DUE_BEFORE_START = 'TASK_FORCE_DUE_BEFORE_START',
  WRONG_TASK_FORCE = 'TASK_FORCE_WRONG_TASK_FORCE',
  NOT_A_MEETING = 'TASK_FORCE_NOT_A_MEETING',
  MEETING_TAKEN = 'TASK_FORCE_MEETING_TAKEN',
  NOT_ITS_MEETING = 'TASK_FORCE_NOT_ITS_MEETING',
  NO_CONTACTS_TO_INVITE = 'TASK_FORCE_NO_CONTACTS_TO_INVITE',
  LINK_INVALID = 'TASK_FORCE_LINK_INVALID',
  LINK_EXPIRED = 'TASK_FORCE_LINK_EXPIRED',
}

export class TaskForceError extends DomainError {
  static nameTaken(name: string) {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.NAME_TAKEN, errorText('A task force named "{name}" already exists', { name }), {
      field: 'input.name',
    });
  }

  static invalidTransition(current: string, wanted: string) {
    return new TaskForceError(
      ErrorKind.CONFLICT,
      TaskForceErrorCode.INVALID_TRANSITION,
      errorText('The task force is {current}; it cannot become {wanted}', { current, wanted }),
      { currentStatus: current },
    );
  }

  static closed() {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.CLOSED, errorText('The task force is CLOSED; reopen is not possible, nothing can change'));
  }

  static alreadyMember(what: string) {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.ALREADY_MEMBER, errorText('{what} is already a member for that period', { what }));
  }

  static notMember(what: string) {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.NOT_MEMBER, errorText('{what} is not a current member of this task force', { what }));
  }

  static invalidStage(current: string, wanted: string, allowed: string[]) {
    return new TaskForceError(
      ErrorKind.CONFLICT,
      TaskForceErrorCode.INVALID_STAGE_TRANSITION,
      errorText('The problem is in {current}; it can move to {allowed}, not {wanted}', { current, allowed: allowed.join(' or '), wanted }),
      { currentStage: current },
    );
  }

  static measurementExists(date: string) {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.MEASUREMENT_EXISTS, errorText('A measurement for {date} already exists', { date }), {
      field: 'input.measuredOn',
    });
  }

  static ownerNotMember() {
    return new InputError(
      'input.owner',
      errorText('The owner must be a staff member of the task force or a contact of a current member organisation'),
      TaskForceErrorCode.OWNER_NOT_MEMBER,
    );
  }

  static dueBeforeStart(startsOn: string) {
    return new InputError('input.dueOn', errorText('The due date cannot be before the task force started ({startsOn})', { startsOn }), TaskForceErrorCode.DUE_BEFORE_START);
  }

  static wrongTaskForce(field: string, what: string) {
    return new InputError(field, errorText('That {what} belongs to another task force', { what }), TaskForceErrorCode.WRONG_TASK_FORCE);
  }

  static notAMeeting(type: string) {
    return new InputError('forumId', errorText('Only TASK_FORCE_MEETING forums can be a task force\'s meetings (this one is {type})', { type }), TaskForceErrorCode.NOT_A_MEETING);
  }

  static notItsMeeting() {
    return new InputError('forumId', errorText('This forum is not a meeting of this task force; link it as a meeting first'), TaskForceErrorCode.NOT_ITS_MEETING);
  }

  static noContactsToInvite() {
    return new TaskForceError(
      ErrorKind.CONFLICT,
      TaskForceErrorCode.NO_CONTACTS_TO_INVITE,
      errorText('The task force has no member organisation contacts who can be mailed; add designated contacts first'),
    );
  }

  static meetingTaken() {
    return new TaskForceError(ErrorKind.CONFLICT, TaskForceErrorCode.MEETING_TAKEN, errorText('This forum is already a meeting of a task force'));
  }

  static linkInvalid() {
    return new TaskForceError(ErrorKind.BAD_USER_INPUT, TaskForceErrorCode.LINK_INVALID, errorText('This link is not valid. It may have been changed or copied incompletely.'));
  }

  static linkExpired() {
    return new TaskForceError(ErrorKind.BAD_USER_INPUT, TaskForceErrorCode.LINK_EXPIRED, errorText('This link has expired. Ask your task force lead for a new one.'));
  }
}

/** Postgres constraint violations we expect, turned into clear errors; anything else is rethrown. */
export function mapConstraint(error: unknown, map: Record<string, () => Error>): never {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const constraint = e.constraint ?? e.driverError?.constraint;
  if (constraint && map[constraint]) throw map[constraint]();
  throw error;
}
