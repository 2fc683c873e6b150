import { Button, ButtonGroup, ModalFooter, type ModalRef, ModalToggleButton } from '@trussworks/react-uswds';
import type { RefObject } from 'react';
import { useIntl } from 'react-intl';
import { common } from './common.messages';

/** A dialog form's footer: its submit button (saying it is saving while busy) and the way out. */
export function DialogButtons({ modalRef, submit, busy, keepLabel }: { modalRef: RefObject<ModalRef | null>; submit: string; busy: boolean; keepLabel?: string }) {
  const intl = useIntl();
  return (
    <ModalFooter>
      <ButtonGroup>
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? intl.formatMessage(common.saving) : submit}
        </Button>
        <ModalToggleButton modalRef={modalRef} closer unstyled className="padding-105 text-center">
          {keepLabel ?? intl.formatMessage(common.cancel)}
        </ModalToggleButton>
      </ButtonGroup>
    </ModalFooter>
  );
}
