import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and, beside it, the error that names it. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: (props: FieldControlProps) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} id={`${id}-label`} error={Boolean(error)}>
        {label}
      </Label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
    </FormGroup>
  );
}

/** A group of radios or checkboxes with its legend and the error that names it. */
export function ChoiceGroup({ id, legend, error, children }: { id: string; legend: string; error?: string; children: ReactNode }) {
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset className="usa-fieldset" id={id} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="usa-legend">{legend}</legend>
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </FormGroup>
  );
}
