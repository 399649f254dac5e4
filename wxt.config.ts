import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './utils/sites';

const PLAIN_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
const QUIET_CONTEXT = fileURLToPath(new URL('./utils/page/content-script-context.ts', import.meta.url));
/** Firefox add-on id (see docs/it-administrators.md, "Firefox add-on id"). */
const GECKO_ID = '{71819ea7-be02-44b3-9dec-09e9a89274b7}';

// The manifest is built per browser: Chrome/Edge get `side_panel` (+ the `sidePanel` permission, added by WXT
// for the sidepanel entrypoint); Firefox gets `sidebar_action` and must declare data collection (none).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    // Preact's automatic JSX runtime without Babel: Vite's own transform does it.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { target: 'es2022' },
  }),
  // The sources zip for AMO review: what builds the add-on (`npm ci && npm run build`), without tests, test
  // fixtures, benchmarks, CI or documentation images.
  zip: {
    excludeSources: ['tests/**', 'docs/**', 'scripts/bench/**', 'scripts/bench.mjs', '.ci/**', 'playwright.config.ts', 'vitest.config.ts', 'vitest.firefox.config.ts', 'store/**'],
  },
  manifest: ({ browser }) => ({
    // Every user-facing string lives in locales/en.yml (docs/contributing.md, "Translating the guide"); the manifest reads them
    // through the browser's __MSG_…__ substitution, so a translated locale also renames the store listing.
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    // storage: progress lives in extension storage. alarms: the opt-in reminders and the toolbar badge's daily
    // refresh (required: Firefox cannot make it optional; it shows no install warning). notifications: only asked
    // for when the user turns reminders on. Nothing else is requested; content-script matches (the two CMS hosts,
    // see utils/sites.ts) are the only host access.
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_manifest_actionTitle__' },
    // Organisation policy (utils/policy.ts): Chrome and Edge read storage.managed against this schema. Firefox
    // takes the same keys from policies.json ("3rdparty") without a schema key in the manifest.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_manifest_openCommand__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_manifest_openCommand__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The add-on id never changes once published (Firefox keys storage and updates by it). A GUID claims
            // no domain the project does not own.
            gecko: {
              id: GECKO_ID,
              // 140 (ESR) is the first Firefox that knows data_collection_permissions, which AMO requires.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has no sidebar, so the guide is not offered there; were it installed, 142 is the
            // first version that knows data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script runs on every HARP/iQIES page load and uses runtime calls that work alike natively in
    // Chrome MV3 and Firefox (getURL, a promise-based sendMessage, onConnect ports, storage.local.set), so it is built
    // without webextension-polyfill (~3 KB gzip): `wxt/browser` resolves to WXT's native `browser` there.
    // Every other entrypoint keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
      // WXT's content-script runtime builds a ContentScriptContext before main(), whose constructor posts a
      // message and dispatches a document event carrying the extension id, both visible to the page. The content
      // script does not use the context: resolve it to an inert stand-in, keeping WXT for everything else.
      (config.plugins ??= []).push({
        name: 'iqag-quiet-content-context',
        enforce: 'pre',
        resolveId: (id: string) => (id === 'wxt/utils/content-script-context' ? QUIET_CONTEXT : undefined),
      });
      // WXT's entry around main() adds a logger, an async wrapper and the context above, run at every page load
      // and shipped in a script with a size budget; main() takes no context, so the entry only calls it.
      (config.plugins ??= []).push({
        name: 'iqag-plain-content-entry',
        enforce: 'pre',
        load: (id: string) => (id.startsWith(PLAIN_ENTRY) ? `import d from ${JSON.stringify(id.slice(PLAIN_ENTRY.length))};d.main();` : undefined),
      });
      // V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): compile every function of the content
      // script when it is injected, instead of one by one on first call. Measured (npm run bench, a new tab per
      // load with a panel following): the first page reading costs ~4 ms less script time; with no panel open it
      // costs nothing more.
      // Before it, a second minifier over the minified bundle: this script has a size budget (scripts/size-report.mjs)
      // and terser takes ~3% more off what the default minifier leaves (its tree-shaking stays the bundler's).
      (config.plugins ??= []).push({
        name: 'iqag-compile-hints',
        async generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const { code } = await minify(chunk.code!, { compress: { passes: 2 }, format: { comments: false } });
            chunk.code = `//# allFunctionsCalledOnLoad\n${code}`;
          }
        },
      });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox's sidebar title: WXT copies it from sidepanel.html's <title> (the English fallback shown until the
      // panel sets document.title from the locale); the manifest takes it from the locale like the other names.
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_manifest_name__';
      // Guard: the manifest never asks for more hosts than the two CMS sites.
      const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
      for (const h of hosts) {
        if (!CONTENT_MATCHES.includes(h)) throw new Error(`Unexpected host access in manifest: ${h}`);
      }
    },
  },
});
