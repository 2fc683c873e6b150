import { MeetingRow } from '@app/task-forces';
import { TaskForceMeetingModel } from './task-force.model';

export function toMeetingModel({ forum, organisationIds }: MeetingRow): TaskForceMeetingModel {
  return { forumId: forum.id, title: forum.title, startsAt: forum.startsAt, endsAt: forum.endsAt, status: forum.status, organisationIds };
}
