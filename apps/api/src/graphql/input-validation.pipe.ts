import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorKind } from '@app/common';

interface FieldProblem {
  field: string;
  message: string;
}

/** class-validator failures as one BAD_USER_INPUT error naming each field by its input path. */
export class InputValidationError extends DomainError {
  constructor(problems: FieldProblem[]) {
    super(ErrorKind.BAD_USER_INPUT, 'VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      field: problems[0]?.field,
      fields: problems,
    });
  }
}

class RawValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every DTO argument; the argument's name (e.g. `input`) starts each field path. */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => new RawValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RawValidationFailure) throw new InputValidationError(flatten(error.errors, metadata.data ?? ''));
      throw error;
    }
  }
}
