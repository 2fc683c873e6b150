import { useMutation } from '@apollo/client/react';
import { Alert, AlertText, Button, ButtonGroup, Form, ModalFooter, type ModalRef, ModalToggleButton, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { common } from '../../../components/common.messages';
import { DialogButtons } from '../../../components/DialogButtons';
import type { ForumDetailFragment } from '../../../graphql/generated/graphql';
import { type Problem, describeProblem } from '../../../graphql/problem';
import { formatInstant, formatPeriod } from '../forum-time';
import { CancelForumMutation, PublishForumMutation, RescheduleForumMutation } from './forum-detail.graphql';
import { forumDetailMessages as m } from './forum-detail.messages';
import { conflictOf, fieldErrors } from './forum-problems';
import { DialogProblem, ForumDialog } from './ForumDialog';
import { ForumField } from './ForumField';

export interface ActionDialogProps {
  forum: ForumDetailFragment;
  modalRef: RefObject<ModalRef | null>;
  /** Called after the action succeeded, with the message to show on the page. */
  onDone: (message: string) => void;
}

/** Closes the dialog; the page then moves focus to its result message. */
export function closeDialog(modalRef: RefObject<ModalRef | null>) {
  modalRef.current?.toggleModal(undefined, false);
}

/** Moves focus to the first field marked invalid in a form, so the user lands on what to fix. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, problem: unknown) {
  useEffect(() => {
    if (problem) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, problem]);
}

export { DialogButtons };

export function PublishDialog({ forum, modalRef, onDone }: ActionDialogProps) {
  const intl = useIntl();
  const [publish, { loading }] = useMutation(PublishForumMutation);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      await publish({ variables: { id: forum.id } });
      closeDialog(modalRef);
      onDone(intl.formatMessage(m.published));
    } catch (error) {
      setProblem(describeProblem(error));
    }
  }

  return (
    <ForumDialog modalRef={modalRef} id="publish-forum" heading={intl.formatMessage(m.publishTitle)} description={intl.formatMessage(m.publishBody, { title: forum.title })}>
      <DialogProblem problem={problem} />
      <Form onSubmit={(e) => void submit(e)} className="maxw-full">
        <DialogButtons modalRef={modalRef} submit={intl.formatMessage(m.publishConfirm)} busy={loading} />
      </Form>
    </ForumDialog>
  );
}

export function CancelDialog({ forum, modalRef, onDone }: ActionDialogProps) {
  const intl = useIntl();
  const [cancel, { loading }] = useMutation(CancelForumMutation);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(problem, intl);
  useFocusFirstInvalid(form, missing || problem);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    try {
      await cancel({ variables: { id: forum.id, reason: reason.trim() } });
      closeDialog(modalRef);
      onDone(intl.formatMessage(m.cancelled));
    } catch (error) {
      setProblem(describeProblem(error));
    }
  }

  const reasonError = missing ? intl.formatMessage(m.cancelReasonMissing) : errors.reason;
  return (
    <ForumDialog modalRef={modalRef} id="cancel-forum" heading={intl.formatMessage(m.cancelTitle)} description={intl.formatMessage(m.cancelBody, { title: forum.title })}>
      <DialogProblem problem={problem} />
      <Form ref={form} onSubmit={(e) => void submit(e)} className="maxw-full" noValidate>
        <ForumField id="cancel-reason" label={intl.formatMessage(m.cancelReasonLabel)} error={reasonError}>
          {(props) => <Textarea {...props} name="reason" data-focus required value={reason} onChange={(e) => setReason(e.target.value)} error={Boolean(reasonError)} />}
        </ForumField>
        <DialogButtons modalRef={modalRef} submit={intl.formatMessage(m.cancelConfirm)} busy={loading} keepLabel={intl.formatMessage(m.keep)} />
      </Form>
    </ForumDialog>
  );
}

export function RescheduleDialog({ forum, modalRef, onDone }: ActionDialogProps) {
  const intl = useIntl();
  const [reschedule, { loading }] = useMutation(RescheduleForumMutation);
  const [start, setStart] = useState(forum.startsAtLocal);
  const [end, setEnd] = useState(forum.endsAtLocal);
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideMissing, setOverrideMissing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const conflict = conflictOf(problem);
  // The clash stays in view (with the override) until the forum is rescheduled or another problem replaces it.
  const [shownConflict, setShownConflict] = useState<ReturnType<typeof conflictOf>>(null);
  const errors = fieldErrors(problem, intl);
  useFocusFirstInvalid(form, problem ?? (overrideMissing || null));
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict?.forumId, problem]); // eslint-disable-line react-hooks/exhaustive-deps

  async function submit(event: FormEvent<HTMLFormElement>, override: boolean) {
    event.preventDefault();
    setOverrideMissing(false);
    if (override && !overrideReason.trim()) {
      setOverrideMissing(true);
      return;
    }
    setProblem(null);
    try {
      const { data } = await reschedule({
        variables: {
          id: forum.id,
          input: { start, end, reason: reason.trim() || undefined, conflictOverride: override ? { reason: overrideReason.trim() } : undefined },
        },
      });
      setShownConflict(null);
      setOverrideReason('');
      setReason('');
      closeDialog(modalRef);
      const moved = data?.rescheduleForum ?? forum;
      onDone(intl.formatMessage(m.rescheduled, { when: formatPeriod(intl, moved.startsAt, moved.endsAt, moved.timeZone) }));
    } catch (error) {
      const next = describeProblem(error);
      setProblem(next);
      setShownConflict(conflictOf(next));
    }
  }

  const hint = intl.formatMessage(m.timeHint, { zone: forum.timeZone });
  return (
    <ForumDialog modalRef={modalRef} id="reschedule-forum" heading={intl.formatMessage(m.rescheduleTitle)} description={intl.formatMessage(m.rescheduleBody, { zone: forum.timeZone })}>
      {!conflict && <DialogProblem problem={problem} />}
      <Form ref={form} onSubmit={(e) => void submit(e, false)} className="maxw-full" noValidate>
        <ForumField id="reschedule-start" label={intl.formatMessage(m.newStart)} hint={hint} error={errors.start}>
          {(props) => <input {...props} className={`usa-input${errors.start ? ' usa-input--error' : ''}`} type="datetime-local" name="start" data-focus value={start} onChange={(e) => setStart(e.target.value)} />}
        </ForumField>
        <ForumField id="reschedule-end" label={intl.formatMessage(m.newEnd)} hint={hint} error={errors.end}>
          {(props) => <input {...props} className={`usa-input${errors.end ? ' usa-input--error' : ''}`} type="datetime-local" name="end" value={end} onChange={(e) => setEnd(e.target.value)} />}
        </ForumField>
        <ForumField id="reschedule-reason" label={intl.formatMessage(m.rescheduleReason)} error={errors.reason}>
          {(props) => <Textarea {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </ForumField>
        {shownConflict ? (
          <>
            <Alert type="warning" role="alert" className="margin-top-3">
              <h3 className="usa-alert__heading" ref={conflictHeading} tabIndex={-1}>
                {intl.formatMessage(m.conflictTitle)}
              </h3>
              <AlertText>
                {shownConflict.venueName
                  ? intl.formatMessage(m.venueConflict, { venue: shownConflict.venueName, title: shownConflict.title, when: formatInstant(intl, shownConflict.startsAt, shownConflict.timeZone) })
                  : intl.formatMessage(m.hostConflict, { host: shownConflict.hostName ?? '', title: shownConflict.title, when: formatInstant(intl, shownConflict.startsAt, shownConflict.timeZone) })}
              </AlertText>
              <AlertText>
                <Link to={`/forums/${shownConflict.forumId}`} target="_blank" rel="noopener">
                  {intl.formatMessage(m.conflictOpen, { title: shownConflict.title })}
                </Link>
              </AlertText>
              <AlertText>{intl.formatMessage(m.conflictNext)}</AlertText>
            </Alert>
            <ForumField id="reschedule-override-reason" label={intl.formatMessage(m.overrideReasonLabel)} error={overrideMissing ? intl.formatMessage(m.overrideReasonMissing) : undefined}>
              {(props) => <Textarea {...props} name="overrideReason" value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} error={overrideMissing} />}
            </ForumField>
            <ModalFooter>
              <ButtonGroup>
                <Button type="submit" outline disabled={loading}>
                  {intl.formatMessage(m.rescheduleConfirm)}
                </Button>
                <Button type="button" disabled={loading} onClick={(e) => void submit(e as unknown as FormEvent<HTMLFormElement>, true)}>
                  {intl.formatMessage(m.overrideConfirm)}
                </Button>
                <ModalToggleButton modalRef={modalRef} closer unstyled className="padding-105 text-center">
                  {intl.formatMessage(common.cancel)}
                </ModalToggleButton>
              </ButtonGroup>
            </ModalFooter>
          </>
        ) : (
          <DialogButtons modalRef={modalRef} submit={intl.formatMessage(m.rescheduleConfirm)} busy={loading} />
        )}
      </Form>
    </ForumDialog>
  );
}
