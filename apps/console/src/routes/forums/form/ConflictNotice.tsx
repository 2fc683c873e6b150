import { Alert, AlertHeading, AlertText, Button, ErrorMessage, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { common } from '../../../components/common.messages';
import type { Problem } from '../../../graphql/problem';
import { forumForm as m } from './forum-form.messages';
import { isKnownZone } from './zones';

/** What a CONFLICT from createForum/updateForum/rescheduleForum says about the other forum. */
export interface ForumConflict {
  reason: string;
  forumId: string;
  title: string;
  startsAt: string | null;
  timeZone: string | null;
  /** The API's own wording of the time, when it sent no instant. */
  when: string;
}

export function forumConflict(problem: Problem | null): ForumConflict | null {
  if (problem?.code !== 'CONFLICT' || typeof problem.extensions.conflictingForumId !== 'string') return null;
  const e = problem.extensions;
  return {
    reason: String(e.reason ?? ''),
    forumId: e.conflictingForumId as string,
    title: String(e.conflictingForumTitle ?? ''),
    startsAt: typeof e.conflictingForumStartsAt === 'string' ? e.conflictingForumStartsAt : null,
    timeZone: typeof e.conflictingForumTimeZone === 'string' ? e.conflictingForumTimeZone : null,
    when: String(e.conflictingForumWhen ?? ''),
  };
}

/**
 * Names the forum in the way (with a link to it) and offers the next step: change something
 * and save again, or save anyway with a reason the API keeps with the forum.
 */
export function ConflictNotice({
  conflict,
  reason,
  onReason,
  reasonError,
  onSaveAnyway,
  busy,
}: {
  conflict: ForumConflict;
  reason: string;
  onReason: (reason: string) => void;
  reasonError?: string;
  onSaveAnyway: () => void;
  busy: boolean;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);
  const zone = conflict.timeZone && isKnownZone(conflict.timeZone) ? conflict.timeZone : null;
  const when =
    conflict.startsAt && zone
      ? intl.formatDate(conflict.startsAt, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
      : conflict.when;
  const heading =
    conflict.reason === 'FORUM_VENUE_CONFLICT' ? m.conflictVenueTitle : conflict.reason === 'FORUM_HOST_CONFLICT' ? m.conflictHostTitle : m.conflictOtherTitle;

  return (
    <div ref={ref} tabIndex={-1} className="margin-y-3" id="forum-conflict" role="region" aria-labelledby="forum-conflict-heading">
      <Alert type="warning">
        <AlertHeading level="h2" id="forum-conflict-heading">{intl.formatMessage(heading)}</AlertHeading>
        <AlertText>{intl.formatMessage(m.conflictBody, { title: conflict.title, when, zone: conflict.timeZone ?? '' })}</AlertText>
        <AlertText>
          <Link to={`/forums/${conflict.forumId}`} className="usa-link">
            {intl.formatMessage(m.conflictOpen, { title: conflict.title })}
          </Link>
        </AlertText>
        <AlertText>{intl.formatMessage(m.conflictNextStep)}</AlertText>
        <FormGroup error={Boolean(reasonError)}>
          <Label htmlFor="forum-conflict-reason">{intl.formatMessage(m.conflictReason)}</Label>
          <span className="usa-hint text-base-darkest" id="forum-conflict-reason-hint">
            {intl.formatMessage(m.conflictReasonHint)}
          </span>
          {reasonError && <ErrorMessage id="forum-conflict-reason-error">{reasonError}</ErrorMessage>}
          <Textarea
            id="forum-conflict-reason"
            name="conflictReason"
            className="height-10"
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            error={Boolean(reasonError)}
            aria-invalid={Boolean(reasonError)}
            aria-describedby={['forum-conflict-reason-hint', reasonError ? 'forum-conflict-reason-error' : ''].filter(Boolean).join(' ')}
          />
        </FormGroup>
        <Button type="button" className="margin-top-2" disabled={busy} onClick={onSaveAnyway}>
          {intl.formatMessage(busy ? common.saving : m.conflictSaveAnyway)}
        </Button>
      </Alert>
    </div>
  );
}
