export { createFullTaskForce } from './task-force.factory';
export type { FullTaskForce } from './task-force.factory';
