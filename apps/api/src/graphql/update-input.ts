import { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/graphql';
import { ValidateIf } from 'class-validator';

/**
 * An update input: every field of `base` may be left out (kept as it is), but a field `base`
 * requires may not be sent as null, which would clear what cannot be empty (a task force's
 * name, a contact's email): null is checked by the base's own rules and refused naming the
 * field. Fields `base` marks optional stay clearable with null.
 */
export function UpdateInputOf<T>(base: Type<T>): Type<Partial<T>> {
  return PartialType(base, { skipNullProperties: false });
}

/**
 * For an optional field that has no "empty" value (a list, a yes/no): it may be left out,
 * but null is refused by the field's other rules instead of reaching the service.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
