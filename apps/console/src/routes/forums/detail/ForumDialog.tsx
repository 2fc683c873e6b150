import { Alert, AlertHeading, AlertText, Modal, ModalHeading, type ModalRef } from '@trussworks/react-uswds';
import { type ReactNode, type RefObject, useEffect } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../../components/common.messages';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Problem } from '../../../graphql/problem';
import { lifecycleText } from './forum-problems';

/**
 * A USWDS modal for one forum action: focus moves into it when it opens (to the element
 * marked data-focus) and back to its trigger when it closes; Escape closes it.
 */
export function ForumDialog({ modalRef, id, heading, description, children }: { modalRef: RefObject<ModalRef | null>; id: string; heading: string; description: string; children: ReactNode }) {
  const intl = useIntl();
  const closeLabel = intl.formatMessage(common.close);
  // The library names its close button in English; ours comes from the catalog.
  useEffect(() => {
    document.getElementById(id)?.querySelector('.usa-modal__close')?.setAttribute('aria-label', closeLabel);
  }, [id, closeLabel]);
  return (
    <Modal ref={modalRef} id={id} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-description`} isLarge>
      <ModalHeading id={`${id}-heading`}>{heading}</ModalHeading>
      <div className="usa-prose">
        <p id={`${id}-description`}>{description}</p>
      </div>
      {children}
    </Modal>
  );
}

/** The general message for an action's problem, inside its dialog where the user is looking. */
export function DialogProblem({ problem }: { problem: Problem | null }) {
  const intl = useIntl();
  const lifecycle = lifecycleText(problem, intl);
  if (!problem) return null;
  if (lifecycle)
    return (
      <Alert type="error" role="alert">
        <AlertHeading level="h3">{intl.formatMessage(common.problemTitle)}</AlertHeading>
        <AlertText>{lifecycle}</AlertText>
      </Alert>
    );
  return <ProblemAlert problem={problem} />;
}
