import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_WORKSPACE, tickKey } from '@/utils/progress/keys';
import { loadTicks, setTick, watchTicks } from '@/utils/progress/store';

const WS = DEFAULT_WORKSPACE;
const areaKey = (step: string, item: string) => tickKey(WS, step, item).slice('local:'.length);

describe('progress store', () => {
  it('saves and loads a tick with its date', async () => {
    await setTick(WS, 'harp-profile', 'legal-name', true, new Date(2026, 10, 25));
    expect(await loadTicks(WS)).toEqual({ 'harp-profile/legal-name': '2026-11-25' });
    await setTick(WS, 'harp-profile', 'legal-name', false);
    expect(await loadTicks(WS)).toEqual({});
  });

  it('keeps workspaces apart', async () => {
    await setTick('facility-a', 'harp-profile', 'legal-name', true);
    expect(await loadTicks('facility-b')).toEqual({});
  });

  it('reads garbage as "not ticked" and keeps valid ticks beside it', async () => {
    await fakeBrowser.storage.local.set({
      [areaKey('harp-profile', 'legal-name')]: { at: '2026-11-20' },
      [areaKey('harp-profile', 'home-address')]: 'garbage',
      [areaKey('harp-profile', 'work-email')]: { at: 12 },
      [areaKey('harp-profile', 'own-account')]: null,
      [areaKey('harp-account', 'user-id-noted')]: { at: '2026-13-99x' },
      'ws:default:tick:unknown-step:item': { at: '2026-11-20' },
    });
    expect(await loadTicks(WS)).toEqual({ 'harp-profile/legal-name': '2026-11-20' });
  });

  it('tells watchers about changes from any panel', async () => {
    const seen = vi.fn();
    const stop = watchTicks(WS, seen);
    await setTick(WS, 'harp-account', 'user-id-noted', true, new Date(2026, 10, 1));
    expect(seen).toHaveBeenCalledWith('harp-account/user-id-noted', '2026-11-01');
    await fakeBrowser.storage.local.set({ [areaKey('harp-account', 'user-id-noted')]: 'garbage' });
    expect(seen).toHaveBeenLastCalledWith('harp-account/user-id-noted', null);
    stop();
    await setTick(WS, 'harp-account', 'password-rules', true);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('ignores changes to other workspaces and other areas', async () => {
    const seen = vi.fn();
    watchTicks(WS, seen);
    await setTick('other', 'harp-account', 'user-id-noted', true);
    await fakeBrowser.storage.sync.set({ [areaKey('harp-account', 'user-id-noted')]: { at: '2026-11-01' } });
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('workspaces in storage', () => {
  it('creates (and switches to) a workspace, then deletes it and all its keys', async () => {
    const { createWorkspace, deleteWorkspace, loadProgress, newWorkspaceId } = await import('@/utils/progress/store');
    expect(newWorkspaceId('Sunny Acres SNF!', () => 0)).toBe('sunny-acres-snf-aaaa');
    expect(newWorkspaceId('***', () => 0.999)).toBe('ws-9999');
    const id = await createWorkspace('Sunny Acres');
    await setTick(id, 'prepare', 'know-ccn', true);
    let loaded = await loadProgress();
    expect(loaded.state.active).toBe(id);
    expect(loaded.state.workspaces.map((w) => w.name)).toEqual(['My progress', 'Sunny Acres']);
    await deleteWorkspace(id, loaded.raw, loaded.state.active);
    loaded = await loadProgress();
    expect(loaded.state.active).toBe('default');
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes(id))).toEqual([]);
  });
});
