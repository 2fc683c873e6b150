import { errorText } from '../errors/error-text';
import { InputError } from '../errors/domain-error';

/** PostgreSQL text and jsonb cannot hold U+0000: a value carrying one fails at the database. */
export function hasNulCharacter(text: string): boolean {
  return text.includes('\u0000');
}

/** `text` without U+0000: for text from outside that is kept as it came (a received email), not refused. */
export function withoutNulCharacters(text: string): string {
  return text.replaceAll('\u0000', '');
}

/**
 * The path (`input.agenda.0.title`, like validation errors) of the first string, or object
 * key, in `value` that holds U+0000; null if none does.
 */
export function findNulCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return hasNulCharacter(value) ? path : null;
  if (!value || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (hasNulCharacter(key)) return at;
    const found = findNulCharacter(item, at);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses caller input holding U+0000 as bad input naming the field, before it reaches a query. */
export function refuseNulCharacters(value: unknown, path: string): void {
  const field = findNulCharacter(value, path);
  if (field !== null) throw new InputError(field || 'input', errorText('must not contain the NUL character (U+0000)'), 'NUL_CHARACTER');
}
