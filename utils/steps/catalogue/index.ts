import { STEP_IDS } from '../ids';
import type { StepId } from '../ids';
import type { Step } from '../schema';
import type { SourceId } from './sources';
import { commonSteps } from './common';
import { harpSteps } from './harp';
import { iqiesSteps } from './iqies';

/** Every step, in journey order (the order of STEP_IDS), whichever file holds it. */
export const STEPS: readonly Step[] = [...commonSteps, ...harpSteps, ...iqiesSteps].sort(
  (a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id),
);

const BY_ID = new Map<StepId, Step>(STEPS.map((s) => [s.id, s]));

export function getStep(id: StepId): Step | undefined {
  return BY_ID.get(id);
}

/** Every source id a step's claims cite (guidance, problems), each once, in the order first cited. */
export function sourcesOf(step: Step): SourceId[] {
  return [...new Set([...step.guidance, ...step.problems].flatMap((claim) => claim.cite.map((c) => c.source)))];
}
