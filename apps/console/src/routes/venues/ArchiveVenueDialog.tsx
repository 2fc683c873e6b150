import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Modal, ModalFooter, ModalHeading, type ModalRef, ModalToggleButton } from '@trussworks/react-uswds';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../components/common.messages';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { ArchiveVenueMutation, UnarchiveVenueMutation } from './venues.graphql';
import { venuesMessages as m } from './venues.messages';

/**
 * The archive (or bring back) button and its confirm dialog. The dialog traps focus while
 * open and gives it back to the button when it closes, whichever way it closes.
 */
export function ArchiveVenueDialog({ venue, onDone }: { venue: { id: string; name: string; archivedAt?: string | null }; onDone: (archived: boolean) => void }) {
  const intl = useIntl();
  const modalRef = useRef<ModalRef>(null);
  const archived = Boolean(venue.archivedAt);
  const [archive, archiving] = useMutation(ArchiveVenueMutation);
  const [unarchive, unarchiving] = useMutation(UnarchiveVenueMutation);
  const busy = archiving.loading || unarchiving.loading;
  const problem = describeProblem(archived ? unarchiving.error : archiving.error);

  async function confirm() {
    const result = archived ? await unarchive({ variables: { id: venue.id } }).catch(() => null) : await archive({ variables: { id: venue.id } }).catch(() => null);
    if (!result?.data) return;
    modalRef.current?.toggleModal(undefined, false);
    onDone(!archived);
  }

  const id = `venue-archive-${venue.id}`;
  return (
    <>
      <ModalToggleButton modalRef={modalRef} opener secondary={!archived} outline={archived}>
        {intl.formatMessage(archived ? m.unarchive : m.archive)}
      </ModalToggleButton>
      <Modal ref={modalRef} id={id} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-body`}>
        <ModalHeading id={`${id}-heading`}>{intl.formatMessage(archived ? m.unarchiveTitle : m.archiveTitle, { name: venue.name })}</ModalHeading>
        <p id={`${id}-body`}>{intl.formatMessage(archived ? m.unarchiveBody : m.archiveBody)}</p>
        <ProblemAlert problem={problem} />
        <ModalFooter>
          <ButtonGroup>
            <Button type="button" secondary={!archived} disabled={busy} onClick={() => void confirm()}>
              {intl.formatMessage(archived ? m.unarchive : m.archive)}
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
