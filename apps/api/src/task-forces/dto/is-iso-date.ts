import { validationMessage } from '@app/common';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isIsoDate } from '@app/task-forces';

/** A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: buildMessage(() => validationMessage('must be a date written YYYY-MM-DD'), options),
      },
    },
    options,
  );
}
