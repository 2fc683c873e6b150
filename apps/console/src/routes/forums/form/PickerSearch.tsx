import { Label } from '@trussworks/react-uswds';
import type { Ref } from 'react';

/**
 * The search box above a picker's choices: live (Enter does not submit the form), described by
 * its hint, the announced count of matches and the picker's error.
 */
export function PickerSearch({
  id,
  label,
  hint,
  status,
  value,
  onChange,
  controls,
  errorId,
  inputRef,
}: {
  id: string;
  label: string;
  hint: string;
  status: string;
  value: string;
  onChange: (value: string) => void;
  controls: string;
  errorId?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <Label htmlFor={id}>{label}</Label>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        ref={inputRef}
        className="usa-input"
        id={id}
        type="search"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Searching is live; Enter here must not submit the whole form.
          if (e.key === 'Enter') e.preventDefault();
        }}
        aria-controls={controls}
        aria-describedby={[`${id}-hint`, `${id}-status`, errorId ?? ''].filter(Boolean).join(' ')}
      />
      <p role="status" id={`${id}-status`} className="margin-y-1 text-base-dark">
        {status}
      </p>
    </>
  );
}
