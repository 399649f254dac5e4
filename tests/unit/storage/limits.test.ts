import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LimitError } from '@/utils/progress/errors';
import { BACKUP_KEY, VERSION_KEY } from '@/utils/progress/keys';
import { KNOWN } from '@/utils/progress/model';
import { MILESTONES, PROGRESS_VERSION } from '@/utils/progress/schema';
import { createWorkspace, exportProgress, loadProgress, prepareImport, restoreBackup } from '@/utils/progress/store';
import { FILE_VERSION, IMPORT_MAX_BYTES, parseImport } from '@/utils/progress/transfer';
import { isRouteShape } from '@/utils/steps/route-shape';
import { LIMITS } from '@/utils/storage/items';

const NOW = new Date(2026, 10, 25);

async function kept(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = await fakeBrowser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([k, v]) => k !== BACKUP_KEY && v !== null));
}

async function apply(text: string, undo = false): Promise<void> {
  const prepared = undo ? await restoreBackup(NOW) : await prepareImport(text, NOW);
  if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
  expect(await prepared.apply()).toEqual({ applied: true });
  await loadProgress(NOW);
}

/** Letters only (a route-shape segment with digits could read as an id). */
const letters = (n: number, width: number) => Array.from({ length: width }, (_, i) => String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26))).join('');

/** A route shape of about `ROUTE` characters, different for each n. */
function longRoute(n: number): string {
  const seg = (i: number) => `${letters(n, 3)}${'x'.repeat(35)}${letters(i, 1)}`;
  const path = `/${Array.from({ length: 12 }, (_, i) => seg(i)).join('/')}`;
  const hash = `#/${Array.from({ length: 5 }, (_, i) => seg(i)).join('/')}`;
  return path + hash;
}

/** Everything at its limit: the most workspaces, every item ticked, every step done with the longest note (of the characters JSON escapes longest), every key date, the PSO counts, the most taught pages. */
function fullStore(): Record<string, unknown> {
  const raw: Record<string, unknown> = { [VERSION_KEY]: PROGRESS_VERSION, 'settings.activeWorkspace': 'default' };
  const note = '\u0001'.repeat(LIMITS.noteChars - 1) + 'x';
  for (let i = 0; i < LIMITS.workspaces; i++) {
    const ws = i === 0 ? 'default' : `w-${letters(i, 2)}-${'a'.repeat(LIMITS.idChars - 5)}`;
    raw[`ws:${ws}:meta`] = { name: '"'.repeat(LIMITS.nameChars) };
    raw[`ws:${ws}:track`] = { id: 'pso-duties' };
    raw[`ws:${ws}:pso-duties`] = { psos: LIMITS.psoCount, pending: LIMITS.psoCount };
    for (const m of MILESTONES) raw[`ws:${ws}:milestone:${m}`] = { at: '2026-11-20' };
    for (const [step, items] of KNOWN) {
      for (const item of items) raw[`ws:${ws}:tick:${step}:${item}`] = { at: '2026-11-20' };
      raw[`ws:${ws}:step:${step}`] = { done: '2026-11-21' };
      raw[`ws:${ws}:note:${step}`] = { text: note };
    }
  }
  for (let i = 0; i < LIMITS.taughtPages; i++) {
    const path = longRoute(i);
    expect(isRouteShape(path), path).toBe(true);
    raw[`taught:harp.cms.gov${path}`] = { step: 'harp-profile', on: '2026-11-20', fix: true };
  }
  return raw;
}

