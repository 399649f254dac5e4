import type { StepId } from '../steps/ids';
import type { Step } from '../steps/schema';
import type { Track } from './schema';

/** Pure journey logic: where someone is on a track, from ticks and the detected page. */

/** Is this item ticked? (The panel passes a lookup over its stored ticks.) */
export type IsTicked = (stepId: StepId, itemId: string) => boolean;

export type StepPosition = 'current' | 'next' | null;

export interface JourneyEntry {
  id: StepId;
  done: boolean;
  ticked: number;
  total: number;
  position: StepPosition;
}

export interface Journey {
  entries: JourneyEntry[];
  /** The step you are on: the detected page if it is on this track, else the first step not yet done. */
  currentId: StepId | null;
  /** The step after the current one on this track. */
  nextId: StepId | null;
  stepsDone: number;
  /** Ticked items out of all items on the track, 0–100, rounded down (100 only when everything is ticked). */
  percent: number;
}

/** A step is done when every checklist item is ticked (a step without items is never "done" by ticking). */
export function isStepDone(step: Step, isTicked: IsTicked): boolean {
  return step.checklist.length > 0 && step.checklist.every((item) => isTicked(step.id, item.id));
}

/** The step after `id` on the track, or null at the end or when `id` is not on the track. */
export function nextStepId(track: Track, id: StepId): StepId | null {
  const i = track.steps.indexOf(id);
  return i >= 0 && i + 1 < track.steps.length ? track.steps[i + 1]! : null;
}

export function previousStepId(track: Track, id: StepId): StepId | null {
  const i = track.steps.indexOf(id);
  return i > 0 ? track.steps[i - 1]! : null;
}

export function journeyOf(
  track: Track,
  getStep: (id: StepId) => Step | undefined,
  isTicked: IsTicked,
  detected: StepId | null,
): Journey {
  const base = track.steps.map((id) => {
    const step = getStep(id);
    const total = step?.checklist.length ?? 0;
    const ticked = step ? step.checklist.filter((item) => isTicked(id, item.id)).length : 0;
    return { id, done: step ? isStepDone(step, isTicked) : false, ticked, total };
  });
  const currentId =
    detected && track.steps.includes(detected) ? detected : (base.find((e) => !e.done)?.id ?? null);
  const nextId = currentId ? nextStepId(track, currentId) : null;
  const entries = base.map((e) => ({
    ...e,
    position: (e.id === currentId ? 'current' : e.id === nextId ? 'next' : null) as StepPosition,
  }));
  const items = base.reduce((n, e) => n + e.total, 0);
  const ticked = base.reduce((n, e) => n + e.ticked, 0);
  return {
    entries,
    currentId,
    nextId,
    stepsDone: base.filter((e) => e.done).length,
    percent: items === 0 ? 0 : Math.floor((100 * ticked) / items),
  };
}
