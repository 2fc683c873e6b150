import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorKind, refuseNulCharacters } from '@app/common';

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

/**
 * Deletes fields that are present but undefined, in place, through nested inputs and lists.
 * Input classes declare their fields as class fields, so every instance class-transformer
 * builds has each one, undefined when the caller left it out; spread or assigned onto an
 * entity, those would blank the entity's values. After this an input holds what was sent.
 */
function dropAbsentFields(value: unknown): unknown {
  if (Array.isArray(value)) value.forEach(dropAbsentFields);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) delete (value as Record<string, unknown>)[key];
      else dropAbsentFields(field);
    }
  }
  return value;
}

/** What the caller sent: GraphQL arguments (Nest reports them as `body`) and HTTP body, query and route params; not `@Context()` and other custom parameters. */
const CALLER_INPUT = new Set<string>(['body', 'query', 'param']);

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
    const fromCaller = CALLER_INPUT.has(metadata.type);
    // Every text argument of every resolver and route passes here (the survey form's POST, served
    // ahead of the router, calls refuseNulCharacters itself), so U+0000 never reaches PostgreSQL.
    if (fromCaller) refuseNulCharacters(value, metadata.data ?? '');
    try {
      const result = await super.transform(value, metadata);
      return fromCaller ? dropAbsentFields(result) : result;
    } catch (error) {
      if (error instanceof RawValidationFailure) throw new InputValidationError(flatten(error.errors, metadata.data ?? ''));
      throw error;
    }
  }
}
