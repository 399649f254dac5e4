import type { StepId } from '../steps/ids';
import type { Step } from '../steps/schema';
import type { WorkspaceData } from './model';

/**
 * Where a step stands: the one rule every view uses (journey, progress bar, step view, summary, print view).
 * The views carry it as `data-status` beside `data-step-id` (a public contract).
 */
export type StepStatus = 'done' | 'current' | 'todo';

/** What the rule reads from a workspace: ticks and "I finished this step" dates. */
export type StepProgress = Pick<WorkspaceData, 'ticks' | 'steps'>;

/** Items of the step's checklist that are ticked. */
function tickedCount(step: Step, w: StepProgress): number {
  const ticked = w.ticks[step.id];
  return ticked ? step.checklist.filter((i) => ticked[i.id]).length : 0;
}

/** Done: the user marked the step finished, or ticked every item of its checklist (a step without items needs the mark). */
export function isStepDone(step: Step, w: StepProgress): boolean {
  return Boolean(w.steps[step.id]) || (step.checklist.length > 0 && tickedCount(step, w) === step.checklist.length);
}

export interface StepEntry {
  step: Step;
  status: StepStatus;
  ticked: number;
  total: number;
}

export interface StepStatuses {
  entries: StepEntry[];
  /** The step the user is on: `here` when it is listed, else the first step not done; null when all are done. */
  currentId: StepId | null;
}

/**
 * The status of each step of an ordered list. `here` is the step the followed page shows (the panel), or null
 * (the summary, or an unrecognised page). A done step stays "done" even when it is the one shown.
 */
export function stepStatuses(steps: readonly Step[], w: StepProgress, here: StepId | null = null): StepStatuses {
  const currentId = here && steps.some((s) => s.id === here) ? here : (steps.find((s) => !isStepDone(s, w))?.id ?? null);
  return { entries: steps.map((step) => entryOf(step, w, currentId)), currentId };
}

/** One step's entry; only `currentId` can be "current" (pass null for a list that has no current step). */
export function entryOf(step: Step, w: StepProgress, currentId: StepId | null): StepEntry {
  const status = isStepDone(step, w) ? 'done' : step.id === currentId ? 'current' : 'todo';
  return { step, status, ticked: tickedCount(step, w), total: step.checklist.length };
}
