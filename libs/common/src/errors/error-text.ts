import { IntlMessageFormat } from 'intl-messageformat';

/** A placeholder's value: a name, a number, or another error text (translated with the rest). */
export type ErrorTextValue = string | number | ErrorText;
export type ErrorTextValues = Readonly<Record<string, ErrorTextValue>>;

/**
 * An error message as the edge will translate it: an English ICU MessageFormat template, which
 * is also its key in the error catalogs, and the values for its placeholders. Write the template
 * as a string literal in the `errorText(...)` call: the catalogs are checked against the source.
 */
export interface ErrorText {
  readonly template: string;
  readonly values: ErrorTextValues;
}

export function errorText(template: string, values: ErrorTextValues = {}): ErrorText {
  return { template, values };
}

/** A text shown as it is (a message from elsewhere, e.g. a CSV parser's). */
export function verbatimText(text: string): ErrorText {
  return errorText('{text}', { text });
}

/** A class-validator decorator's own `message`, marked so the error catalogs find it; it is its own template. */
export function validationMessage(template: string): string {
  return template;
}

export function isErrorText(value: unknown): value is ErrorText {
  return !!value && typeof value === 'object' && typeof (value as ErrorText).template === 'string' && typeof (value as ErrorText).values === 'object';
}

/** Finds a template's translation; undefined keeps the English template. */
export type TemplateLookup = (template: string) => string | undefined;

const compiled = new Map<string, IntlMessageFormat>();

function formatter(template: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${template}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    if (compiled.size > 5000) compiled.clear();
    compiled.set(key, format);
  }
  return format;
}

/** Formats a text, and the texts among its values, in English or through a catalog's lookup. */
export function renderErrorText(text: ErrorText, lookup: TemplateLookup = () => undefined, locale = 'en-US'): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values)) values[name] = isErrorText(value) ? renderErrorText(value, lookup, locale) : value;
  const translated = lookup(text.template);
  if (translated !== undefined) {
    try {
      return String(formatter(translated, locale).format(values));
    } catch {
      // A broken translation must not hide the message: fall back to the English.
    }
  }
  return String(formatter(text.template, 'en-US').format(values));
}
