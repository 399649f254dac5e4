import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1 from '../../fixtures/progress/v1.json';
import v2 from '../../fixtures/progress/v2.json';
import { BACKUP_KEY } from '@/utils/progress/keys';
import { deleteWorkspace, exportProgress, loadProgress, prepareImport, restoreBackup } from '@/utils/progress/store';

const NOW = new Date(2026, 10, 25);
const PSO = 'ws:sunny-acres-k3z9:pso-duties';
/** The demo as the previous layout kept it; the first load carries it into its own keys. */
const OLD_DEMO = { 'demo.workspace': { track: 'staff', ticks: { 'harp-profile/legal-name': '2026-11-21' }, steps: { prepare: '2026-11-21' }, notes: { prepare: 'Practice.' } } };

/** Everything stored, less the import backup (what "the store" means to a user). */
async function kept(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = await fakeBrowser.storage.local.get(null);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) if (k !== BACKUP_KEY && v !== null) out[k] = v;
  return out;
}

async function importText(text: string): Promise<void> {
  const prepared = await prepareImport(text, NOW);
  if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
  expect(await prepared.apply()).toEqual({ applied: true });
}

/** "Undo the last import", then the store as the next panel load leaves it. */
async function undoLastImport(): Promise<void> {
  const undo = await restoreBackup(NOW);
  if (!undo.ok) throw new Error(undo.errors.join('\n'));
  await undo.apply();
  await loadProgress(NOW);
}

describe('export all → import → undo keeps every kept value', () => {
  it('keeps the PSO counts through export all, import of the same file, and undo; the demo is never part of it', async () => {
    await fakeBrowser.storage.local.set({ ...v2, [PSO]: { psos: 3, pending: 2 }, ...OLD_DEMO });
    const demo = (await loadProgress(NOW)).state.demo; // migrated and tidied: the store as a user has it
    expect(demo).toMatchObject({ track: 'staff', ticks: { 'harp-profile': { 'legal-name': '2026-11-21' } }, notes: { prepare: 'Practice.' } });
    const before = await kept();
    expect(before[PSO]).toEqual({ psos: 3, pending: 2 });
    const file = await exportProgress('all', NOW);
    expect(JSON.stringify(file)).not.toContain('demo');
    expect(JSON.stringify(file)).not.toContain('Practice.');
    await importText(JSON.stringify(file));
    expect((await loadProgress(NOW)).state.demo).toEqual(demo);
    expect(await kept()).toEqual(before);
    await undoLastImport();
    expect(await kept()).toEqual(before);
    expect((await loadProgress(NOW)).state.demo).toEqual(demo);
    expect(JSON.stringify((await fakeBrowser.storage.local.get(BACKUP_KEY))[BACKUP_KEY])).not.toContain('Practice.');
  });

  it('brings the PSO counts back with undo when the imported file had none', async () => {
    await fakeBrowser.storage.local.set({ ...v2, [PSO]: { psos: 3, pending: 2 } });
    await loadProgress(NOW);
    const before = await kept();
    const file = await exportProgress(['sunny-acres-k3z9'], NOW);
    const stripped = JSON.parse(JSON.stringify(file)) as { workspaces: Record<string, unknown>[] };
    for (const w of stripped.workspaces) delete w.values;
    await importText(JSON.stringify(stripped));
    await loadProgress(NOW);
    expect((await kept())[PSO]).toBeUndefined();
    await undoLastImport();
    expect(await kept()).toEqual(before);
  });

  it.each([
    ['v1', v1],
    ['v2', v2],
  ])('across the migration from a %s store: migrated once, then export all → import → undo change nothing', async (_, fixture) => {
    await fakeBrowser.storage.local.set(fixture);
    await loadProgress(NOW);
    const before = await kept();
    await importText(JSON.stringify(await exportProgress('all', NOW)));
    await loadProgress(NOW);
    expect(await kept()).toEqual(before);
    await undoLastImport();
    expect(await kept()).toEqual(before);
  });
});

describe('keys inside a workspace that this version does not know', () => {
  const unknown = {
    'ws:default:future:x': { any: 'thing' },
    'ws:default:tick:some-future-step:item': { at: '2026-11-20' },
    'ws:default:milestone:future-date': { at: '2026-11-20' },
  };

  it('travel in the import backup and come back with undo, even when they were removed meanwhile', async () => {
    await fakeBrowser.storage.local.set({ ...v2, ...unknown });
    await loadProgress(NOW);
    const before = await kept();
    await importText(JSON.stringify(await exportProgress('all', NOW)));
    for (const [k, v] of Object.entries(unknown)) expect((await kept())[k], k).toEqual(v);
    // Removed meanwhile (the workspace deleted in another panel): Undo puts back what the import found.
    await deleteWorkspace('default');
    expect(Object.keys(await kept()).filter((k) => k.startsWith('ws:default:'))).toEqual([]);
    await undoLastImport();
    expect(await kept()).toEqual(before);
  });
});
