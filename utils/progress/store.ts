import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { allTickKeys, parseTickKey, tickKey } from './keys';
import type { StorageKey } from './keys';
import { PROGRESS_VERSION, parseTick, tickId, todayIso } from './schema';
import type { Tick, Ticks } from './schema';

/** Storage access for progress. Every read is parsed; a bad stored value reads as "not ticked", never a crash. */
const items = new Map<StorageKey, WxtStorageItem<Tick | null, Record<string, unknown>>>();

function tickItem(key: StorageKey) {
  let item = items.get(key);
  if (!item) {
    item = storage.defineItem<Tick | null>(key, { fallback: null, version: PROGRESS_VERSION });
    items.set(key, item);
  }
  return item;
}

export async function loadTicks(workspaceId: string): Promise<Ticks> {
  const known = allTickKeys(workspaceId);
  const values = await storage.getItems(known.map((k) => k.key));
  const ticks: Record<string, string> = {};
  values.forEach(({ value }, i) => {
    const tick = parseTick(value);
    const k = known[i]!;
    if (tick) ticks[tickId(k.stepId, k.itemId)] = tick.at;
  });
  return ticks;
}

export async function setTick(workspaceId: string, stepId: string, itemId: string, checked: boolean, now = new Date()): Promise<void> {
  const item = tickItem(tickKey(workspaceId, stepId, itemId));
  if (checked) await item.setValue({ at: todayIso(now) });
  else await item.removeValue();
}

/** Calls back with each tick change in a workspace, whichever panel or window made it. */
export function watchTicks(workspaceId: string, onChange: (id: string, at: string | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const [areaKey, change] of Object.entries(changes)) {
      const parsed = parseTickKey(areaKey);
      if (!parsed || parsed.workspaceId !== workspaceId) continue;
      onChange(tickId(parsed.stepId, parsed.itemId), parseTick(change.newValue)?.at ?? null);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
