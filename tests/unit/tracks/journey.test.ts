import { describe, expect, it } from 'vitest';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { isStepDone, journeyOf, nextStepId, previousStepId } from '@/utils/tracks/journey';

const track = getTrack('pso-duties')!;
const ticked = (pairs: string[]) => (s: StepId, i: string) => pairs.includes(`${s}/${i}`);
const allItems = (id: StepId) => getStep(id)!.checklist.map((i) => `${id}/${i.id}`);

describe('journey logic', () => {
  it('finds the next and previous step on a track', () => {
    expect(nextStepId(track, 'iqies-sign-in')).toBe('iqies-manage-requests');
    expect(nextStepId(track, 'stay-active')).toBeNull();
    expect(nextStepId(track, 'harp-profile')).toBeNull();
    expect(previousStepId(track, 'iqies-manage-requests')).toBe('iqies-sign-in');
    expect(previousStepId(track, 'iqies-sign-in')).toBeNull();
  });

  it('calls a step done only when every item is ticked', () => {
    const step = getStep('iqies-sign-in')!;
    expect(isStepDone(step, ticked(allItems('iqies-sign-in').slice(1)))).toBe(false);
    expect(isStepDone(step, ticked(allItems('iqies-sign-in')))).toBe(true);
  });

  it('starts at the first step with nothing ticked and nothing detected', () => {
    const j = journeyOf(track, getStep, ticked([]), null);
    expect(j.currentId).toBe('iqies-sign-in');
    expect(j.nextId).toBe('iqies-manage-requests');
    expect(j.percent).toBe(0);
    expect(j.stepsDone).toBe(0);
    expect(j.entries.map((e) => e.position)).toEqual(['current', 'next', null, null, null]);
  });

  it('moves current to the first step not done, from ticks', () => {
    const j = journeyOf(track, getStep, ticked(allItems('iqies-sign-in')), null);
    expect(j.currentId).toBe('iqies-manage-requests');
    expect(j.nextId).toBe('pso-backup');
    expect(j.stepsDone).toBe(1);
    expect(j.entries[0]).toMatchObject({ id: 'iqies-sign-in', done: true, position: null });
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

  it('keeps a done step current while its page is open', () => {
    const j = journeyOf(track, getStep, ticked(allItems('iqies-sign-in')), 'iqies-sign-in');
    expect(j.entries[0]).toMatchObject({ done: true, position: 'current' });
  });

  it('works for every track', () => {
    for (const t of TRACKS) {
      const j = journeyOf(t, getStep, ticked([]), null);
      expect(j.currentId, t.id).toBe(t.steps[0]);
      expect(j.entries).toHaveLength(t.steps.length);
    }
  });
});
