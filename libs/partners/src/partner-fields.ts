import { ErrorText, errorText } from '@app/common';
import { OrganisationStatus, OrganisationType } from './organisation.entity';

/**
 * Normalising and checking partner fields, shared by the GraphQL services and the CSV
 * import so a value means the same thing whichever way it arrives. Each check returns the
 * stored form or a message; callers attach the field path or the CSV column.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: ErrorText };

export const LIMITS = {
  name: 200,
  email: 254,
  phone: 50,
  website: 500,
  notes: 4000,
  roleTitle: 200,
  focusArea: 60,
  language: 35,
} as const;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(message: ErrorText): Checked<T> => ({ ok: false, message });

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const PHONE = /^\+?[0-9 ()\-./]{3,}(\s*(x|ext\.?)\s*[0-9]+)?$/i;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Emails are stored trimmed and lower-case; uniqueness per agency is on that form. */
export function normaliseContactEmail(raw: string): Checked<string> {
  const email = raw.trim().toLowerCase();
  if (!email) return fail(errorText('is required'));
  if (email.length > LIMITS.email) return fail(errorText('is longer than {max} characters', { max: LIMITS.email }));
  if (!EMAIL.test(email)) return fail(errorText('"{raw}" is not a valid email address', { raw: raw.trim() }));
  return ok(email);
}

export function requiredText(raw: string | null | undefined, max: number): Checked<string> {
  const value = (raw ?? '').trim();
  if (!value) return fail(errorText('is required'));
  if (value.length > max) return fail(errorText('is longer than {max} characters', { max }));
  return ok(value);
}

/** Empty means "none" (null). */
export function optionalText(raw: string | null | undefined, max: number): Checked<string | null> {
  const value = (raw ?? '').trim();
  if (!value) return ok(null);
  if (value.length > max) return fail(errorText('is longer than {max} characters', { max }));
  return ok(value);
}

export function optionalPhone(raw: string | null | undefined): Checked<string | null> {
  const text = optionalText(raw, LIMITS.phone);
  if (!text.ok || text.value === null) return text;
  if (!PHONE.test(text.value) || (text.value.match(/[0-9]/g) ?? []).length < 3) return fail(errorText('"{value}" is not a phone number', { value: text.value }));
  return text;
}

/** A bare domain gets https:// so links work; anything but http(s) is refused. */
export function optionalWebsite(raw: string | null | undefined): Checked<string | null> {
  const text = optionalText(raw, LIMITS.website);
  if (!text.ok || text.value === null) return text;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text.value) ? text.value : `https://${text.value}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) throw new Error('not a web address');
  } catch {
    return fail(errorText('"{value}" is not a website address', { value: text.value }));
  }
  return ok(candidate);
}

export function preferredLanguage(raw: string | null | undefined): Checked<string> {
  const value = (raw ?? '').trim();
  if (!value) return ok('en');
  if (value.length > LIMITS.language || !LANGUAGE.test(value)) return fail(errorText('"{value}" is not a language tag such as en or es', { value }));
  const [primary, ...rest] = value.split('-');
  return ok([primary.toLowerCase(), ...rest].join('-'));
}

export function organisationType(raw: string): Checked<OrganisationType> {
  const value = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!value) return fail(errorText('is required'));
  if (!(Object.values(OrganisationType) as string[]).includes(value)) {
    return fail(errorText('"{raw}" is not an organisation type (one of {types})', { raw: raw.trim(), types: Object.values(OrganisationType).join(', ') }));
  }
  return ok(value as OrganisationType);
}

export function organisationStatus(raw: string): Checked<OrganisationStatus> {
  const value = raw.trim().toUpperCase();
  if (!value) return ok(OrganisationStatus.ACTIVE);
  if (!(Object.values(OrganisationStatus) as string[]).includes(value)) return fail(errorText('"{raw}" is not ACTIVE or ARCHIVED', { raw: raw.trim() }));
  return ok(value as OrganisationStatus);
}

/** Focus areas are free tags: trimmed, lower-case, de-duplicated, in the given order. */
export function focusAreas(raw: string[]): Checked<string[]> {
  const tags: string[] = [];
  for (const item of raw) {
    const tag = item.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!tag) continue;
    if (tag.length > LIMITS.focusArea) return fail(errorText('"{tag}" is longer than {focusArea} characters', { tag, focusArea: LIMITS.focusArea }));
    if (!tags.includes(tag)) tags.push(tag);
  }
  return ok(tags);
}

/** Neighbourhoods must be the agency's own, matched case-insensitively and stored in its spelling. */
export function agencyNeighbourhoods(raw: string[], known: string[]): Checked<string[]> {
  const byKey = new Map(known.map((n) => [n.trim().toLowerCase(), n]));
  const result: string[] = [];
  for (const item of raw) {
    if (!item.trim()) continue;
    const match = byKey.get(item.trim().toLowerCase());
    if (!match) return fail(errorText('"{item}" is not one of the agency\'s neighbourhoods ({neighbourhoods})', { item: item.trim(), neighbourhoods: known.join(', ') || errorText('none defined') }));
    if (!result.includes(match)) result.push(match);
  }
  return ok(result);
}
