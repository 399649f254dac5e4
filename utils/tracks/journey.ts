import { stepStatuses } from '../progress/status';
import type { StepProgress, StepStatuses } from '../progress/status';
import type { StepId } from '../steps/ids';
import type { Step } from '../steps/schema';
import type { Track } from './schema';

/** Pure journey logic: where someone is on a track, from their progress and the detected page. */

export interface Journey extends StepStatuses {
  /** The step after the current one on this track. */
  nextId: StepId | null;
  stepsDone: number;
  /** Checklist items done out of all items on the track, 0–100, rounded down (a done step counts all its items). */
  percent: number;
}

/** The track's steps, in order. */
export function stepsOf(track: Track, getStep: (id: StepId) => Step | undefined): Step[] {
  return track.steps.map(getStep).filter((s): s is Step => !!s);
}

/** The step after `id` on the track, or null at the end or when `id` is not on the track. */
export function nextStepId(track: Track, id: StepId): StepId | null {
  const i = track.steps.indexOf(id);
  return i >= 0 && i + 1 < track.steps.length ? track.steps[i + 1]! : null;
}

export function journeyOf(
  track: Track,
  getStep: (id: StepId) => Step | undefined,
  progress: StepProgress,
  detected: StepId | null,
): Journey {
  const statuses = stepStatuses(stepsOf(track, getStep), progress, detected);
  const { entries, currentId } = statuses;
  const items = entries.reduce((n, e) => n + e.total, 0);
  const counted = entries.reduce((n, e) => n + (e.status === 'done' ? e.total : e.ticked), 0);
  return {
    ...statuses,
    nextId: currentId ? nextStepId(track, currentId) : null,
    stepsDone: entries.filter((e) => e.status === 'done').length,
    percent: items === 0 ? 0 : Math.floor((100 * counted) / items),
  };
}
