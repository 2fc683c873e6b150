import { DiscoveryService, MetadataScanner } from '@nestjs/core';

export interface DiscoveredMethod<M> {
  /** What the decorator stored on the method. */
  meta: M;
  /** `Class.method`, for messages. */
  name: string;
  /** The method bound to its provider instance. */
  handler: (...args: never[]) => Promise<unknown>;
}

/**
 * Every provider method carrying `metadataKey` (set with `SetMetadata`), bound to its
 * instance. The one discovery walk behind job handlers and event handlers.
 */
export function discoverMethods<M>(discovery: DiscoveryService, scanner: MetadataScanner, metadataKey: symbol | string): DiscoveredMethod<M>[] {
  const found: DiscoveredMethod<M>[] = [];
  const seen = new Set<object>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
    seen.add(instance);
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const meta = Reflect.getMetadata(metadataKey, prototype[method]) as M | undefined;
      if (meta === undefined) continue;
      found.push({ meta, name: `${prototype.constructor.name}.${method}`, handler: (prototype[method] as (...args: never[]) => Promise<unknown>).bind(instance) });
    }
  }
  return found;
}

/** Every provider instance whose class carries `metadataKey`, with what was stored. */
export function discoverProviders<M>(discovery: DiscoveryService, metadataKey: symbol | string): { meta: M; instance: object }[] {
  const found: { meta: M; instance: object }[] = [];
  const seen = new Set<object>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
    seen.add(instance);
    const meta = Reflect.getMetadata(metadataKey, instance.constructor) as M | undefined;
    if (meta !== undefined) found.push({ meta, instance });
  }
  return found;
}
