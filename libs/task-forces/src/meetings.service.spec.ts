import { ForumStatus, type Forum } from '@app/forums';
import { meetingAwaitingReport, meetingHeld, meetingUpcoming } from './meetings.service';

const NOW = new Date('2026-05-10T12:00:00Z');
const meeting = (status: ForumStatus, startsAt: string, endsAt: string) => ({ status, startsAt: new Date(startsAt), endsAt: new Date(endsAt) }) as Forum;

describe('meeting states for attendance', () => {
  it('a meeting is held only once its forum is completed (the completion report says who came), even before its planned end', () => {
    expect(meetingHeld(meeting(ForumStatus.COMPLETED, '2026-05-10T11:00:00Z', '2026-05-10T13:00:00Z'))).toBe(true);
    expect(meetingHeld(meeting(ForumStatus.PUBLISHED, '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'))).toBe(false);
    expect(meetingHeld(meeting(ForumStatus.CANCELLED, '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'))).toBe(false);
  });

  it('an ended published meeting without a report awaits one; cancelled, completed and running meetings do not', () => {
    expect(meetingAwaitingReport(meeting(ForumStatus.PUBLISHED, '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'), NOW)).toBe(true);
    expect(meetingAwaitingReport(meeting(ForumStatus.PUBLISHED, '2026-05-10T11:00:00Z', '2026-05-10T13:00:00Z'), NOW)).toBe(false);
    expect(meetingAwaitingReport(meeting(ForumStatus.CANCELLED, '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'), NOW)).toBe(false);
    expect(meetingAwaitingReport(meeting(ForumStatus.COMPLETED, '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'), NOW)).toBe(false);
  });

  it('an upcoming meeting has not started and is neither cancelled nor completed', () => {
    expect(meetingUpcoming(meeting(ForumStatus.PUBLISHED, '2026-05-20T10:00:00Z', '2026-05-20T11:00:00Z'), NOW)).toBe(true);
    expect(meetingUpcoming(meeting(ForumStatus.DRAFT, '2026-05-20T10:00:00Z', '2026-05-20T11:00:00Z'), NOW)).toBe(true);
    expect(meetingUpcoming(meeting(ForumStatus.CANCELLED, '2026-05-20T10:00:00Z', '2026-05-20T11:00:00Z'), NOW)).toBe(false);
    expect(meetingUpcoming(meeting(ForumStatus.PUBLISHED, '2026-05-10T11:00:00Z', '2026-05-10T13:00:00Z'), NOW)).toBe(false);
  });
});
