import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page cursor live in the URL, so a view can be bookmarked and shared.
 * Changing a filter returns to the first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>, [params, keys]);
  const after = params.get('after') ?? undefined;
  const setFilters = useCallback(
    (next: Partial<Record<K, string>>) => {
      const updated = new URLSearchParams(params);
      for (const [key, value] of Object.entries(next) as [K, string | undefined][]) {
        if (value) updated.set(key, value);
        else updated.delete(key);
      }
      updated.delete('after');
      setParams(updated);
    },
    [params, setParams],
  );
  const setAfter = useCallback(
    (cursor: string | null) => {
      const updated = new URLSearchParams(params);
      if (cursor) updated.set('after', cursor);
      else updated.delete('after');
      setParams(updated);
    },
    [params, setParams],
  );
  return { filters, setFilters, after, setAfter };
}
