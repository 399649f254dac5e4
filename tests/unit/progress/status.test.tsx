import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import v1 from '../../fixtures/progress/v1.json';
import v2 from '../../fixtures/progress/v2.json';
import { JourneyNav } from '@/components/JourneyNav';
import { Summary } from '@/components/Summary';
import { applyPlan, migrate } from '@/utils/progress/migrations';
import { readState } from '@/utils/progress/model';
import type { WorkspaceData } from '@/utils/progress/model';
import { isStepDone, stepStatuses } from '@/utils/progress/status';
import { summarize } from '@/utils/progress/summary';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import { TRACKS } from '@/utils/tracks/data';
import { journeyOf, stepsOf } from '@/utils/tracks/journey';
import type { Track } from '@/utils/tracks/schema';
import { allItems, workspaceWith } from '../support/workspaces';

const profile = getStep('harp-profile')!;

describe('the one rule for "done"', () => {
  it('is done when marked finished or when every item is ticked, not before', () => {
    expect(isStepDone(profile, workspaceWith(allItems('harp-profile').slice(1)))).toBe(false);
    expect(isStepDone(profile, workspaceWith(allItems('harp-profile')))).toBe(true);
    expect(isStepDone(profile, workspaceWith([], ['harp-profile']))).toBe(true);
    expect(isStepDone(profile, workspaceWith([['harp-profile', 'legal-name']], ['harp-account']))).toBe(false);
  });

  it('makes the first step not done current, or the step the page shows when it is listed', () => {
    const steps = stepsOf(TRACKS[0]!, getStep);
    const w = workspaceWith(allItems(steps[0]!.id), [steps[1]!.id]);
    const auto = stepStatuses(steps, w);
    expect(auto.entries.slice(0, 3).map((e) => e.status)).toEqual(['done', 'done', 'current']);
    expect(auto.entries.filter((e) => e.status === 'current')).toHaveLength(1);
    expect(stepStatuses(steps, w, steps[4]!.id).currentId).toBe(steps[4]!.id);
    expect(stepStatuses(steps.slice(0, 4), w, steps[5]!.id).currentId).toBe(steps[2]!.id); // not listed: ignored
    const all = workspaceWith([], steps.map((s) => s.id));
    expect(stepStatuses(steps, all).currentId).toBeNull();
  });
});

/** Workspaces the tests know: the frozen snapshots, and hand-made ones that split the two halves of the rule. */
function testWorkspaces(): [string, WorkspaceData][] {
  const fromRaw = (raw: Record<string, unknown>) => readState(applyPlan(raw, migrate(raw) ?? { set: {}, remove: [] })).state.workspaces;
  const cases: [string, WorkspaceData][] = [
    ...fromRaw(v1).map((w): [string, WorkspaceData] => [`v1 ${w.id}`, w]),
    ...fromRaw(v2).map((w): [string, WorkspaceData] => [`v2 ${w.id}`, w]),
    ['empty', workspaceWith([])],
    ['ticked, not marked', workspaceWith([...allItems('prepare'), ...allItems('harp-profile'), ['harp-account', 'user-id-noted']])],
    ['marked, not ticked', workspaceWith([['harp-identity', STEPS.find((s) => s.id === 'harp-identity')!.checklist[0]!.id]], ['prepare', 'harp-account', 'access-approved'])],
    ['everything marked', workspaceWith([], STEPS.map((s) => s.id))],
  ];
  return cases;
}

const statusesIn = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('[data-step-id][data-status]')].map((el) => [el.dataset.stepId, el.dataset.status]);

describe('the journey and the summary agree', () => {
  const tracks: (Track | null)[] = [null, ...TRACKS];
  for (const [name, w] of testWorkspaces()) {
    it.each(tracks.map((t) => [t?.id ?? 'no track', t] as const))(`${name}, %s: same status for every step`, (_, track) => {
      const steps = track ? stepsOf(track, getStep) : STEPS;
      const journey = track ? journeyOf(track, getStep, w, null) : { ...stepStatuses(STEPS, w), nextId: null };
      const panel = render(<JourneyNav track={track} journey={journey} otherEntries={[]} shownId={null} detectedId={null} onSelect={() => undefined} />);
      const { done, left } = summarize(w, steps);
      const summary = render(<Summary workspace={w} trackTitle={track?.title ?? null} done={done} left={left} today="2026-11-25" onPrint={() => undefined} />);
      const inPanel = statusesIn(panel.container);
      expect(inPanel).toHaveLength(steps.length);
      // The summary lists done steps first: compare by step.
      expect(Object.fromEntries(statusesIn(summary.container))).toEqual(Object.fromEntries(inPanel));
      expect(done.length).toBe(track ? journeyOf(track, getStep, w, null).stepsDone : steps.filter((s) => isStepDone(s, w)).length);
      panel.unmount();
      summary.unmount();
    });
  }

  it('the test workspaces cover both halves of the rule', () => {
    const all = testWorkspaces().map(([, w]) => w);
    const byMark = all.some((w) => STEPS.some((s) => w.steps[s.id] && !s.checklist.every((i) => w.ticks[s.id]?.[i.id])));
    const byTicks = all.some((w) => STEPS.some((s) => !w.steps[s.id] && isStepDone(s, w)));
    expect([byMark, byTicks]).toEqual([true, true]);
  });
});
