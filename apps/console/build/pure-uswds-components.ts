import type { Plugin } from 'vite';

/**
 * @trussworks/react-uswds ships one pre-bundled file whose ~250 components and icons are made
 * with `memo(...)`/`forwardRef(...)` calls the bundler must assume have side effects, so every
 * icon lands in the console's first load. Marking those top-level calls pure (they are: React's
 * memo and forwardRef only wrap) and dropping devtools-only `displayName` assignments lets the
 * bundler keep just the components the console uses.
 */
export function pureUswdsComponents(): Plugin {
  return {
    name: 'liaison:pure-uswds-components',
    enforce: 'pre',
    transform(code, id) {
      // The modal's focus trap is imported by the same file; it has no import-time effects.
      if (/node_modules[\\/](focus-trap-react|focus-trap|tabbable)[\\/]/.test(id)) return { code, map: null, moduleSideEffects: false };
      if (!/@trussworks[\\/]react-uswds[\\/]lib[\\/]index\.js$/.test(id)) return null;
      const memo = /import [^;]*\{([^}]*)\} from "react";/.exec(code)?.[1] ?? '';
      const locals = [...memo.matchAll(/\b(memo|forwardRef) as ([A-Za-z_$][\w$]*)/g)].map((m) => m[2]);
      if (!locals.length) return null;
      const calls = new RegExp(`((?:^|, |\\n)[A-Za-z_$][\\w$]* = )(${locals.map((l) => l.replace('$', '\\$')).join('|')})\\(`, 'g');
      return {
        code: code.replace(calls, '$1/* @__PURE__ */ $2(').replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"]*";$/gm, ''),
        map: null,
      };
    },
  };
}
