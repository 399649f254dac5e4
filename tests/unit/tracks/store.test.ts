import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadChooserDismissed, loadTrack, saveChooserDismissed, saveTrack, watchTrack } from '@/utils/tracks/store';

describe('track store', () => {
  it('reads no track on first run, then the chosen one', async () => {
    expect(await loadTrack()).toBeNull();
    await saveTrack('vendor');
    expect(await loadTrack()).toBe('vendor');
    expect(await fakeBrowser.storage.local.get('settings.track')).toEqual({ 'settings.track': 'vendor' });
    await saveTrack(null);
    expect(await loadTrack()).toBeNull();
  });

  it('reads garbage as "no track chosen"', async () => {
    for (const junk of ['not-a-track', 42, { id: 'staff' }, ['staff'], '']) {
      await fakeBrowser.storage.local.set({ 'settings.track': junk });
      expect(await loadTrack()).toBeNull();
    }
  });

  it('reports changes, parsed', async () => {
    const seen: unknown[] = [];
    const stop = watchTrack((id) => seen.push(id));
    await saveTrack('staff');
    await fakeBrowser.storage.local.set({ 'settings.track': 'bogus' });
    stop();
    await saveTrack('first-pso');
    expect(seen).toEqual(['staff', null]);
  });
});

describe('chooser dismissal', () => {
  it('is remembered, and reads anything but true as not dismissed', async () => {
    expect(await loadChooserDismissed()).toBe(false);
    await saveChooserDismissed(true);
    expect(await loadChooserDismissed()).toBe(true);
    await fakeBrowser.storage.local.set({ 'settings.trackChooserDismissed': 'yes' });
    expect(await loadChooserDismissed()).toBe(false);
  });
});
