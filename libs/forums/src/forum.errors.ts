import { DomainError, ErrorKind, errorText } from '@app/common';
import { ForumStatus } from './forum.enums';

export enum ForumErrorCode {
  INVALID_TRANSITION = 'FORUM_INVALID_TRANSITION',
  VENUE_CONFLICT = 'FORUM_VENUE_CONFLICT',
  HOST_CONFLICT = 'FORUM_HOST_CONFLICT',
  SCHEDULE_CONFLICT = 'FORUM_SCHEDULE_CONFLICT',
  ALREADY_STARTED = 'FORUM_ALREADY_STARTED',
  NOT_STARTED = 'FORUM_NOT_STARTED',
  VENUE_IN_USE = 'VENUE_IN_USE',
}

/** The forum another booking collides with, named so the officer can find it. */
export interface ConflictingForum {
  id: string;
  title: string;
  /** Its start, in its own time zone, for the message. */
  when: string;
  /** Its start as an ISO instant and its zone, so a screen can show it in its own words. */
  startsAt: string;
  timeZone: string;
}

/** What a screen needs to name the forum in the way (and link to it) without reading the message. */
function conflictingForum(other: ConflictingForum) {
  return {
    conflictingForumId: other.id,
    conflictingForumTitle: other.title,
    conflictingForumWhen: other.when,
    conflictingForumStartsAt: other.startsAt,
    conflictingForumTimeZone: other.timeZone,
  };
}

export class ForumError extends DomainError {
  /** A lifecycle step the forum's current state does not allow. */
  static invalidTransition(action: string, current: ForumStatus, allowedFrom: ForumStatus[]) {
    return new ForumError(
      ErrorKind.CONFLICT,
      ForumErrorCode.INVALID_TRANSITION,
      errorText('Cannot {action} a forum that is {current}; only a {allowedFrom} forum can be', { action, current, allowedFrom: allowedFrom.join(' or ') }),
      { currentStatus: current, allowedFrom },
    );
  }

  static venueConflict(venueName: string, other: ConflictingForum, field: string) {
    return new ForumError(
      ErrorKind.CONFLICT,
      ForumErrorCode.VENUE_CONFLICT,
      errorText('{venueName} is already booked for "{title}" ({id}) on {when}; pass conflictOverride with a reason to book it anyway', { venueName, title: other.title, id: other.id, when: other.when }),
      { field, venueName, ...conflictingForum(other) },
    );
  }

  static hostConflict(hostName: string, hostId: string, other: ConflictingForum, field: string) {
    return new ForumError(
      ErrorKind.CONFLICT,
      ForumErrorCode.HOST_CONFLICT,
      errorText('{hostName} is already hosting "{title}" ({id}) on {when}; pass conflictOverride with a reason to book them anyway', { hostName, title: other.title, id: other.id, when: other.when }),
      { field, hostId, hostName, ...conflictingForum(other) },
    );
  }

  /** The database refused a double booking but the other forum is gone by now (cancelled meanwhile). */
  static scheduleConflict() {
    return new ForumError(
      ErrorKind.CONFLICT,
      ForumErrorCode.SCHEDULE_CONFLICT,
      errorText('Another forum was booked at the same venue or with the same host at the same time; try again'),
    );
  }

  static alreadyStarted(action: string, status: ForumStatus) {
    return new ForumError(ErrorKind.CONFLICT, ForumErrorCode.ALREADY_STARTED, errorText('Cannot {action} a forum that has already started', { action }), {
      currentStatus: status,
    });
  }

  static notStarted(status: ForumStatus) {
    return new ForumError(ErrorKind.CONFLICT, ForumErrorCode.NOT_STARTED, errorText('Cannot complete a forum before it has started'), { currentStatus: status });
  }

  static venueInUse(forumCount: number) {
    return new ForumError(
      ErrorKind.CONFLICT,
      ForumErrorCode.VENUE_IN_USE,
      errorText('This venue is used by {forumCount} forum(s) and cannot be deleted; archive it instead', { forumCount }),
      { forumCount },
    );
  }
}
