import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1 from '../../fixtures/progress/v1.json';
import background from '@/entrypoints/background';
import { VERSION_KEY } from '@/utils/progress/keys';
import { PROGRESS_VERSION } from '@/utils/progress/schema';

/** The background's onInstalled listener, as the browser calls it after an install or update. */
type Details = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];

async function fire(reason: 'install' | 'update' | 'chrome_update') {
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  background.main();
  // The fake browser awaits what each listener returns: the migration's writes have landed after this.
  await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.1.0', temporary: false } as Details);
}

describe('background: an update migrates stored progress before any panel opens', () => {
  it('brings v1 progress to the current layout on update, keeping every tick', async () => {
    await fakeBrowser.storage.local.set(v1);
    await fire('update');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[VERSION_KEY]).toBe(PROGRESS_VERSION);
    for (const [key, value] of Object.entries(v1)) expect(stored[key], key).toEqual(value);
  });

  it('does nothing to storage on a browser update (only the extension changing needs a migration)', async () => {
    await fakeBrowser.storage.local.set(v1);
    await fire('chrome_update');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v1);
  });

  it('on a fresh install with nothing stored, marks the layout version and writes nothing else', async () => {
    await fire('install');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k !== VERSION_KEY)).toEqual([]);
  });
});
