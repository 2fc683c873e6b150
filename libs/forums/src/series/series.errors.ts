import { DomainError, ErrorKind } from '@app/common';
import { ForumSeriesStatus } from './forum-series.entity';

export enum SeriesErrorCode {
  OCCURRENCE_CONFLICT = 'SERIES_OCCURRENCE_CONFLICT',
  NOT_ACTIVE = 'SERIES_NOT_ACTIVE',
  NOT_AN_OCCURRENCE = 'FORUM_NOT_A_SERIES_OCCURRENCE',
  OCCURRENCE_HELD = 'SERIES_OCCURRENCE_ALREADY_HELD',
}

/** One occurrence that collides with another forum. */
export interface OccurrenceConflict {
  /** The occurrence's local date. */
  occurrenceDate: string;
  conflictingForumId?: unknown;
  conflictingForumTitle?: unknown;
  message: string;
  field?: string;
}

export class SeriesError extends DomainError {
  /** Occurrences of a series collide with other forums: names the first, lists them all. */
  static occurrencesConflict(conflicts: OccurrenceConflict[]) {
    const [first] = conflicts;
    const more = conflicts.length > 1 ? ` (${conflicts.length - 1} more occurrence(s) conflict too; see conflicts)` : '';
    return new SeriesError(
      ErrorKind.CONFLICT,
      SeriesErrorCode.OCCURRENCE_CONFLICT,
      `The occurrence on ${first.occurrenceDate} conflicts: ${first.message}${more}`,
      {
        field: first.field,
        occurrenceDate: first.occurrenceDate,
        conflictingForumId: first.conflictingForumId,
        conflictingForumTitle: first.conflictingForumTitle,
        conflicts,
      },
    );
  }

  static notActive(status: ForumSeriesStatus) {
    return new SeriesError(ErrorKind.CONFLICT, SeriesErrorCode.NOT_ACTIVE, `The series is ${status}; only an ACTIVE series can be changed`, {
      currentStatus: status,
    });
  }

  static notAnOccurrence() {
    return new SeriesError(ErrorKind.CONFLICT, SeriesErrorCode.NOT_AN_OCCURRENCE, 'This forum is not an occurrence of a series');
  }

  static occurrenceHeld() {
    return new SeriesError(
      ErrorKind.CONFLICT,
      SeriesErrorCode.OCCURRENCE_HELD,
      'This occurrence has already started or been held; "this and following" edits start from an upcoming occurrence',
    );
  }
}
