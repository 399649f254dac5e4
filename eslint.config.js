// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Browser, storage and messaging APIs: only entrypoints and the store modules (utils/**/store.ts and
// utils/**/*-store.ts) may use them.
const browserApis = [
  { name: 'wxt/browser', message: 'Pure code takes the world as a parameter; no browser APIs here.' },
  { name: '#imports', message: 'Pure code takes the world as a parameter; no browser APIs here.' },
  { name: 'webextension-polyfill', message: 'Import browser from wxt/browser (only where allowed).' },
  { name: 'wxt/utils/storage', message: 'Storage is read and written by the store modules only.' },
  { name: '@wxt-dev/storage', message: 'Storage is read and written by the store modules only.' },
  { name: 'zod', message: 'Use zod/mini in shipped code.' },
];
// The guide's words (locales/en.yml) through @wxt-dev/i18n. Allowed in components and in utils that build messages
// users read: `i18n.t` only reads strings bundled with the extension (browser.i18n.getMessage, synchronous, no
// permission, no storage, nothing the page or the network can change), so a component stays props in, callbacks out,
// and unit tests serve the locale file to it (tests/unit/i18n.ts). Kept out of the content script and everything it
// bundles (no UI strings there; its size budget, scripts/size-report.mjs) and out of guidance content, which stays
// English until a sourced translation exists.
const i18nApis = [
  { name: '#i18n', message: 'No UI strings here: the content script and guidance content stay free of i18n (docs/contributing.md, "Translating the guide").' },
  { name: '@wxt-dev/i18n', message: 'No UI strings here: the content script and guidance content stay free of i18n (docs/contributing.md, "Translating the guide").' },
];
/**
 * The content script and everything it bundles: code that runs in the page (utils/page/), the pure step code it
 * detects with (utils/steps/, which also holds the guidance content, with utils/tracks/), and the two shared leaf
 * modules it needs (the sites and the protocol). tests/unit/build/content-graph.test.ts walks the content script's
 * imports and fails if it ever reaches a file outside these.
 */
export const CONTENT_SCRIPT_ZONE = ['entrypoints/content.ts', 'entrypoints/content/**', 'utils/page/**', 'utils/steps/**', 'utils/tracks/**', 'utils/sites.ts', 'utils/messaging.ts', 'utils/activity/key.ts'];
const noI18nFiles = CONTENT_SCRIPT_ZONE;
const browserApiPatterns = [
  { group: ['wxt/utils/*', '@webext-core/*'], message: 'Browser, storage and messaging APIs stay in entrypoints and store modules.' },
  { group: ['**/store', '**/store.ts', '**/*-store', '**/*-store.ts'], message: 'Pure code does not reach storage through a store module either: take the data as a parameter.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Preact hooks follow React's rules (preact/hooks): call order, and effects that list what they read.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import browser from wxt/browser.' }, { name: 'zod', message: 'Use zod/mini in shipped code.' }] },
      ],
    },
  },
  {
    // Pure code, by directory: everything under utils/ but the store modules (new files are covered as they come).
    files: ['utils/**/*.{ts,tsx}'],
    ignores: ['utils/**/store.ts', 'utils/**/*-store.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: browserApis, patterns: browserApiPatterns }] },
  },
  {
    // Presentational components: props in, callbacks out. `#i18n` is allowed here on purpose (see i18nApis).
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserApis,
          patterns: [...browserApiPatterns, { group: ['@/utils/messaging', '**/messaging'], message: 'Components receive data as props.' }],
        },
      ],
    },
  },
  {
    files: noI18nFiles.filter((f) => f.startsWith('utils/')),
    ignores: ['utils/**/store.ts', 'utils/**/*-store.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...browserApis, ...i18nApis], patterns: browserApiPatterns }] },
  },
  {
    files: noI18nFiles.filter((f) => f.startsWith('entrypoints/')),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import browser from wxt/browser.' }, { name: 'zod', message: 'Use zod/mini in shipped code.' }, ...i18nApis] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '.ci/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
