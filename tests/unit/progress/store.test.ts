import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_WORKSPACE, tickKey } from '@/utils/progress/keys';
import { workspaceOf } from '@/utils/progress/model';
import { loadProgress, setKey, watchRaw } from '@/utils/progress/store';
import type { StepId } from '@/utils/steps/ids';

const WS = DEFAULT_WORKSPACE;
const tick = (step: StepId, item: string, ws = WS) => tickKey(ws, step, item);
const ticksOf = async (ws = WS) => workspaceOf((await loadProgress()).state, ws).ticks;

describe('progress store', () => {
  it('saves and loads a tick with its date', async () => {
    await setKey(tick('harp-profile', 'legal-name'), { at: '2026-11-25' });
    expect(await ticksOf()).toEqual({ 'harp-profile': { 'legal-name': '2026-11-25' } });
    await setKey(tick('harp-profile', 'legal-name'), null);
    expect(await ticksOf()).toEqual({});
  });

  it('keeps workspaces apart', async () => {
    await setKey(tick('harp-profile', 'legal-name', 'facility-a'), { at: '2026-11-25' });
    expect(await ticksOf('facility-b')).toEqual({});
  });

  it('reads garbage as "not ticked" and keeps valid ticks beside it', async () => {
    await fakeBrowser.storage.local.set({
      [tick('harp-profile', 'legal-name')]: { at: '2026-11-20' },
      [tick('harp-profile', 'home-address')]: 'garbage',
      [tick('harp-profile', 'work-email')]: { at: 12 },
      [tick('harp-profile', 'own-account')]: null,
      [tick('harp-account', 'user-id-noted')]: { at: '2026-13-99x' },
      'ws:default:tick:unknown-step:item': { at: '2026-11-20' },
    });
    expect(await ticksOf()).toEqual({ 'harp-profile': { 'legal-name': '2026-11-20' } });
  });

  it('tells watchers about changes from any panel, and stops when asked', async () => {
    const seen = vi.fn();
    const stop = watchRaw(seen);
    await setKey(tick('harp-account', 'user-id-noted'), { at: '2026-11-01' });
    expect(seen).toHaveBeenCalledWith({ [tick('harp-account', 'user-id-noted')]: { at: '2026-11-01' } });
    await setKey(tick('harp-account', 'user-id-noted'), null);
    // A removal arrives as "no value" (Chrome omits newValue; WXT's fake browser says null).
    const last = seen.mock.lastCall![0] as Record<string, unknown>;
    expect(Object.keys(last)).toEqual([tick('harp-account', 'user-id-noted')]);
    expect(last[tick('harp-account', 'user-id-noted')] ?? null).toBeNull();
    stop();
    await setKey(tick('harp-account', 'password-rules'), { at: '2026-11-01' });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('ignores changes to other storage areas', async () => {
    const seen = vi.fn();
    watchRaw(seen);
    await fakeBrowser.storage.sync.set({ [tick('harp-account', 'user-id-noted')]: { at: '2026-11-01' } });
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('workspaces in storage', () => {
  it('creates (and switches to) a workspace, then deletes it and all its keys', async () => {
    const { createWorkspace, deleteWorkspace, loadProgress, newWorkspaceId } = await import('@/utils/progress/store');
    expect(newWorkspaceId('Sunny Acres SNF!', () => 0)).toBe('sunny-acres-snf-aaaa');
    expect(newWorkspaceId('***', () => 0.999)).toBe('ws-9999');
    const id = await createWorkspace('Sunny Acres');
    await setKey(tickKey(id, 'prepare', 'know-ccn'), { at: '2026-11-25' });
    let loaded = await loadProgress();
    expect(loaded.state.active).toBe(id);
    expect(loaded.state.workspaces.map((w) => w.name)).toEqual(['My progress', 'Sunny Acres']);
    await deleteWorkspace(id);
    loaded = await loadProgress();
    expect(loaded.state.active).toBe('default');
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes(id))).toEqual([]);
  });

  it('deletes the keys stored now, including ones written after a panel last looked', async () => {
    const { createWorkspace, deleteWorkspace } = await import('@/utils/progress/store');
    const id = await createWorkspace('Oak Park');
    await setKey(tickKey(id, 'prepare', 'know-ccn'), { at: '2026-11-25' });
    await fakeBrowser.storage.local.set({ [tickKey(id, 'harp-profile', 'legal-name')]: { at: '2026-11-25' }, [`ws:${id}:note:prepare`]: { text: 'from another panel' } });
    await deleteWorkspace(id);
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((k) => k.includes(id))).toEqual([]);
    expect(left['settings.activeWorkspace']).toBe('default');
  });
});
