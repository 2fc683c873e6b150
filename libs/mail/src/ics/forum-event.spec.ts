import { ForumEventSource, forumEventText, forumLocationText } from './forum-event';
import { forumCalendarUid } from './forum-uid';

const forum: ForumEventSource = {
  title: 'Eastbrook listening session',
  description: 'Tell us what matters on your street.',
  status: 'PUBLISHED',
  format: 'IN_PERSON',
  onlineUrl: null,
  agenda: [],
  languages: ['en'],
  interpretationLanguages: [],
  signLanguage: false,
  accessibilityNotes: null,
  cancelReason: null,
  venue: { name: 'Eastbrook Rec Center', address: '4 Oak Ave', accessibilityFeatures: [] },
};

describe('forum events', () => {
  it('gives a forum one UID built from its id and the mail domain (the same in feeds, downloads and invitations)', () => {
    expect(forumCalendarUid('6f1c', 'riverside.example')).toBe('forum-6f1c@riverside.example');
  });

  it('locates an in-person forum at its venue, an online one "Online", a hybrid one at the venue and online', () => {
    expect(forumLocationText(forum)).toBe('Eastbrook Rec Center, 4 Oak Ave');
    expect(forumLocationText({ format: 'ONLINE', venue: null })).toBe('Online');
    expect(forumLocationText({ ...forum, format: 'HYBRID' })).toBe('Eastbrook Rec Center, 4 Oak Ave (also online)');
  });

  it('names languages in words and says when interpretation and sign language are offered', () => {
    const { description } = forumEventText({ ...forum, languages: ['en', 'es'], interpretationLanguages: ['so'], signLanguage: true });
    expect(description).toContain('Languages: Held in English, Spanish; interpretation into Somali; sign language interpretation');
  });

  it('leaves out accessibility when there is nothing to say, and lists venue features with the forum’s notes otherwise', () => {
    expect(forumEventText(forum).description).not.toContain('Accessibility');
    const described = forumEventText({ ...forum, accessibilityNotes: 'Quiet room available', venue: { ...forum.venue!, accessibilityFeatures: ['STEP_FREE_ACCESS', 'TRANSIT_NEARBY'] } });
    expect(described.description).toContain('Accessibility: Step-free access; Public transit nearby; Quiet room available');
  });

  it('writes the online link for online forums only', () => {
    expect(forumEventText({ ...forum, onlineUrl: 'https://meet.example/a' }).description).not.toContain('meet.example');
    expect(forumEventText({ ...forum, format: 'ONLINE', venue: null, onlineUrl: 'https://meet.example/a' }).description).toContain('Join online: https://meet.example/a');
  });

  it('says a cancelled forum is cancelled in its summary and why in its description', () => {
    const text = forumEventText({ ...forum, status: 'CANCELLED', cancelReason: 'The hall is closed for repairs.' });
    expect(text.summary).toBe('Cancelled: Eastbrook listening session');
    expect(text.description.startsWith('This forum has been cancelled. The hall is closed for repairs.')).toBe(true);
  });
});
