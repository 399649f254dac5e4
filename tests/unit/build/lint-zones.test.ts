import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The lint zones cover files by directory: a file that does not exist yet is checked like the others. */
const eslint = new ESLint({ cwd: process.cwd() });
const restricted = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages).filter((m) => m.ruleId === 'no-restricted-imports').length;

const BROWSER = "import { browser } from 'wxt/browser';\nexport const x = browser;\n";
const STORAGE = "import { storage } from 'wxt/utils/storage';\nexport const x = storage;\n";
const STORE = "import { loadProgress } from '@/utils/progress/store';\nexport const x = loadProgress;\n";
const I18N = "import { i18n } from '#i18n';\nexport const x = i18n.t('app.title');\n";
const NAMED_STORE = "import { loadPolicy } from '@/utils/policy-store';\nexport const x = loadPolicy;\n";

describe('lint zones', () => {
  // Loading the config (and its plugins) is the slow part, and it is not what these tests check: done once, first.
  beforeAll(() => eslint.calculateConfigForFile('utils/new-area/new-module.ts'), 60_000);

  it('a new pure module under utils/ may not import browser, storage or a store module', async () => {
    for (const code of [BROWSER, STORAGE, STORE, NAMED_STORE]) expect(await restricted('utils/new-area/new-module.ts', code), code).toBeGreaterThan(0);
  });

  it('a new component may not either', async () => {
    for (const code of [BROWSER, STORAGE, STORE]) expect(await restricted('components/NewThing.tsx', code), code).toBeGreaterThan(0);
  });

  it('components and panel utils may read the locale; the content script and guidance content may not', async () => {
    expect(await restricted('components/NewThing.tsx', I18N)).toBe(0);
    expect(await restricted('utils/progress/errors.ts', I18N)).toBe(0);
    for (const file of ['entrypoints/content.ts', 'utils/steps/detect-step.ts', 'utils/steps/catalogue/new.ts', 'utils/tracks/data.ts', 'utils/page/reporter.ts', 'utils/page/new-module.ts', 'utils/sites.ts'])
      expect(await restricted(file, I18N), file).toBeGreaterThan(0);
    expect(await restricted('utils/steps/new-module.ts', BROWSER)).toBeGreaterThan(0);
  });

  it('store modules and entrypoints may', async () => {
    expect(await restricted('utils/new-area/store.ts', BROWSER)).toBe(0);
    expect(await restricted('utils/new-area/things-store.ts', BROWSER)).toBe(0);
    expect(await restricted('entrypoints/sidepanel/use-new.ts', STORE)).toBe(0);
  });
});
