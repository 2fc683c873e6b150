/** The wall-clock fields of an instant in a zone. */
function wallClock(at: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const fields = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(at))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  return { y: fields.year, mo: fields.month, d: fields.day, h: fields.hour, mi: fields.minute };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local field in the agency's zone (`YYYY-MM-DDTHH:mm`); empty for none. */
export function toZonedInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const w = wallClock(new Date(iso).getTime(), timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** A datetime-local value read in the agency's zone, as an ISO instant; null when empty or unreadable. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const wanted = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let instant = wanted;
  // Two corrections settle the zone's offset, daylight-saving changes included.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(instant, timeZone);
    instant += wanted - Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
  }
  return new Date(instant).toISOString();
}
