import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Placeholder and tag names of an ICU message (`{name}`, `{n, plural, …}`, `<link>…</link>`),
 * nested ones too, sorted: a translation must use exactly the English message's. Throws when
 * the message does not parse. `ignoreTag` reads `<` as text (error messages have no tags).
 */
export function messagePlaceholders(text: string, locale: string, options: { ignoreTag?: boolean } = {}): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      const e = element as { type: number; value?: string; options?: Record<string, { value: typeof elements }>; children?: typeof elements };
      if (e.type !== 0 && e.type !== 7 && typeof e.value === 'string') names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
      if (e.children) walk(e.children);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, options).getAst());
  return [...names].sort();
}
