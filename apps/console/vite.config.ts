import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphiqlTabList } from './build/graphiql-tab-list.ts';
import { pureUswdsComponents } from './build/pure-uswds-components.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.LIAISON_API ?? 'http://127.0.0.1:3000';

// The console is served by the API from dist/console at `/` (same origin, so the session
// cookie and CSP 'self' just work). `npm run dev:console` proxies the API's routes instead.
export default defineConfig({
  root,
  base: '/',
  plugins: [pureUswdsComponents(), graphiqlTabList(), react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    // Our CSP forbids inline script and style: no inlined module-preload polyfill, no data: scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // GraphiQL's React-compiler output carries "use no memo" directives; harmless once bundled.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/auth', '/uswds', '/health', '/dev', '/admin', '/s/', '/rsvp', '/calendar', '/staff'].map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
