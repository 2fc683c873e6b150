import * as nodeIcal from 'node-ical';

export type RsvpAnswer = 'ATTENDING' | 'MAYBE' | 'DECLINED';

/**
 * Phrases a first line may be, in English and Spanish. Anything else is left for an
 * officer to read: a wrong guess ("No problem, see you there" as a decline) is worse
 * than no guess.
 */
const PHRASES: Record<RsvpAnswer, string[]> = {
  ATTENDING: [
    'yes', 'yes please', 'yes i will attend', 'yes we will attend', "yes i'll be there", "yes we'll be there", 'i will attend',
    'we will attend', "i'll be there", "we'll be there", 'attending', 'count me in', 'count us in', 'accept', 'accepted',
    'sí', 'si', 'sí asistiré', 'si asistire', 'asistiré', 'asistire', 'asistiremos', 'allí estaré', 'alli estare', 'ahí estaré',
    'ahi estare', 'confirmo', 'confirmo asistencia', 'cuenta conmigo', 'cuenten con nosotros',
  ],
  DECLINED: [
    'no', 'no thanks', 'no thank you', 'not attending', "i can't attend", 'i cannot attend', "we can't attend", 'we cannot attend',
    "can't make it", 'cannot make it', 'unable to attend', 'decline', 'declined', 'no puedo', 'no podré', 'no podre', 'no asistiré',
    'no asistire', 'no podremos', 'no podemos asistir', 'no puedo asistir', 'no podré asistir', 'no podre asistir',
  ],
  MAYBE: [
    'maybe', 'perhaps', 'possibly', 'tentative', 'tentatively', 'not sure yet', 'quizás', 'quizas', 'quizá', 'quiza', 'tal vez',
    'a lo mejor', 'posiblemente',
  ],
};

/** Words that may open a longer line ("Yes, two of us will come") when a separator follows. */
const LEADING: Record<string, RsvpAnswer> = {
  yes: 'ATTENDING', 'sí': 'ATTENDING', si: 'ATTENDING', no: 'DECLINED', maybe: 'MAYBE', 'tal vez': 'MAYBE', 'quizás': 'MAYBE', quizas: 'MAYBE',
};

const PARTSTAT: Record<string, RsvpAnswer> = { ACCEPTED: 'ATTENDING', TENTATIVE: 'MAYBE', DECLINED: 'DECLINED' };

function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^[\s¡¿"']+/, '')
    .replace(/[\s.!?,;:)"'¡¿]+$/, '')
    .replace(/\s+/g, ' ');
}

/** The answer on the reply's first written line, if it is a clear yes / no / maybe. */
export function answerFromText(body: string): RsvpAnswer | null {
  const first = body.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trim().startsWith('>'));
  if (!first) return null;
  const line = normalise(first);
  for (const [answer, phrases] of Object.entries(PHRASES) as [RsvpAnswer, string[]][]) if (phrases.includes(line)) return answer;
  for (const [word, answer] of Object.entries(LEADING)) {
    if (new RegExp(`^${word}\\s*[,.;:!-]\\s*\\S`).test(line)) return answer;
  }
  return null;
}

/** The attendee's PARTSTAT in an iTIP METHOD:REPLY (what a calendar's Accept button sends). */
export function answerFromCalendar(ics: string): RsvpAnswer | null {
  if (!/^METHOD:REPLY\s*$/im.test(ics)) return null;
  let parsed: nodeIcal.CalendarResponse;
  try {
    parsed = nodeIcal.sync.parseICS(ics);
  } catch {
    return null;
  }
  const answers = new Set<RsvpAnswer>();
  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT') continue;
    const attendees = [(component as nodeIcal.VEvent).attendee ?? []].flat() as unknown as { params?: { PARTSTAT?: string } }[];
    for (const attendee of attendees) {
      const answer = PARTSTAT[String(attendee?.params?.PARTSTAT ?? '').toUpperCase()];
      if (answer) answers.add(answer);
    }
  }
  return answers.size === 1 ? [...answers][0] : null;
}

/** The token in a reply address such as rsvp+3f9c…@replies.example (case-insensitive). */
export function rsvpTokenFrom(addresses: string[]): string | null {
  for (const address of addresses) {
    const match = /^rsvp\+([a-z0-9]{16,64})@/i.exec(address.trim());
    if (match) return match[1].toLowerCase();
  }
  return null;
}
