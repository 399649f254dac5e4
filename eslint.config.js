// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserImports = [
  { name: 'wxt/browser', message: 'Pure code takes the world as a parameter; no browser APIs here.' },
  { name: '#imports', message: 'Pure code takes the world as a parameter; no browser APIs here.' },
  { name: 'webextension-polyfill', message: 'Import browser from wxt/browser (only where allowed).' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
    // Pure logic: step catalogue, detection, progress schema and reducers.
    files: ['utils/steps/**/*.ts', 'utils/tracks/{schema,data,journey}.ts', 'utils/progress/schema.ts', 'utils/progress/keys.ts', 'utils/progress/model.ts', 'utils/progress/migrations.ts', 'utils/progress/transfer.ts', 'utils/progress/summary.ts', 'utils/sites.ts', 'utils/page-state.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...browserImports, { name: 'zod', message: 'Use zod/mini.' }] }] },
  },
  {
    // Presentational components: props in, callbacks out.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...browserImports, { name: 'zod', message: 'Use zod/mini.' }],
          patterns: [
            { group: ['@/utils/progress/store', '@/utils/messaging', '**/progress/store', '**/messaging'], message: 'Components receive data as props.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '.ci/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
