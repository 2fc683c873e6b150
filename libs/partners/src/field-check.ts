import { InputError } from '@app/common';
import { Checked } from './partner-fields';

/** Unwraps a field check or throws an input error naming the field path (e.g. `input.email`). */
export function must<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw new InputError(field, `${field.split('.').pop()} ${checked.message}`);
  return checked.value;
}
