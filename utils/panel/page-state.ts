import type { SiteId } from '../sites';
import type { StepId } from '../steps/ids';

/** What the panel knows about the followed tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'off-site' }
  | { kind: 'unknown'; site: SiteId; route?: string; practice?: true }
  | { kind: 'known'; site: SiteId; step: StepId; route?: string; practice?: true };

export function pageStateFrom(report: { site: SiteId; step: StepId | null; route?: string; practice?: true } | null): PageState {
  if (!report) return { kind: 'off-site' };
  const route = report.route === undefined ? {} : { route: report.route };
  // A practice copy (our own practice.html) is followed like the real site, flagged so ticks go to the demo workspace.
  const practice = report.practice ? { practice: true as const } : {};
  const extra = { ...route, ...practice };
  return report.step ? { kind: 'known', site: report.site, step: report.step, ...extra } : { kind: 'unknown', site: report.site, ...extra };
}

/** Whether the followed tab is one of our practice copies. */
export function isPracticePage(state: PageState): boolean {
  return (state.kind === 'known' || state.kind === 'unknown') && state.practice === true;
}

/** The value of the panel's public `data-detected-step` attribute: the step id, or "" when not recognised. */
export function detectedStepOf(state: PageState): StepId | '' {
  return state.kind === 'known' ? state.step : '';
}
