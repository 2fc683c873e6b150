import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Modal, ModalFooter, ModalHeading, type ModalRef, ModalToggleButton, Textarea } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../components/common.messages';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { ReinstateAgencyMutation, SuspendAgencyMutation } from './operator.graphql';
import { operatorMessages as m } from './operator.messages';

/**
 * Suspending asks for a reason in a dialog (it signs a whole agency out); reinstating is one
 * button. The dialog traps focus and gives it back to its button when it closes.
 */
export function SuspendAgencyDialog({ agency, onDone }: { agency: { id: string; name: string; suspendedAt?: string | null }; onDone: (change: 'suspended' | 'reinstated') => void }) {
  const intl = useIntl();
  const modalRef = useRef<ModalRef>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [suspend, suspending] = useMutation(SuspendAgencyMutation);
  const [reinstate, reinstating] = useMutation(ReinstateAgencyMutation);
  const problem = describeProblem(suspending.error ?? reinstating.error);

  if (agency.suspendedAt) {
    return (
      <>
        <ProblemAlert problem={problem} />
        <Button type="button" disabled={reinstating.loading} onClick={() => void reinstate({ variables: { id: agency.id } }).then((r) => r.data && onDone('reinstated'), () => null)}>
          {intl.formatMessage(m.reinstate)}
        </Button>
      </>
    );
  }

  async function confirm() {
    if (!reason.trim()) return setReasonError(intl.formatMessage(m.reasonMissing));
    setReasonError(undefined);
    const result = await suspend({ variables: { id: agency.id, input: { reason: reason.trim() } } }).catch(() => null);
    if (!result?.data) return;
    modalRef.current?.toggleModal(undefined, false);
    setReason('');
    onDone('suspended');
  }

  const id = `agency-suspend-${agency.id}`;
  return (
    <>
      <ModalToggleButton modalRef={modalRef} opener secondary>
        {intl.formatMessage(m.suspend)}
      </ModalToggleButton>
      <Modal ref={modalRef} id={id} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-body`}>
        <ModalHeading id={`${id}-heading`}>{intl.formatMessage(m.suspendTitle, { name: agency.name })}</ModalHeading>
        <p id={`${id}-body`}>{intl.formatMessage(m.suspendBody)}</p>
        <Field id={`${id}-reason`} label={intl.formatMessage(m.reason)} error={reasonError ?? problem?.fields.reason}>
          {(control) => <Textarea {...control} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <ProblemAlert problem={problem} />
        <ModalFooter>
          <ButtonGroup>
            <Button type="button" secondary disabled={suspending.loading} onClick={() => void confirm()}>
              {intl.formatMessage(m.suspend)}
            </Button>
            <ModalToggleButton modalRef={modalRef} closer unstyled className="padding-105 text-center">
              {intl.formatMessage(common.cancel)}
            </ModalToggleButton>
          </ButtonGroup>
        </ModalFooter>
      </Modal>
    </>
  );
}
