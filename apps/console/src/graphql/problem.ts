import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What went wrong, for the screen: a general message and messages by field name. */
export interface Problem {
  code: string;
  message: string;
  /** Keyed by the input field's path without the argument name: `title`, `agenda.0.minutes`. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

function fieldName(path: string): string {
  return path.replace(/^(input|filter|data)\./, '');
}

/**
 * Reads an Apollo error into a Problem. BAD_USER_INPUT carries `field` (and `fields` for
 * several); CONFLICT carries what it conflicts with in its extensions.
 */
export function describeProblem(error: unknown): Problem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const ext = (e.extensions ?? {}) as { field?: string; fields?: { field: string; message: string }[] };
      if (ext.fields?.length) for (const f of ext.fields) fields[fieldName(f.field)] ??= f.message;
      else if (ext.field) fields[fieldName(ext.field)] ??= e.message;
    }
    return { code: String(extensions.code ?? 'UNKNOWN'), message: first?.message ?? '', fields, extensions };
  }
  if (ServerError.is(error)) return { code: 'UNAVAILABLE', message: error.message, fields: {}, extensions: { status: error.statusCode } };
  return { code: 'UNAVAILABLE', message: error instanceof Error ? error.message : String(error), fields: {}, extensions: {} };
}
