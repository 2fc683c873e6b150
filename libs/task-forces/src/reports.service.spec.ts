import { ActionItem } from './action-item.entities';
import { ActionItemStatus } from './task-force.enums';
import { isOverdue, summariseItems } from './reports.service';

const item = (dueOn: string, status: ActionItemStatus, completedAt: string | null = null) =>
  ({ dueOn, status, completedAt: completedAt ? new Date(completedAt) : null }) as ActionItem;

describe('action item summary', () => {
  it('counts done on time by the completion day in the agency’s time zone, not in UTC', () => {
    // 03:00 UTC on 2 March is still 1 March in Chicago: on time for a 1 March due date.
    const summary = summariseItems([item('2026-03-01', ActionItemStatus.DONE, '2026-03-02T03:00:00Z')], '2026-04-01', 'America/Chicago');
    expect(summary).toMatchObject({ done: 1, doneOnTime: 1, doneLate: 0 });
    const inUtc = summariseItems([item('2026-03-01', ActionItemStatus.DONE, '2026-03-02T03:00:00Z')], '2026-04-01', 'UTC');
    expect(inUtc).toMatchObject({ doneOnTime: 0, doneLate: 1 });
  });

  it('an item is overdue after its due day until it is done; blocked items count as overdue too', () => {
    expect(isOverdue(item('2026-03-01', ActionItemStatus.OPEN), '2026-03-01')).toBe(false);
    expect(isOverdue(item('2026-03-01', ActionItemStatus.BLOCKED), '2026-03-02')).toBe(true);
    expect(isOverdue(item('2026-03-01', ActionItemStatus.DONE, '2026-03-05T12:00:00Z'), '2026-03-09')).toBe(false);
    expect(summariseItems([item('2026-03-01', ActionItemStatus.OPEN), item('2026-03-01', ActionItemStatus.IN_PROGRESS), item('2026-05-01', ActionItemStatus.BLOCKED)], '2026-04-01', 'UTC')).toEqual({
      total: 3,
      open: 1,
      inProgress: 1,
      blocked: 1,
      done: 0,
      doneOnTime: 0,
      doneLate: 0,
      overdue: 2,
    });
  });
});
