import { describe, expect, it } from 'vitest';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { journeyOf, nextStepId } from '@/utils/tracks/journey';
import { allItems, workspaceWith } from '../support/workspaces';

const track = getTrack('pso-duties')!;
const ticked = (pairs: (readonly [StepId, string])[]) => workspaceWith(pairs);
const statuses = (j: { entries: { status: string }[] }) => j.entries.map((e) => e.status);

describe('journey logic', () => {
  it('finds the next step on a track', () => {
    expect(nextStepId(track, 'iqies-sign-in')).toBe('iqies-manage-requests');
    expect(nextStepId(track, 'stay-active')).toBeNull();
    expect(nextStepId(track, 'harp-profile')).toBeNull();
  });

  it('starts at the first step with nothing ticked and nothing detected', () => {
    const j = journeyOf(track, getStep, ticked([]), null);
    expect(j.currentId).toBe('iqies-sign-in');
    expect(j.nextId).toBe('iqies-manage-requests');
    expect(j.percent).toBe(0);
    expect(j.stepsDone).toBe(0);
    expect(statuses(j)).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
  });

  it('moves current to the first step not done, from ticks', () => {
    const j = journeyOf(track, getStep, ticked(allItems('iqies-sign-in')), null);
    expect(j.currentId).toBe('iqies-manage-requests');
    expect(j.nextId).toBe('pso-backup');
    expect(j.stepsDone).toBe(1);
    expect(statuses(j)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
  });

  it('lets the detected page win when it is on the track, even if earlier steps are open', () => {
    const j = journeyOf(track, getStep, ticked([]), 'pso-backup');
    expect(j.currentId).toBe('pso-backup');
    expect(j.nextId).toBe('change-of-ownership');
  });

  it('ignores a detected page that is not on the track', () => {
    expect(journeyOf(track, getStep, ticked([]), 'harp-profile').currentId).toBe('iqies-sign-in');
  });

  it('computes progress from ticked items, rounding down so 100% means everything', () => {
    const items = track.steps.flatMap(allItems);
    const oneLess = items.slice(0, -1);
    const almost = journeyOf(track, getStep, ticked(oneLess), null);
    expect(almost.percent).toBe(Math.floor((100 * oneLess.length) / items.length));
    expect(almost.percent).toBeLessThan(100);
    const all = journeyOf(track, getStep, ticked(items), null);
    expect(all.percent).toBe(100);
    expect(all.currentId).toBeNull();
    expect(all.nextId).toBeNull();
    expect(all.stepsDone).toBe(track.steps.length);
  });

  it('keeps the open page current but a done step stays done', () => {
    const j = journeyOf(track, getStep, ticked(allItems('iqies-sign-in')), 'iqies-sign-in');
    expect(j.currentId).toBe('iqies-sign-in');
    expect(statuses(j)).toEqual(['done', 'todo', 'todo', 'todo', 'todo']);
  });

  it('counts a step marked finished as done, with all its items in the percentage', () => {
    const j = journeyOf(track, getStep, workspaceWith([], ['iqies-sign-in']), null);
    expect(j.stepsDone).toBe(1);
    expect(j.currentId).toBe('iqies-manage-requests');
    const items = track.steps.reduce((n, id) => n + getStep(id)!.checklist.length, 0);
    expect(j.percent).toBe(Math.floor((100 * getStep('iqies-sign-in')!.checklist.length) / items));
  });

  it('works for every track', () => {
    for (const t of TRACKS) {
      const j = journeyOf(t, getStep, ticked([]), null);
      expect(j.currentId, t.id).toBe(t.steps[0]);
      expect(j.entries).toHaveLength(t.steps.length);
    }
  });
});
