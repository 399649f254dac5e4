import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1 from '../../fixtures/progress/v1.json';
import v2 from '../../fixtures/progress/v2.json';
import v3 from '../../fixtures/progress/v3.json';
import { VERSION_KEY } from '@/utils/progress/keys';
import { MIGRATIONS, applyPlan, migrate, storedVersion } from '@/utils/progress/migrations';
import { readState, workspaceOf } from '@/utils/progress/model';
import { NOTE_MAX, PROGRESS_VERSION } from '@/utils/progress/schema';
import { loadProgress } from '@/utils/progress/store';
import { STEP_RENAMES } from '@/utils/steps/ids';

/** Frozen snapshots of what each schema version stored. Never edit them; add one per new version. */
const FIXTURES: Record<number, Record<string, unknown>> = { 1: v1, 2: v2, 3: v3 };

describe('progress migrations', () => {
  it('has a frozen fixture and a migration for every version', () => {
    for (let v = 1; v <= PROGRESS_VERSION; v++) expect(FIXTURES[v], `fixture for v${v}`).toBeDefined();
    for (let v = 2; v <= PROGRESS_VERSION; v++) expect(MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it.each(Object.entries(FIXTURES))('brings v%s to the current version without losing a tick', (v, raw) => {
    expect(storedVersion(raw)).toBe(Number(v));
    const migrated = applyPlan(raw, migrate(raw) ?? { set: {}, remove: [] });
    expect(migrated[VERSION_KEY]).toBe(PROGRESS_VERSION);
    expect(migrate(migrated)).toBeNull(); // idempotent: a second panel migrating at once changes nothing
    const { state, quarantine } = readState(migrated);
    expect(quarantine).toEqual([]);
    const before = readState(raw).state;
    for (const w of before.workspaces) expect(workspaceOf(state, w.id)).toEqual(w);
    expect(state.demo).toEqual(before.demo);
  });

  it('v1: the skeleton layout reads as the default workspace', () => {
    const { state } = readState(applyPlan(v1, migrate(v1)!));
    expect(state.active).toBe('default');
    expect(state.workspaces.map((w) => w.id)).toEqual(['default']);
    expect(workspaceOf(state).ticks).toEqual({
      'harp-profile': { 'legal-name': '2026-11-20', 'home-address': '2026-11-21' },
      prepare: { 'know-ccn': '2026-11-18' },
      'harp-account': { 'user-id-noted': '2026-11-22' },
    });
  });

  it('v2: workspaces, notes, step states and milestones', () => {
    const { state } = readState(v2);
    expect(state.active).toBe('sunny-acres-k3z9');
    const w = workspaceOf(state);
    expect(w).toMatchObject({
      name: 'Sunny Acres',
      // The frozen v2 snapshot stores a track id no release has: it reads as "no track chosen" (and stays stored).
      track: null,
      steps: { prepare: '2026-11-18' },
      notes: { prepare: 'CCN is on the state licence; PSO is Dana.' },
      milestones: { 'harp-account-created': '2026-11-19' },
    });
  });

  it('old step ids follow the renames map', () => {
    const renames = STEP_RENAMES as Record<string, string>;
    renames['harp-profile-info'] = 'harp-profile';
    try {
      const raw = { 'ws:default:tick:harp-profile-info:legal-name': { at: '2026-11-20' }, 'ws:default:note:harp-profile-info': { text: 'x' } };
      const plan = migrate(raw)!;
      expect(plan.remove.sort()).toEqual(Object.keys(raw).sort());
      const after = applyPlan(raw, plan);
      expect(after['ws:default:tick:harp-profile:legal-name']).toEqual({ at: '2026-11-20' });
      expect(workspaceOf(readState(after).state).notes).toEqual({ 'harp-profile': 'x' });
    } finally {
      delete renames['harp-profile-info'];
    }
  });

  it('leaves data from a newer version alone and says so', async () => {
    await fakeBrowser.storage.local.set({ ...v2, [VERSION_KEY]: PROGRESS_VERSION + 5 });
    const { state, notice } = await loadProgress();
    expect(state.newer).toBe(true);
    expect(notice).toMatch(/newer version/);
    expect(await fakeBrowser.storage.local.get(VERSION_KEY)).toEqual({ [VERSION_KEY]: PROGRESS_VERSION + 5 });
  });

  it('migrates stored v1 data on load, in storage', async () => {
    await fakeBrowser.storage.local.set(v1);
    const { state, notice } = await loadProgress();
    expect(notice).toBeNull();
    expect(Object.values(workspaceOf(state).ticks).flatMap((items) => Object.keys(items ?? {}))).toHaveLength(4);
    expect((await fakeBrowser.storage.local.get(VERSION_KEY))[VERSION_KEY]).toBe(PROGRESS_VERSION);
  });
});

describe('the demo kept by the previous layout (one demo.workspace value)', () => {
  const OLD = 'demo.workspace';
  const blob = {
    track: 'staff',
    ticks: { 'harp-profile/legal-name': '2026-11-20', 'harp-profile/work-email': '2026-11-21' },
    steps: { 'harp-profile': '2026-11-21' },
    notes: { 'harp-profile': 'PSO is Dana', prepare: '   ' },
  };

  it('is carried into the demo keys and removed, on load', async () => {
    await fakeBrowser.storage.local.set({ ...v2, [OLD]: blob });
    const { state, notice } = await loadProgress();
    expect(notice).toBeNull();
    expect(state.demo).toMatchObject({
      track: 'staff',
      ticks: { 'harp-profile': { 'legal-name': '2026-11-20', 'work-email': '2026-11-21' } },
      steps: { 'harp-profile': '2026-11-21' },
      notes: { 'harp-profile': 'PSO is Dana' },
    });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[OLD]).toBeUndefined();
    expect(stored['demo:tick:harp-profile:legal-name']).toEqual({ at: '2026-11-20' });
    expect(stored['demo:track']).toEqual({ id: 'staff' });
    // Real progress is as it was.
    for (const w of readState(v2).state.workspaces) expect(workspaceOf(state, w.id)).toEqual(w);
  });

  it('by the background on update too, before any panel opens (a pure migration, idempotent)', () => {
    const raw = { ...v2, [OLD]: blob };
    const plan = migrate(raw)!;
    expect(plan.remove).toContain(OLD);
    const after = applyPlan(raw, plan);
    expect(migrate(after)).toBeNull();
    expect(readState(after).quarantine).toEqual([]);
  });

  it('a demo key already there wins over the old value', () => {
    const raw = { ...v2, [OLD]: blob, 'demo:track': { id: 'pso-duties' } };
    expect(readState(applyPlan(raw, migrate(raw)!)).state.demo.track).toBe('pso-duties');
  });

  it.each([
    ['not an object', 'x'],
    ['a list', []],
    ['null', null],
    ['a wrong track type', { track: 3, ticks: {}, steps: {}, notes: {} }],
    ['ticks that are not a record', { track: 'first-pso', ticks: 'no', steps: {}, notes: {} }],
    ['a note past the limit', { track: 'first-pso', ticks: {}, steps: {}, notes: { prepare: 'x'.repeat(NOTE_MAX + 1) } }],
  ])('a damaged old demo (%s) becomes an empty demo, quietly, and is removed', async (_, bad) => {
    await fakeBrowser.storage.local.set({ ...v2, [OLD]: bad });
    const { state, notice } = await loadProgress();
    expect(notice).toBeNull();
    expect(state.demo).toMatchObject({ track: null, ticks: {}, steps: {}, notes: {} });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k === OLD || k.startsWith('demo:') || k.startsWith('quarantine:'))).toEqual([]);
  });

  it('entries the demo keys cannot hold are left out, the rest carried', async () => {
    const odd = {
      track: 'no-such-track',
      ticks: { 'harp-profile/legal-name': 'not a date', 'no-slash': '2026-11-20', 'harp-profile/Bad Item': '2026-11-20', 'prepare/know-ccn': '2026-11-20' },
      steps: { 'harp-profile': 'soon', prepare: '2026-11-20' },
      notes: {},
    };
    await fakeBrowser.storage.local.set({ ...v2, [OLD]: odd });
    const { state, notice } = await loadProgress();
    expect(notice).toBeNull();
    expect(state.demo).toMatchObject({ track: null, ticks: { prepare: { 'know-ccn': '2026-11-20' } }, steps: { prepare: '2026-11-20' } });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('demo:')).sort()).toEqual(['demo:step:prepare', 'demo:tick:prepare:know-ccn']);
  });
});
