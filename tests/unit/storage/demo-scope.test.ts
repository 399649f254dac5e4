import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commands } from '@/utils/progress/commands';
import type { KeyWrite } from '@/utils/progress/commands';
import { emptyWorkspace, readState } from '@/utils/progress/model';
import { NOTE_MAX } from '@/utils/progress/schema';
import { deleteWorkspace, exportProgress, loadProgress, resetDemo } from '@/utils/progress/store';
import { isReminderInput } from '@/utils/reminders/plan';
import { DEMO_SCOPE, ITEMS, WORKSPACE_VALUES, itemOf, storedWorkspaceIds } from '@/utils/storage/items';
import type { Scope, WorkspaceValueName } from '@/utils/storage/items';
import { workspaceWith } from '../support/workspaces';

const TODAY = '2026-11-25';
const DAY = '2026-11-20';

/**
 * One command per per-workspace item, run in any scope; every per-workspace value (WORKSPACE_VALUES) has one through
 * `commands.value`. A new kind of item needs one here: the test below then checks that the demo keeps it (a `demo:`
 * key) or ignores it (no write at all), as the registry says.
 */
const SAMPLES: Record<string, (scope: Scope) => KeyWrite | null> = {
  meta: (s) => commands.rename(s, 'Sunny Acres'),
  track: (s) => commands.track(s, 'staff'),
  tick: (s) => commands.tick(s, emptyWorkspace('x'), 'harp-profile', 'legal-name', true, TODAY),
  step: (s) => commands.markDone(s, 'harp-profile', true, TODAY),
  note: (s) => commands.note(s, 'harp-profile', 'PSO is Dana'),
  milestone: (s) => commands.milestone(s, 'role-requested', TODAY),
  ...Object.fromEntries(Object.keys(WORKSPACE_VALUES).map((name) => [name, (s: Scope) => commands.value(s, name as WorkspaceValueName, { any: 'value' })])),
};

const perWorkspace = ITEMS.filter((i) => i.scope === 'workspace');

describe('the demo scope in the registry', () => {
  it('every per-workspace item says what the demo does with it: kept under demo:, or ignored', () => {
    expect(perWorkspace.map((i) => i.name)).toEqual(expect.arrayContaining(['meta', 'track', 'tick', 'step', 'note', 'milestone', 'pso-duties']));
    for (const item of perWorkspace) {
      expect(['kept', 'ignored'], `what the demo does with ${item.name}`).toContain(item.demo);
      const inDemo = ITEMS.filter((d) => d.scope === 'demo' && d.name === item.name);
      if (item.demo === 'kept') {
        // The same schema and limits as a workspace's, never exported, never a reminders input.
        expect(inDemo, item.name).toHaveLength(1);
        expect(inDemo[0], item.name).toMatchObject({ key: item.key.replace('ws:<ws>:', 'demo:'), schema: item.schema, limit: item.limit, exported: false, reminders: false });
      } else {
        expect(inDemo, item.name).toEqual([]);
      }
    }
    for (const [name, value] of Object.entries(WORKSPACE_VALUES)) expect(['kept', 'ignored'], `what the demo does with ${name}`).toContain(value.demo);
  });

  it('declares nothing in the demo scope that a workspace does not keep', () => {
    for (const d of ITEMS.filter((i) => i.scope === 'demo')) {
      expect(perWorkspace.find((i) => i.name === d.name)?.demo, d.key).toBe('kept');
    }
  });

  it('the same commands write a workspace or the demo, as the registry says', () => {
    for (const item of perWorkspace) {
      const sample = SAMPLES[item.name];
      expect(sample, `a sample command for ${item.name}`).toBeDefined();
      const real = sample!('sunny-k3z9');
      expect(real && itemOf(real.key), item.name).toBe(item);
      const demo = sample!(DEMO_SCOPE);
      if (item.demo === 'kept') {
        expect(demo && itemOf(demo.key)?.scope, item.name).toBe('demo');
        expect(demo!.value, item.name).toEqual(real!.value);
      } else {
        expect(demo, `${item.name} is a no-op in the demo`).toBeNull();
      }
    }
  });

  it('in the demo a re-tick keeps the first date and a note keeps to the note limit', () => {
    const w = workspaceWith([['harp-profile', 'legal-name']], [], DAY);
    expect(commands.tick(DEMO_SCOPE, w, 'harp-profile', 'legal-name', true, TODAY)).toEqual({ key: 'demo:tick:harp-profile:legal-name', value: { at: DAY } });
    expect(commands.tick(DEMO_SCOPE, w, 'harp-profile', 'legal-name', false, TODAY)).toEqual({ key: 'demo:tick:harp-profile:legal-name', value: null });
    expect(commands.note(DEMO_SCOPE, 'harp-profile', 'x'.repeat(NOTE_MAX + 5))).toEqual({ key: 'demo:note:harp-profile', value: { text: 'x'.repeat(NOTE_MAX) } });
    expect(commands.note(DEMO_SCOPE, 'harp-profile', '  ')).toEqual({ key: 'demo:note:harp-profile', value: null });
  });

  it('demo keys are not a workspace, not exported and not a reminders input', () => {
    for (const key of ['demo:track', 'demo:tick:harp-profile:legal-name', 'demo:step:harp-profile', 'demo:note:harp-profile']) {
      expect(itemOf(key)?.scope, key).toBe('demo');
      expect(itemOf(key)?.exported, key).toBe(false);
      expect(isReminderInput(key), key).toBe(false);
    }
    // Only what the demo keeps is declared there: a key date or PSO counts under demo: is nothing.
    for (const key of ['demo:milestone:role-requested', 'demo:pso-duties', 'demo:meta']) expect(itemOf(key), key).toBeNull();
    expect([...storedWorkspaceIds({ 'demo:track': { id: 'staff' }, 'demo:tick:harp-profile:legal-name': { at: DAY } })]).toEqual(['default']);
  });
});

