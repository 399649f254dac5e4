import type { SiteId } from './sites';
import type { StepId } from './steps/ids';

/** What the panel knows about the followed tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'off-site' }
  | { kind: 'unknown'; site: SiteId; route?: string }
  | { kind: 'known'; site: SiteId; step: StepId; route?: string };

export function pageStateFrom(report: { site: SiteId; step: StepId | null; route?: string } | null): PageState {
  if (!report) return { kind: 'off-site' };
  const route = report.route === undefined ? {} : { route: report.route };
  return report.step ? { kind: 'known', site: report.site, step: report.step, ...route } : { kind: 'unknown', site: report.site, ...route };
}

/** The value of the panel's public `data-detected-step` attribute: the step id, or "" when not recognised. */
export function detectedStepOf(state: PageState): StepId | '' {
  return state.kind === 'known' ? state.step : '';
}
