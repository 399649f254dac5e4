import { emptyWorkspace } from '@/utils/progress/model';
import type { WorkspaceData } from '@/utils/progress/model';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';

/** A workspace with these items ticked (`[step, item]`) and these steps marked finished, all on one date. */
export function workspaceWith(ticked: readonly (readonly [StepId, string])[], finished: readonly StepId[] = [], at = '2026-11-20'): WorkspaceData {
  const w = emptyWorkspace('default');
  for (const [step, item] of ticked) (w.ticks[step] ??= {})[item] = at;
  for (const step of finished) w.steps[step] = at;
  return w;
}

/** Every item of a step, as `[step, item]` pairs. */
export const allItems = (id: StepId) => getStep(id)!.checklist.map((i) => [id, i.id] as const);
