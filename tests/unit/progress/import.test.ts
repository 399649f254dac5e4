import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v2 from '../../fixtures/progress/v2.json';
import { readState } from '@/utils/progress/model';
import { QuotaError } from '@/utils/progress/errors';
import { exportProgress, loadProgress, prepareImport } from '@/utils/progress/store';
import { FILE_FORMAT, FILE_VERSION, IMPORT_MAX_BYTES, exportFileName, parseImport } from '@/utils/progress/transfer';

type Json = Record<string, unknown>;
const NOW = new Date(2026, 10, 25);

async function baseFiles(): Promise<Json[]> {
  await fakeBrowser.storage.local.set(v2);
  const one = await exportProgress(['sunny-acres-k3z9'], NOW);
  const all = await exportProgress('all', NOW);
  fakeBrowser.reset();
  return [one, all].map((f) => JSON.parse(JSON.stringify(f)) as Json);
}

/** Sets a value at a path (creating objects on the way); `undefined` deletes. */
function setAt(doc: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(doc);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** [expected error path, path to change, bad value]. Each applied to both base files. */
const W = (...p: (string | number)[]) => ['workspaces', 0, ...p];
const MUTATIONS: [string, (string | number)[], unknown][] = [
  ['format', ['format'], 'something-else'],
  ['format', ['format'], undefined],
  ['format', ['format'], 5],
  ['schemaVersion', ['schemaVersion'], undefined],
  ['schemaVersion', ['schemaVersion'], '2'],
  ['schemaVersion', ['schemaVersion'], 2.5],
  ['schemaVersion', ['schemaVersion'], FILE_VERSION + 1],
  ['schemaVersion', ['schemaVersion'], 1],
  ['schemaVersion', ['schemaVersion'], -3],
  ['exportedAt', ['exportedAt'], 'yesterday'],
  ['exportedAt', ['exportedAt'], '2026-13-01'],
  ['exportedAt', ['exportedAt'], undefined],
  ['workspaces', ['workspaces'], undefined],
  ['workspaces', ['workspaces'], {}],
  ['workspaces', ['workspaces'], []],
  ['workspaces', ['workspaces'], 'all of them'],
  ['workspaces.0', W(), null],
  ['workspaces.0', W(), 'ws'],
  ['workspaces.0.id', W('id'), undefined],
  ['workspaces.0.id', W('id'), 'Bad Id'],
  ['workspaces.0.id', W('id'), 5],
  ['workspaces.0.id', W('id'), ''],
  ['workspaces.0.id', W('id'), 'a'.repeat(100)],
  ['workspaces.0.id', W('id'), '../../etc'],
  ['workspaces.0.name', W('name'), undefined],
  ['workspaces.0.name', W('name'), ''],
  ['workspaces.0.name', W('name'), 42],
  ['workspaces.0.name', W('name'), 'n'.repeat(500)],
  ['workspaces.0.track', W('track'), 5],
  ['workspaces.0.track', W('track'), 'Staff User!'],
  ['workspaces.0.track', W('track'), undefined],
  ['workspaces.0.ticks', W('ticks'), []],
  ['workspaces.0.ticks', W('ticks'), 'all'],
  ['workspaces.0.ticks', W('ticks'), undefined],
  ['workspaces.0.ticks.prepare', W('ticks', 'prepare'), 'know-ccn'],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), 'not a date'],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), 20261118],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), null],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), '2026-02-30'],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), '2026-11-18T09:00:00Z'],
  ['workspaces.0.ticks.prepare.know-ccn', W('ticks', 'prepare', 'know-ccn'), { at: '2026-11-18' }],
  ['workspaces.0.ticks.no-such-step', W('ticks', 'no-such-step'), { 'know-ccn': '2026-11-18' }],
  ['workspaces.0.ticks.prepare.no-such-item', W('ticks', 'prepare', 'no-such-item'), '2026-11-18'],
  ['workspaces.0.ticks.harp-profile.<b>x</b>', W('ticks', 'harp-profile', '<b>x</b>'), '2026-11-18'],
  ['workspaces.0.steps', W('steps'), 'done'],
  ['workspaces.0.steps.harp-profile.done', W('steps', 'harp-profile', 'done'), 'yesterday'],
  ['workspaces.0.steps.harp-profile.done', W('steps', 'harp-profile', 'done'), true],
  ['workspaces.0.steps.harp-profile.note', W('steps', 'harp-profile', 'note'), 5],
  ['workspaces.0.steps.harp-profile.note', W('steps', 'harp-profile', 'note'), 'n'.repeat(5000)],
  ['workspaces.0.steps.harp-profile', W('steps', 'harp-profile'), 'done'],
  ['workspaces.0.steps.not-a-step', W('steps', 'not-a-step'), { done: '2026-11-18' }],
  ['workspaces.0.milestones', W('milestones'), []],
  ['workspaces.0.milestones.role-requested', W('milestones', 'role-requested'), 'soon'],
  ['workspaces.0.milestones.role-requested', W('milestones', 'role-requested'), { at: '2026-11-18' }],
  ['workspaces.0.milestones.lunch', W('milestones', 'lunch'), '2026-11-18'],
  ['workspaces.1.id', ['workspaces', 1], 'DUPLICATE'],
];

