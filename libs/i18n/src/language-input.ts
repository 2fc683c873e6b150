import { InputError, LANGUAGE_CODES, isLanguageCode, errorText } from '@app/common';
import type { LanguageCode } from '@app/common';

/**
 * A language code given as input where it must be one Liaison ships (enabled languages, content
 * languages): exact codes only, and a clear error naming the code and the field otherwise.
 */
export function requireLanguageCode(value: string, field: string): LanguageCode {
  const code = value.trim();
  if (isLanguageCode(code)) return code;
  throw new InputError(field, errorText('"{code}" is not a language Liaison ships; use one of {codes}', { code, codes: LANGUAGE_CODES.join(', ') }), 'UNKNOWN_LANGUAGE');
}
