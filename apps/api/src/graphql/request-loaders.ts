import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. Field resolvers ask for a loader
 * with `loaders.get('forum.hosts', () => new DataLoader(...))`; every field in the
 * same request shares it, so a page of 50 costs as many queries as a page of 5.
 * A new registry is made for each request, so nothing is cached across callers.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by a key in the order DataLoader asked for them (missing keys get []). */
export function groupInOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** One row per key in DataLoader's order (missing keys get null). */
export function oneInOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}
