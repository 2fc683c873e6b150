import { EntityManager } from 'typeorm';
import { NotFoundError } from '@app/common';
import { TaskForce } from './task-force.entity';
import { TaskForceStatus } from './task-force.enums';
import { TaskForceError } from './task-forces.errors';

/** The task force in the caller's agency (another agency's id is not found), optionally row-locked. */
export async function findTaskForce(manager: EntityManager, agencyId: string, id: string, lock = false): Promise<TaskForce> {
  const taskForce = await manager.findOne(TaskForce, {
    where: { id, agencyId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!taskForce) throw new NotFoundError('TaskForce', id);
  return taskForce;
}

/** Locks the task force and refuses changes to a closed one. */
export async function openTaskForce(manager: EntityManager, agencyId: string, id: string): Promise<TaskForce> {
  const taskForce = await findTaskForce(manager, agencyId, id, true);
  if (taskForce.status === TaskForceStatus.CLOSED) throw TaskForceError.closed();
  return taskForce;
}
