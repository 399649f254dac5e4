import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadChooserDismissed, saveChooserDismissed } from '@/utils/tracks/store';

describe('chooser dismissal', () => {
  it('is remembered, and reads anything but true as not dismissed', async () => {
    expect(await loadChooserDismissed()).toBe(false);
    await saveChooserDismissed(true);
    expect(await loadChooserDismissed()).toBe(true);
    await fakeBrowser.storage.local.set({ 'settings.trackChooserDismissed': 'yes' });
    expect(await loadChooserDismissed()).toBe(false);
  });
});