/** Whole-text cases: not JSON, wrong top-level, poisoned keys, too large. */
const TEXTS: [string, (base: string) => string][] = [
  ['(file)', () => ''],
  ['(file)', () => 'not json at all'],
  ['(file)', (b) => b.slice(0, b.length / 2)],
  ['(file)', () => 'null'],
  ['(file)', () => '[]'],
  ['(file)', () => '"a string"'],
  ['(file)', () => '42'],
  ['(file)', (b) => b + ' '.repeat(IMPORT_MAX_BYTES)],
  ['__proto__', (b) => b.replace('{', '{"__proto__": {"polluted": true},')],
  ['constructor', (b) => b.replace('{', '{"constructor": {"prototype": {"polluted": true}},')],
  ['workspaces.0.__proto__', (b) => b.replace('"workspaces":[{', '"workspaces":[{"__proto__": {},')],
  ['workspaces.0.ticks.__proto__', (b) => b.replace('"ticks":{', '"ticks":{"__proto__": {"know-ccn": "2026-11-18"},')],
  ['~.ticks.prepare.constructor', (b) => b.replace('"prepare":{', '"prepare":{"constructor":"2026-11-18",')],
];

interface Case {
  name: string;
  text: string;
  path: string;
}

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  for (const [bi, base] of (await baseFiles()).entries()) {
    for (const [path, at, value] of MUTATIONS) {
      const doc = setAt(base, at, value === 'DUPLICATE' ? (base.workspaces as Json[])[0] : value);
      out.push({ name: `base ${bi}: ${at.join('.')} = ${String(JSON.stringify(value)).slice(0, 30)}`, text: JSON.stringify(doc), path });
    }
    for (const [i, [path, make]] of TEXTS.entries()) {
      const text = make(JSON.stringify(base));
      if (text === JSON.stringify(base)) throw new Error(`text case ${i} changed nothing`);
      out.push({ name: `base ${bi}: text case ${i}`, text, path });
    }
  }
  // Base-independent texts appear once.
  return out.filter((c, i) => out.findIndex((o) => o.text === c.text) === i);
}

describe('import refuses malformed files with a path-level message and writes nothing', () => {
  it('at least 100 generated malformed files', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThanOrEqual(100);
    console.info(`import: ${all.length} malformed files`);
    await fakeBrowser.storage.local.set(v2);
    await loadProgress(NOW);
    const before = await fakeBrowser.storage.local.get(null);
    for (const c of all) {
      const result = await prepareImport(c.text, NOW);
      expect(result.ok, c.name).toBe(false);
      if (result.ok) continue;
      expect(result.errors.length, c.name).toBeGreaterThan(0);
      for (const e of result.errors) expect(e, c.name).toMatch(/^\S+: \S/);
      for (const e of result.errors) expect(e, c.name).not.toContain('Invalid input');
      expect(result.errors.some((e) => (c.path.startsWith('~') ? e.includes(c.path.slice(1)) : e.startsWith(c.path))), `${c.name}: ${result.errors.join(' | ')}`).toBe(true);
      expect(await fakeBrowser.storage.local.get(null), c.name).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says which field is wrong in plain words', () => {
    const bad = {
      format: FILE_FORMAT,
      schemaVersion: 2,
      exportedAt: '2026-11-25',
      workspaces: [{ id: 'default', name: 'Mine', track: null, ticks: {}, steps: { 'harp-profile': { done: 'last week' } }, milestones: {} }],
    };
    expect(parseImport(JSON.stringify(bad))).toEqual({ ok: false, errors: ['workspaces.0.steps.harp-profile.done: expected a date (YYYY-MM-DD)'] });
  });
});

