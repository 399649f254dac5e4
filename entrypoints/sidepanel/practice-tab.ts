import type { TabCommands } from './use-page-state';
import { PRACTICE_STEPS } from '@/utils/practice/screens';
import type { StepId } from '@/utils/steps/ids';
import type { Track } from '@/utils/tracks/schema';

/**
 * Moves a followed practice tab to a step's practice copy: a command on the watch port the panel holds to it (the
 * practice page takes a known screen only, see entrypoints/practice/main.tsx). Steps without a screen leave the
 * tab where it is. Callers send it only while the followed tab reports itself as a practice copy.
 */
export function showPracticeStep(commands: TabCommands, step: StepId): boolean {
  return PRACTICE_STEPS.has(step) && commands.practiceGo(step);
}

/** The first step of a track that has a practice copy (where a reset demo starts). */
export function firstPracticeStep(track: Track): StepId | null {
  return track.steps.find((s) => PRACTICE_STEPS.has(s)) ?? null;
}
