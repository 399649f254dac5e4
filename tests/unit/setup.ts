import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { itemOf } from '@/utils/storage/items';
import { getMessage, usePseudoLocale } from './i18n';

/**
 * Every key the app writes must be declared in utils/storage/items.ts (so export, import, Undo and docs/storage.md
 * know it). Writes made by a test file itself (seeding odd or damaged data) are not the app's and are let through,
 * and so is the app carrying such a key back (Undo putting back a newer version's key the test seeded).
 */
const undeclared: string[] = [];
const seeded = new Set<string>();
const writtenByTest = () => {
  const frames = (new Error().stack ?? '').split('\n').slice(2).filter((f) => !f.includes('node_modules') && !f.includes('tests/unit/setup.ts'));
  return /[/\\]tests[/\\]/.test(frames[0] ?? '');
};
function guardLocal(): void {
  const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { guarded?: true };
  if (local.guarded) return;
  const set = local.set.bind(local);
  local.set = (items: Record<string, unknown>) => {
    const byTest = writtenByTest();
    for (const key of Object.keys(items)) {
      if (byTest) seeded.add(key);
      else if (!itemOf(key) && !seeded.has(key)) undeclared.push(key);
    }
    return set(items);
  };
  local.guarded = true;
}

beforeEach(() => {
  fakeBrowser.reset();
  seeded.clear();
  guardLocal();
  // The fake browser has no i18n: serve the English locale file, so components render the words users see.
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  usePseudoLocale(false);
});
afterEach(() => {
  cleanup();
  const found = undeclared.splice(0);
  expect(found, 'keys the app wrote that utils/storage/items.ts does not declare').toEqual([]);
});
