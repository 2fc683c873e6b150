import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { UnrecoverableError } from 'bullmq';
import { HandlesJob, JobHandlerRegistry } from './job-handler';
import { JOB_NAMES } from './job-map';

function registryWith(...instances: object[]): JobHandlerRegistry {
  const discovery = { getProviders: () => instances.map((instance) => ({ instance })) } as unknown as DiscoveryService;
  return new JobHandlerRegistry(discovery, new MetadataScanner());
}

class AllJobs {
  calls: string[] = [];
}
for (const name of JOB_NAMES) {
  const method = `handle_${name.replace(/\W/g, '_')}`;
  Object.defineProperty(AllJobs.prototype, method, {
    value: async function (this: AllJobs) {
      this.calls.push(name);
    },
    writable: true,
  });
  HandlesJob(name)(AllJobs.prototype, method, Object.getOwnPropertyDescriptor(AllJobs.prototype, method)!);
}

class SecondMailSender {
  @HandlesJob('mail.send')
  async send() {}
}

describe('JobHandlerRegistry', () => {
  it('starts when every job has exactly one handler, and dispatches by job name', async () => {
    const handlers = new AllJobs();
    const registry = registryWith(handlers);
    registry.onModuleInit();
    await registry.dispatch({ name: 'mail.send', data: { emailId: 'x' } } as never);
    expect(handlers.calls).toEqual(['mail.send']);
  });

  it('fails a nameless job (a partial hash left after a flush) without retries, naming the cause', async () => {
    const registry = registryWith(new AllJobs());
    registry.onModuleInit();
    const failure = registry.dispatch({ id: 'x', name: undefined, data: {} } as never);
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(failure).rejects.toThrow(/Job x has no name \(a partial hash left in Redis\)/);
  });

  it('refuses to start when a job has no handler', () => {
    expect(() => registryWith({}).onModuleInit()).toThrow(/job "mail.send" has no handler/);
  });

  it('refuses to start when a job has two handlers', () => {
    expect(() => registryWith(new AllJobs(), new SecondMailSender()).onModuleInit()).toThrow(/job "mail.send" has 2 handlers/);
  });
});