describe('limits agree: what can be stored can be exported, imported and undone', () => {
  it('walks every limit to its maximum and reads it back through export all → import → undo', async () => {
    await fakeBrowser.storage.local.set(fullStore());
    const { state, notice } = await loadProgress(NOW);
    expect(notice).toBeNull();
    expect(state.workspaces).toHaveLength(LIMITS.workspaces);
    expect(state.taught).toHaveLength(LIMITS.taughtPages);
    const before = await kept();
    const text = JSON.stringify(await exportProgress('all', NOW));
    console.log(`largest export: ${(text.length / 1024 / 1024).toFixed(1)} MB of ${(IMPORT_MAX_BYTES / 1024 / 1024).toFixed(1)} MB allowed`);
    expect(text.length).toBeLessThanOrEqual(IMPORT_MAX_BYTES);
    await apply(text);
    expect(await kept()).toEqual(before);
    await apply('', true);
    expect(await kept()).toEqual(before);
  }, 120_000);

  it('refuses to create a workspace past the most an import accepts, in plain words', async () => {
    for (let i = 1; i < LIMITS.workspaces; i++) await createWorkspace(`Facility ${letters(i, 2)}`);
    const { state } = await loadProgress(NOW);
    expect(state.workspaces).toHaveLength(LIMITS.workspaces);
    await expect(createWorkspace('One more')).rejects.toThrow(LimitError);
    await expect(createWorkspace('One more')).rejects.toThrow(/50 workspaces/);
    expect((await loadProgress(NOW)).state.workspaces).toHaveLength(LIMITS.workspaces);
    const before = await kept();
    await apply(JSON.stringify(await exportProgress('all', NOW)));
    expect(await kept()).toEqual(before);
  });

  it('refuses an import that would pass the most workspaces, and writes nothing', async () => {
    for (let i = 1; i < LIMITS.workspaces; i++) await createWorkspace(`Facility ${letters(i, 2)}`);
    await loadProgress(NOW);
    const before = await kept();
    const file = { format: 'iqies-access-guide/progress', schemaVersion: FILE_VERSION, exportedAt: '2026-11-25', workspaces: [{ id: 'another-one', name: 'Another', track: null, ticks: {}, steps: {}, milestones: {} }] };
    const prepared = await prepareImport(JSON.stringify(file), NOW);
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.errors.join('\n')).toMatch(/51 workspaces; at most 50/);
    expect(await kept()).toEqual(before);
  });

  it('never lets imports push taught pages past the cap, and says so', async () => {
    const pages = (from: number) => Array.from({ length: LIMITS.taughtPages }, (_, i) => ({ host: 'harp.cms.gov', path: longRoute(from + i), step: 'harp-profile', on: '2026-11-20' }));
    const file = (from: number) =>
      JSON.stringify({ format: 'iqies-access-guide/progress', schemaVersion: FILE_VERSION, exportedAt: '2026-11-25', workspaces: [{ id: 'default', name: 'My progress', track: null, ticks: {}, steps: {}, milestones: {} }], taught: pages(from) });
    await apply(file(0));
    expect((await loadProgress(NOW)).state.taught).toHaveLength(LIMITS.taughtPages);
    const before = await kept();
    const second = await prepareImport(file(1000), NOW);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.errors.join('\n')).toMatch(/200 taught pages; at most 100/);
    expect(await kept()).toEqual(before);
    const stored = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('taught:'));
    expect(stored).toHaveLength(LIMITS.taughtPages);
  });

  it('cuts a long key from the file in an import error', () => {
    const key = 'k'.repeat(400_000);
    const file = { format: 'iqies-access-guide/progress', schemaVersion: FILE_VERSION, exportedAt: '2026-11-25', workspaces: [{ id: 'default', name: 'x', track: null, ticks: { [key]: {} }, steps: {}, milestones: {} }] };
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.length).toBeLessThan(200);
    expect(parsed.errors[0]).toContain(`${'k'.repeat(59)}…`);
  });
});

describe('data from a newer version', () => {
  const file = (ws: string) =>
    JSON.stringify({ format: 'iqies-access-guide/progress', schemaVersion: FILE_VERSION, exportedAt: '2026-11-25', workspaces: [{ id: ws, name: 'Imported', track: null, ticks: {}, steps: {}, milestones: {} }] });

  it('refuses to import over a newer store, in plain words, and never writes the version down', async () => {
    await fakeBrowser.storage.local.set({ [VERSION_KEY]: PROGRESS_VERSION + 1, 'ws:default:tick:harp-profile:legal-name': { at: '2026-11-20' } });
    const before = await kept();
    const prepared = await prepareImport(file('default'), NOW);
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.errors.join('\n')).toMatch(/newer version of the guide/);
    expect(await kept()).toEqual(before);
    expect((await fakeBrowser.storage.local.get(VERSION_KEY))[VERSION_KEY]).toBe(PROGRESS_VERSION + 1);
  });

  it('leaves keys it does not know in place through import and undo', async () => {
    const future = {
      'ws:default:tick:some-future-step:item': { at: '2026-11-20' },
      'ws:default:tick:harp-profile:future-item': { at: '2026-11-20' },
      'ws:default:step:some-future-step': { done: '2026-11-20' },
      'ws:default:milestone:future-date': { at: '2026-11-20' },
      'ws:default:track': { id: 'future-track' },
    };
    await fakeBrowser.storage.local.set({ [VERSION_KEY]: PROGRESS_VERSION, 'ws:default:tick:harp-profile:legal-name': { at: '2026-11-20' }, ...future });
    await loadProgress(NOW);
    const before = await kept();
    await apply(file('default'));
    const after = await kept();
    for (const [k, v] of Object.entries(future)) expect(after[k], k).toEqual(v);
    expect(after['ws:default:tick:harp-profile:legal-name']).toBeUndefined();
    await apply('', true);
    expect(await kept()).toEqual(before);
  });
});

describe("the organisation's workspaces", () => {
  it('are created only up to the most workspaces', async () => {
    const { planPolicyWorkspaces } = await import('@/utils/policy');
    const stored: Record<string, unknown> = {};
    for (let i = 0; i < 45; i++) stored[`ws:user-${letters(i, 2)}:meta`] = { name: `User ${i}` };
    const names = Array.from({ length: 20 }, (_, i) => `Facility ${letters(i, 2)}`);
    // 'default' and 45 of the user's own: room for 4 more.
    const plan = planPolicyWorkspaces(names, stored);
    expect(Object.keys(plan.set)).toHaveLength(LIMITS.workspaces - 46);
    // The rest are named, so the panel can say they were not created.
    expect(plan.notCreated).toHaveLength(names.length - (LIMITS.workspaces - 46));
  });
});
