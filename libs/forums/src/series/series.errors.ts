import { DomainError, ErrorKind, errorText } from '@app/common';
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
      errorText('The occurrence on {occurrenceDate} conflicts: {message}{more}', { occurrenceDate: first.occurrenceDate, message: first.message, more }),
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
    return new SeriesError(ErrorKind.CONFLICT, SeriesErrorCode.NOT_ACTIVE, errorText('The series is {status}; only an ACTIVE series can be changed', { status }), {
      currentStatus: status,
    });
  }

  static notAnOccurrence() {
    return new SeriesError(ErrorKind.CONFLICT, SeriesErrorCode.NOT_AN_OCCURRENCE, errorText('This forum is not an occurrence of a series'));
  }

  static occurrenceHeld() {
    return new SeriesError(
      ErrorKind.CONFLICT,
      SeriesErrorCode.OCCURRENCE_HELD,
      errorText('This occurrence has already started or been held; "this and following" edits start from an upcoming occurrence'),
    );
  }
}
