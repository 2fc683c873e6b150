import { Button, Icon } from '@trussworks/react-uswds';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../components/common.messages';

/**
 * A modal dialog (the browser's own <dialog>, styled as a USWDS modal): focus moves into it
 * when it opens, Escape closes it, and focus goes back to what opened it when it closes.
 */
export function SeriesDialog({ heading, onClose, children }: { heading: string; onClose: () => void; children: ReactNode }) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="usa-modal usa-modal--lg series-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="usa-modal__content">
        <div className="usa-modal__main">
          <h2 className="usa-modal__heading" id={headingId}>
            {heading}
          </h2>
          {children}
        </div>
        <Button type="button" unstyled className="usa-modal__close" onClick={onClose} aria-label={intl.formatMessage(common.close)}>
          <Icon.Close aria-hidden focusable={false} size={3} />
        </Button>
      </div>
    </dialog>
  );
}
