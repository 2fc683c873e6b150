import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, DomainErrorDetails, ErrorKind, ErrorText, errorText, refuseNulCharacters, renderErrorText, verbatimText } from '@app/common';
import { validationText } from './validation-messages';

interface FieldProblem {
  field: string;
  text: ErrorText;
}

function summary(problems: FieldProblem[], translate: (text: ErrorText) => string): { message: string; fields: { field: string; message: string }[] } {
  const fields = problems.map((p) => ({ field: p.field, message: translate(p.text) }));
  return { message: fields.map((p) => `${p.field}: ${p.message}`).join('; '), fields };
}

/** class-validator failures as one BAD_USER_INPUT error naming each field by its input path. */
export class InputValidationError extends DomainError {
  constructor(private readonly problems: FieldProblem[]) {
    const english = summary(problems, (text) => renderErrorText(text));
    super(ErrorKind.BAD_USER_INPUT, 'VALIDATION_FAILED', verbatimText(english.message), { field: problems[0]?.field, fields: english.fields });
  }

  override localised(translate: (text: ErrorText) => string): { message: string; details: DomainErrorDetails } {
    const own = summary(this.problems, translate);
    return { message: own.message, details: { ...this.details, fields: own.fields } };
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
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, text: validationText(message) }));
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

/** Instants PostgreSQL's timestamptz and Liaison's pages all handle: the years 1000 to 9999. */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);

/**
 * Refuses a date-time outside the years 1000 to 9999 anywhere in an input, naming its path:
 * GraphQL's DateTime takes any instant JavaScript can hold, but PostgreSQL refuses one before
 * 4713 BC (and a forum in year 10 is a typing error), which would be an internal error.
 */
function refuseOutlandishDates(value: unknown, path: string): void {
  if (value instanceof Date) {
    const time = value.getTime();
    if (time < EARLIEST || time >= LATEST) throw new InputValidationError([{ field: path, text: errorText('must be a date between the years 1000 and 9999') }]);
  } else if (Array.isArray(value)) value.forEach((item, i) => refuseOutlandishDates(item, `${path}.${i}`));
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) refuseOutlandishDates(field, path ? `${path}.${key}` : key);
  }
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
      if (fromCaller) refuseOutlandishDates(result, metadata.data ?? '');
      return fromCaller ? dropAbsentFields(result) : result;
    } catch (error) {
      if (error instanceof RawValidationFailure) throw new InputValidationError(flatten(error.errors, metadata.data ?? ''));
      throw error;
    }
  }
}
