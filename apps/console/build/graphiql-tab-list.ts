import type { Plugin } from 'vite';

/**
 * GraphiQL 5 marks each operation tab's <li> as role="tab" and puts its buttons (select, close)
 * inside it: an interactive control nested in another, which screen readers announce badly
 * (axe: nested-interactive). In the bundled explorer the tab strip becomes what it is, a list of
 * buttons: no tablist/tab roles, the active item marked with aria-current.
 */
export function graphiqlTabList(): Plugin {
  return {
    name: 'liaison:graphiql-tab-list',
    enforce: 'pre',
    transform(code, id) {
      if (!/@graphiql[\\/]react[\\/]dist[\\/]components[\\/]tabs[\\/]index\.js$/.test(id)) return null;
      const fixed = code
        .replace('"aria-selected": isActive,', '"aria-current": isActive ? "true" : undefined,')
        .replace('role: "tab",', '')
        .replace('role: "tablist",', '');
      if (fixed.includes('role: "tab')) this.error('GraphiQL tabs changed shape: review apps/console/build/graphiql-tab-list.ts');
      return { code: fixed, map: null };
    },
  };
}
