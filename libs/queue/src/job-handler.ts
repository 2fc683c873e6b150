import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { discoverMethods } from '@app/common';
import { JOB_NAMES, JobMap, JobName } from './job-map';

const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a processor method as the handler of one job name. */
export const HandlesJob = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);

type Handler = (payload: unknown, job: Job, token?: string) => Promise<unknown>;

/**
 * Finds every `@HandlesJob` method and refuses to let the worker start when a job
 * name has no handler, or more than one, or a handler names an unknown job.
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found = new Map<string, Handler[]>();
    for (const { meta: name, handler } of discoverMethods<string>(this.discovery, this.scanner, JOB_HANDLER)) {
      found.set(name, [...(found.get(name) ?? []), handler as unknown as Handler]);
    }
    const problems = [
      ...JOB_NAMES.filter((n) => !found.has(n)).map((n) => `job "${n}" has no handler`),
      ...[...found].filter(([, hs]) => hs.length > 1).map(([n, hs]) => `job "${n}" has ${hs.length} handlers`),
      ...[...found.keys()].filter((n) => !JOB_NAMES.includes(n as JobName)).map((n) => `handler for unknown job "${n}"`),
    ];
    if (problems.length > 0) throw new Error(`Worker refuses to start: ${problems.join('; ')}`);
    for (const [name, [handler]] of found) this.handlers.set(name, handler);
  }

  /** `token` is the worker's lock token, for handlers that move their job back to delayed. */
  async dispatch(job: Job, token?: string): Promise<unknown> {
    // A hash a stray write recreated after a flush: retrying cannot help; the sweep that owns the work replaces it.
    if (!job.name) throw new UnrecoverableError(`Job ${job.id} has no name (a partial hash left in Redis); not retried, its sweep replaces it`);
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    return handler(job.data as JobMap[JobName], job, token);
  }
}
