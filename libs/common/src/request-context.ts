import { AsyncLocalStorage } from 'node:async_hooks';
import type { LanguageCode } from './i18n/languages';

interface RequestContextStore {
  requestId: string;
  /** The language the caller reads (its Accept-Language), for error messages; null for English. */
  language: LanguageCode | null;
}

/** Carries the request id (logs, audit) and the caller's language (error messages) from the HTTP edge. */
export const RequestContext = {
  storage: new AsyncLocalStorage<RequestContextStore>(),
  run<T>(requestId: string, work: () => T, language: LanguageCode | null = null): T {
    return this.storage.run({ requestId, language }, work);
  },
  requestId(): string | undefined {
    return this.storage.getStore()?.requestId;
  },
  language(): LanguageCode | null {
    return this.storage.getStore()?.language ?? null;
  },
};
