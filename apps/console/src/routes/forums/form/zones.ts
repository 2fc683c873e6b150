/**
 * Time zones for the form, from the browser's own IANA data (Intl): no zone table in the bundle.
 * The API converts the wall-clock times typed here into UTC instants in the chosen zone.
 */

export function knownZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [];
}

/** Whether the browser recognises the zone (a link name such as US/Central counts). */
export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock string such as 2027-03-14T18:00, read as a date near that moment (for offsets, not for saving). */
export function roughInstant(local: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) ? new Date(`${local.slice(0, 16)}:00Z`) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}

function zonePart(zone: string, at: Date, style: 'longOffset' | 'long', locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/** The zone's offset from UTC at that moment, e.g. −05:00 (digits and signs only). */
export function zoneOffset(zone: string, at: Date): string {
  const offset = zonePart(zone, at, 'longOffset', 'en-US').replace(/^GMT/, '');
  return (offset || '+00:00').replace('-', '−');
}

/** The zone's name in the reader's language at that moment, e.g. Central Daylight Time. */
export function zoneName(zone: string, at: Date, locale: string): string {
  return zonePart(zone, at, 'long', locale);
}

/** Zones offered before "Show every time zone": North America's and a few others agencies use. */
export const COMMON_ZONES = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
  'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Halifax', 'America/St_Johns', 'America/Toronto', 'America/Winnipeg',
  'America/Edmonton', 'America/Vancouver', 'Europe/London', 'Europe/Dublin', 'Australia/Sydney', 'Pacific/Auckland', 'UTC',
];
