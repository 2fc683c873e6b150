import { InputError, errorText } from '@app/common';
import { Checked } from './partner-fields';

/** Unwraps a field check or throws an input error naming the field path (e.g. `input.email`). */
export function must<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw new InputError(field, errorText('{field} {message}', { field: field.split('.').pop() ?? field, message: checked.message }));
  return checked.value;
}
