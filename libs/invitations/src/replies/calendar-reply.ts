import type { RsvpAnswer } from './reply-interpreter';

const PARTSTAT: Record<string, RsvpAnswer> = { ACCEPTED: 'ATTENDING', TENTATIVE: 'MAYBE', DECLINED: 'DECLINED' };

/** A reply's calendar part is a few hundred bytes; anything much larger is not one we read. */
const MAX_LENGTH = 64 * 1024;

/** RFC 5545 content lines: a line starting with a space or tab continues the one before. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

/** A content line's name and its parameters (upper-cased names; quoted values unquoted). */
function parseLine(line: string): { name: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const nameEnd = line.search(/[;:]/);
  const name = (nameEnd < 0 ? line : line.slice(0, nameEnd)).trim().toUpperCase();
  let i = nameEnd < 0 ? line.length : nameEnd;
  while (i < line.length && line[i] === ';') {
    const eq = line.indexOf('=', i + 1);
    if (eq < 0) break;
    const key = line.slice(i + 1, eq).trim().toUpperCase();
    let value: string;
    if (line[eq + 1] === '"') {
      const close = line.indexOf('"', eq + 2);
      if (close < 0) break;
      value = line.slice(eq + 2, close);
      i = close + 1;
      // Further values of the same parameter (a,b) are not ours to read.
      while (i < line.length && line[i] !== ';' && line[i] !== ':') i++;
    } else {
      let end = eq + 1;
      while (end < line.length && line[end] !== ';' && line[end] !== ':') end++;
      value = line.slice(eq + 1, end);
      i = end;
    }
    params.set(key, value.trim());
  }
  return { name, params };
}

/**
 * The attendee's PARTSTAT in an iTIP METHOD:REPLY (what a calendar's Accept button sends),
 * read line by line: only METHOD and the ATTENDEE lines of VEVENTs matter. Written here,
 * not with a general iCalendar parser: one (node-ical) merged an event with UID:__proto__
 * into Object.prototype, so a single crafted reply broke every query the worker ran. Parts
 * over 64 KB, several differing answers or none are no answer.
 */
export function answerFromCalendar(ics: string): RsvpAnswer | null {
  if (ics.length > MAX_LENGTH) return null;
  const answers = new Set<RsvpAnswer>();
  let isReply = false;
  const depth: string[] = [];
  for (const line of contentLines(ics)) {
    const { name, params } = parseLine(line);
    const value = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
    if (name === 'BEGIN') depth.push(value);
    else if (name === 'END' && depth[depth.length - 1] === value) depth.pop();
    else if (name === 'METHOD' && depth.length === 1 && depth[0] === 'VCALENDAR') isReply = value === 'REPLY';
    else if (name === 'ATTENDEE' && depth[depth.length - 1] === 'VEVENT') {
      const answer = PARTSTAT[(params.get('PARTSTAT') ?? '').toUpperCase()];
      if (answer) answers.add(answer);
    }
  }
  return isReply && answers.size === 1 ? [...answers][0] : null;
}
