// Bundled by the benchmark into one script that runs in the page's own world (no extension APIs needed).
export { detectStep } from '../../utils/steps/detect-step';
export { takeSnapshot } from '../../utils/page/snapshot';
export { RULES } from '../../utils/steps/rules';
