import type { StepId } from '../ids';
import type { Step } from '../schema';
import { commonSteps } from './common';
import { harpSteps } from './harp';
import { iqiesSteps } from './iqies';

export { RULES } from '../rules';

export const STEPS: readonly Step[] = [...commonSteps, ...harpSteps, ...iqiesSteps];

const BY_ID = new Map<StepId, Step>(STEPS.map((s) => [s.id, s]));

export function getStep(id: StepId): Step | undefined {
  return BY_ID.get(id);
}
