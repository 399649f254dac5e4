import type { DetectionRule } from './detect-step';
import { harpRules } from './catalogue/harp';
import { iqiesRules } from './catalogue/iqies';

/** Detection rules only, for the content script bundle (tree-shaking drops the step content beside them). */
export const RULES: readonly DetectionRule[] = [...harpRules, ...iqiesRules];
