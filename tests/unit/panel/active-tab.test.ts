import { describe, expect, it } from 'vitest';
import { followActiveTab } from '@/utils/panel/active-tab';
import type { ActiveTabApi } from '@/utils/panel/active-tab';

const OWN_WINDOW = 3;

/** A fake browser: the answers to the two look-ups are released by the test, activations are fired by it. */
function fakeTabs(active: Record<number, number>) {
  const listeners = new Set<(info: { tabId: number; windowId: number }) => void>();
  let releaseWindow!: () => void;
  const windowAsked = new Promise<void>((r) => (releaseWindow = r));
  const api: ActiveTabApi = {
    ownWindowId: async () => {
      await windowAsked;
      return OWN_WINDOW;
    },
    activeTabId: async (windowId) => active[windowId],
    onActivated(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
  const activate = (tabId: number, windowId = OWN_WINDOW) => {
    active[windowId] = tabId;
    for (const l of listeners) l({ tabId, windowId });
  };
  return { api, activate, releaseWindow, listeners };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('following the active tab (sidepanel.html without ?tabId)', () => {
  it('starts with the active tab of its own window, then follows tab switches there only', async () => {
    const fake = fakeTabs({ [OWN_WINDOW]: 11, 9: 90 });
    const seen: number[] = [];
    const stop = followActiveTab(fake.api, (id) => seen.push(id));
    fake.releaseWindow();
    await settle();
    expect(seen).toEqual([11]);
    fake.activate(12);
    fake.activate(91, 9); // another window
    fake.activate(13);
    expect(seen).toEqual([11, 12, 13]);
    stop();
    fake.activate(14);
    expect(seen).toEqual([11, 12, 13]);
    expect(fake.listeners.size).toBe(0);
  });

  it('a switch seen while the first look-up is under way is not overwritten by its older answer', async () => {
    const fake = fakeTabs({ [OWN_WINDOW]: 11 });
    const seen: number[] = [];
    followActiveTab(fake.api, (id) => seen.push(id));
    fake.activate(12); // before the panel knows its window
    fake.releaseWindow();
    await settle();
    expect(seen).toEqual([12]);
  });

  it('stopped before the look-up answers: calls back nothing', async () => {
    const fake = fakeTabs({ [OWN_WINDOW]: 11 });
    const seen: number[] = [];
    followActiveTab(fake.api, (id) => seen.push(id))();
    fake.releaseWindow();
    await settle();
    expect(seen).toEqual([]);
  });
});