describe('export and import', () => {
  it('export → wipe → import restores exactly, after backing up what was there', async () => {
    await fakeBrowser.storage.local.set(v2);
    const file = await exportProgress('all', NOW);
    expect(exportFileName(file)).toBe('iqies-progress-all-2026-11-25.json');
    const before = (await loadProgress(NOW)).state;
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'ws:default:tick:prepare:browser': { at: '2026-01-01' } });
    const prepared = await prepareImport(JSON.stringify(file), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    expect(prepared.changes.map((c) => [c.id, c.isNew, c.ticksBefore, c.ticksAfter])).toEqual([
      ['default', false, 1, 1],
      ['sunny-acres-k3z9', true, 0, 1],
    ]);
    await prepared.apply();
    const after = (await loadProgress(NOW)).state;
    expect(after.workspaces).toEqual(before.workspaces);
    expect(after.active).toBe('default');
    const backup = (await fakeBrowser.storage.local.get('backup.beforeImport'))['backup.beforeImport'] as { file: { workspaces: { ticks: unknown }[] } };
    expect(backup.file.workspaces[0]!.ticks).toEqual({ prepare: { browser: '2026-01-01' } });
    // Tombstones were tidied away.
    expect(Object.values(await fakeBrowser.storage.local.get(null))).not.toContain(null);
  });

  it('importing one workspace leaves the others alone', async () => {
    await fakeBrowser.storage.local.set(v2);
    const one = await exportProgress(['sunny-acres-k3z9'], NOW);
    await fakeBrowser.storage.local.set({ 'ws:sunny-acres-k3z9:tick:harp-profile:legal-name': { at: '2026-11-24' } });
    const prepared = await prepareImport(JSON.stringify(one), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    await prepared.apply();
    const { state } = await loadProgress(NOW);
    expect(state.workspaces.find((w) => w.id === 'sunny-acres-k3z9')!.ticks).toEqual({ prepare: { 'know-ccn': '2026-11-18' } });
    expect(state.workspaces.find((w) => w.id === 'default')!.ticks).toEqual({ 'harp-profile': { 'legal-name': '2026-11-20' } });
  });

  it('a full storage refuses the import whole: nothing half-written', async () => {
    await fakeBrowser.storage.local.set(v2);
    const file = await exportProgress('all', NOW);
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const prepared = await prepareImport(JSON.stringify({ ...file, workspaces: [{ ...file.workspaces[0], id: 'copy' }] }), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    await expect(prepared.apply()).rejects.toBeInstanceOf(QuotaError);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(readState(before).quarantine).toEqual([]);
  });
});

describe('an import applies what was previewed, or nothing', () => {
  it('a preview made stale by another panel is not applied: it is checked again and asked again', async () => {
    await fakeBrowser.storage.local.set(v2);
    const file = await exportProgress(['default'], NOW);
    const prepared = await prepareImport(JSON.stringify(file), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    // Another panel ticks an item (and sets a milestone) while the preview waits for the user.
    const newer = { 'ws:default:tick:prepare:know-ccn': { at: '2026-11-24' }, 'ws:default:milestone:role-requested': { at: '2026-11-24' } };
    await fakeBrowser.storage.local.set(newer);
    const before = await fakeBrowser.storage.local.get(null);
    const result = await prepared.apply();
    expect(result.applied).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before); // nothing written
    if (result.applied || !result.again.ok) throw new Error('expected a new preview');
    // The new preview counts the newer tick; applying it (nothing changed since) replaces the workspace.
    expect(result.again.changes.find((c) => c.id === 'default')!.ticksBefore).toBe(prepared.changes.find((c) => c.id === 'default')!.ticksBefore + 1);
    expect(await result.again.apply()).toEqual({ applied: true });
    const backup = (await fakeBrowser.storage.local.get('backup.beforeImport'))['backup.beforeImport'] as { file: { workspaces: { id: string; ticks: Record<string, unknown> }[] } };
    expect(backup.file.workspaces.find((w) => w.id === 'default')!.ticks.prepare).toEqual({ 'know-ccn': '2026-11-24' });
  });

  it('a preview with nothing changed since is applied as previewed', async () => {
    await fakeBrowser.storage.local.set(v2);
    const prepared = await prepareImport(JSON.stringify(await exportProgress('all', NOW)), NOW);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    // Storage that does not change the plan (tidied tombstones, another area) does not make it stale.
    await fakeBrowser.storage.local.set({ 'quarantine:x': { at: '2026-11-25', raw: '1' } });
    expect(await prepared.apply()).toEqual({ applied: true });
  });
});

describe('undoing an import', () => {
  it('restores exactly what the import replaced, including removing workspaces it added', async () => {
    const { restoreBackup } = await import('@/utils/progress/store');
    expect(await restoreBackup(NOW)).toEqual({ ok: false, errors: ['(backup): there is no backup to restore'] });
    await fakeBrowser.storage.local.set({ 'ws:default:tick:prepare:browser': { at: '2026-01-01' } });
    const before = (await loadProgress(NOW)).state;
    await fakeBrowser.storage.local.set(v2);
    const file = await exportProgress('all', NOW);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'ws:default:tick:prepare:browser': { at: '2026-01-01' } });
    const imported = await prepareImport(JSON.stringify(file), NOW);
    if (!imported.ok) throw new Error(imported.errors.join());
    await imported.apply();
    expect((await loadProgress(NOW)).state.workspaces).toHaveLength(2);
    const undo = await restoreBackup(NOW);
    if (!undo.ok) throw new Error(undo.errors.join());
    await undo.apply();
    expect((await loadProgress(NOW)).state.workspaces).toEqual(before.workspaces);
  });
});
