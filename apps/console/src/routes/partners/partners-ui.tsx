import { Button, ButtonGroup, ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import { type ReactElement, type ReactNode, cloneElement, useEffect, useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import { type IntlShape, useIntl } from 'react-intl';
import type { OrganisationStatus, OrganisationType } from '../../graphql/generated/graphql';
import { common } from '../../components/common.messages';
import { partnersMessages as m } from './partners.messages';
import './partners.css';

export const ORGANISATION_TYPES: OrganisationType[] = [
  'NGO',
  'SCHOOL',
  'UNIVERSITY',
  'MENTAL_HEALTH_AGENCY',
  'FAITH_GROUP',
  'BUSINESS_ASSOCIATION',
  'NEIGHBOURHOOD_ASSOCIATION',
  'GOVERNMENT_AGENCY',
  'VICTIM_SERVICES',
  'OTHER',
];

export function typeLabel(intl: IntlShape, type: OrganisationType): string {
  return intl.formatMessage(m[`type${type}`]);
}

export function statusLabel(intl: IntlShape, status: OrganisationStatus): string {
  return intl.formatMessage(m[`status${status}`]);
}

/** A language tag in plain words in the console's language ("es" → "Spanish"), the tag itself when unknown. */
export function languageName(intl: IntlShape, tag: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A labelled form field with its hint and the API's message beside it: the control gets
 * its id, aria-invalid and aria-describedby (hint and error), so a screen reader reads them.
 */
export function PartnersField({ label, hint, error, children, required }: { label: string; hint?: string; error?: string; children: ReactElement<Record<string, unknown>>; required?: boolean }) {
  const intl = useIntl();
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} requiredMarker={required}>
        {label}
        {required && <span className="usa-sr-only"> ({intl.formatMessage(common.required)})</span>}
      </Label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {cloneElement(children, { id, 'aria-invalid': Boolean(error), 'aria-describedby': described, validationStatus: error ? 'error' : undefined })}
    </FormGroup>
  );
}

/**
 * A modal confirmation on the native <dialog>: the browser keeps focus inside and closes it
 * on Escape; focus returns to what opened it (or to the page's heading if that is gone).
 */
export function PartnersConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  /**
   * Escape or Cancel: the state closes at once. (The `cancel` event comes with the key press, while
   * `close` comes a task later, after the browser has already given the focus back to the opener:
   * a quick Enter there must find the state closed, or "open" would be set to the value it still
   * has and the dialog would not open again.)
   */
  function handleCancel() {
    flushSync(onClose);
  }

  function handleClose() {
    // A `close` arriving after the dialog was opened again (Enter right after Escape) is stale.
    if (ref.current?.open) return;
    const back = opener.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    else document.querySelector<HTMLElement>('h1')?.focus();
    flushSync(onClose);
  }

  return (
    <dialog ref={ref} className="partners-dialog" aria-labelledby={titleId} onCancel={handleCancel} onClose={handleClose}>
      {open && (
        <form
          className="partners-dialog__body"
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm();
          }}
        >
          <h2 id={titleId} className="margin-top-0">
            {title}
          </h2>
          {children}
          <ButtonGroup className="margin-top-3">
            <Button type="submit" disabled={busy}>
              {busy ? intl.formatMessage(common.saving) : confirmLabel}
            </Button>
            <Button type="button" unstyled className="padding-105 text-center" onClick={handleCancel}>
              {intl.formatMessage(common.cancel)}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </dialog>
  );
}

/** Splits "youth safety, mental health" (commas or semicolons) into tags. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