describe('the demo, read by the reader that reads workspaces', () => {
  const raw = {
    'demo:track': { id: 'staff' },
    'demo:tick:harp-profile:legal-name': { at: DAY },
    'demo:step:harp-profile': { done: DAY },
    'demo:note:harp-profile': { text: 'PSO is Dana' },
    'demo:tick:no-such-step:item': { at: DAY },
    'ws:default:tick:prepare:know-ccn': { at: DAY },
  };

  it('reads ticks, done marks, notes and the track into a workspace of its own, apart from real progress', () => {
    const { state, quarantine } = readState(raw);
    expect(quarantine).toEqual([]);
    expect(state.demo).toMatchObject({ track: 'staff', ticks: { 'harp-profile': { 'legal-name': DAY } }, steps: { 'harp-profile': DAY }, notes: { 'harp-profile': 'PSO is Dana' }, milestones: {} });
    expect(state.workspaces.map((w) => w.id)).toEqual(['default']);
    expect(state.workspaces[0]!.ticks).toEqual({ prepare: { 'know-ccn': DAY } });
  });

  it('repairs a damaged demo value as it repairs a workspace one', () => {
    const { state, quarantine } = readState({ 'demo:note:harp-profile': 'a bare string', 'demo:tick:harp-profile:legal-name': { at: 'yesterday' } });
    expect(state.demo.notes).toEqual({ 'harp-profile': 'a bare string' });
    expect(state.demo.ticks).toEqual({});
    expect(quarantine.map((q) => [q.key, q.repaired])).toEqual([
      ['demo:note:harp-profile', { text: 'a bare string' }],
      ['demo:tick:harp-profile:legal-name', null],
    ]);
  });
});

describe('the demo in storage', () => {
  const demo = { 'demo:track': { id: 'staff' }, 'demo:tick:harp-profile:legal-name': { at: DAY }, 'demo:note:harp-profile': { text: 'PSO is Dana' } };

  it('is never exported', async () => {
    await fakeBrowser.storage.local.set({ ...demo, 'ws:default:tick:prepare:know-ccn': { at: DAY } });
    expect(JSON.stringify(await exportProgress('all'))).not.toContain('demo');
  });

  it('is left alone by a reset of real progress', async () => {
    await fakeBrowser.storage.local.set({ ...demo, 'ws:default:tick:prepare:know-ccn': { at: DAY } });
    await deleteWorkspace('default');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['ws:default:tick:prepare:know-ccn']).toBeUndefined();
    for (const [key, value] of Object.entries(demo)) expect(stored[key], key).toEqual(value);
  });

  it('a reset clears every demo key and starts the demo on a track, touching nothing else', async () => {
    await fakeBrowser.storage.local.set({ ...demo, 'demo:step:harp-profile': { done: DAY }, 'ws:default:track': { id: 'first-pso' } });
    await resetDemo('pso-duties');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ 'demo:track': { id: 'pso-duties' }, 'ws:default:track': { id: 'first-pso' } });
    expect((await loadProgress()).state.demo).toMatchObject({ track: 'pso-duties', ticks: {}, steps: {}, notes: {} });
  });
});
