import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_KEY, emptyDemo, loadDemo, parseDemo, saveDemo } from '@/utils/practice/demo-store';
import { loadProgress } from '@/utils/progress/store';

describe('the demo workspace store', () => {
  it('reads anything unreadable as an empty demo on the default track', () => {
    for (const bad of [null, undefined, 'x', [], { track: 3 }, { track: 'first-pso', ticks: 'no' }]) expect(parseDemo(bad)).toEqual(emptyDemo());
    expect(parseDemo({ track: 'not-a-track', ticks: {}, steps: {}, notes: {} }).track).toBe('first-pso');
    expect(parseDemo({ track: 'staff', ticks: {}, steps: { 'no-such-step': '2026-01-01', 'harp-profile': '2026-01-01' }, notes: {} }).steps).toEqual({
      'harp-profile': '2026-01-01',
    });
  });

  it('is kept under its own key, outside real progress', async () => {
    await saveDemo({ ...emptyDemo('staff'), ticks: { 'harp-profile/own-account': '2026-11-30' } });
    expect((await loadDemo()).ticks).toEqual({ 'harp-profile/own-account': '2026-11-30' });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all)).toEqual([DEMO_KEY]);
    const { state } = await loadProgress();
    expect(state.workspaces.flatMap((w) => Object.keys(w.ticks))).toEqual([]);
  });
});
