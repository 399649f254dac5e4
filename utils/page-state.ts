import type { SiteId } from './sites';
import type { StepId } from './steps/ids';

/** What the panel knows about the followed tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'off-site' }
  | { kind: 'unknown'; site: SiteId }
  | { kind: 'known'; site: SiteId; step: StepId };

export function pageStateFrom(report: { site: SiteId; step: StepId | null } | null): PageState {
  if (!report) return { kind: 'off-site' };
  return report.step ? { kind: 'known', site: report.site, step: report.step } : { kind: 'unknown', site: report.site };
}

/** The value of the panel's public `data-detected-step` attribute: the step id, or "" when not recognised. */
export function detectedStepOf(state: PageState): StepId | '' {
  return state.kind === 'known' ? state.step : '';
}
