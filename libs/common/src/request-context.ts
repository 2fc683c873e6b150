import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContextStore {
  requestId: string;
}

/** Carries the request id from the HTTP edge to the audit log and error logs. */
export const RequestContext = {
  storage: new AsyncLocalStorage<RequestContextStore>(),
  run<T>(requestId: string, work: () => T): T {
    return this.storage.run({ requestId }, work);
  },
  requestId(): string | undefined {
    return this.storage.getStore()?.requestId;
  },
};
