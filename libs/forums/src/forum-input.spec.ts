import { DomainError } from '@app/common';
import { ForumFormat } from './forum.enums';
import { assertForumShape, normaliseTags, parseForumTimes } from './forum-input';

const END = new Date('2027-05-01T20:00:00Z');
const base = {
  title: 'Town hall',
  format: ForumFormat.IN_PERSON,
  venueId: 'venue-1',
  onlineUrl: null,
  capacityOverride: null,
  rsvpDeadline: null,
  endsAt: END,
  agenda: [],
  neighbourhood: null,
};

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.details.field;
    throw error;
  }
  return undefined;
}

describe('forum input rules', () => {
  it('accepts a complete in-person, online or hybrid forum', () => {
    expect(fieldOf(() => assertForumShape(base, []))).toBeUndefined();
    expect(fieldOf(() => assertForumShape({ ...base, format: ForumFormat.ONLINE, venueId: null, onlineUrl: 'https://meet.example/a' }, []))).toBeUndefined();
    expect(fieldOf(() => assertForumShape({ ...base, format: ForumFormat.HYBRID, onlineUrl: 'https://meet.example/a' }, []))).toBeUndefined();
  });

  it('names the field of each broken rule', () => {
    expect(fieldOf(() => assertForumShape({ ...base, venueId: null }, []))).toBe('input.venueId');
    expect(fieldOf(() => assertForumShape({ ...base, format: ForumFormat.HYBRID }, []))).toBe('input.onlineUrl');
    expect(fieldOf(() => assertForumShape({ ...base, capacityOverride: -1 }, []))).toBe('input.capacityOverride');
    expect(fieldOf(() => assertForumShape({ ...base, rsvpDeadline: new Date(END.getTime() + 1) }, []))).toBe('input.rsvpDeadline');
    expect(fieldOf(() => assertForumShape({ ...base, neighbourhood: 'Atlantis' }, ['Old Town']))).toBe('input.neighbourhood');
    expect(fieldOf(() => assertForumShape({ ...base, agenda: [{ title: 'Ok' }, { title: 'Long', durationMinutes: 0 }] }, []))).toBe('input.agenda.1.durationMinutes');
    expect(fieldOf(() => assertForumShape({ ...base, title: '  ' }, [], 'occurrence'))).toBe('occurrence.title');
  });

  it('refuses an end at or before the start, naming input.end', () => {
    expect(fieldOf(() => parseForumTimes({ start: '2027-05-01T18:00', end: '2027-05-01T18:00', timeZone: 'America/Chicago' }))).toBe('input.end');
  });

  it('normalises tags to trimmed lower case, once each', () => {
    expect(normaliseTags([' Mental  Health', 'mental health', '', 'Hate Crime'])).toEqual(['mental health', 'hate crime']);
  });
});
