import { i18n } from '#i18n';
import type { StepEntry } from '@/utils/progress/status';
import type { StepId } from '@/utils/steps/ids';

interface JourneyListProps {
  /** The steps in order, each with its status (utils/progress/status.ts). */
  entries: readonly StepEntry[];
  /** The step shown in the panel: carries aria-current="step" and data-step-id (public contract). */
  shownId: StepId | null;
  detectedId: StepId | null;
  /** On a track: the step after the current one. */
  nextId?: StepId | null;
  onSelect(id: StepId): void;
  /** Accessible name of the list (several lists can be on screen). */
  label?: string;
}

/** Every step carries `data-step-id` and `data-status="done|current|todo"` (public contract). */
export function JourneyList({ entries, shownId, detectedId, nextId, onSelect, label }: JourneyListProps) {
  return (
    <ol class="journey" data-testid="journey" aria-label={label}>
      {entries.map(({ step, status, ticked, total }) => {
        const isShown = step.id === shownId;
        const done = status === 'done';
        const badge = step.id === detectedId ? null : status === 'current' ? 'current' : step.id === nextId && !done ? 'next' : null;
        return (
          <li key={step.id} class={isShown ? 'shown' : undefined} data-step-id={step.id} data-status={status}>
            <button
              type="button"
              class="journey-step"
              data-journey-step={step.id}
              aria-current={isShown ? 'step' : undefined}
              data-step-id={isShown ? step.id : undefined}
              onClick={() => onSelect(step.id)}
            >
              <span class="journey-title">{step.title}</span>
              <span class="journey-meta">
                {step.id === detectedId && <span class="badge">{i18n.t('journeyList.here')}</span>}
                {badge && <span class={`badge badge-${badge}`}>{i18n.t(`journeyList.${badge}`)}</span>}
                {done && total === 0 && (
                  <span class="count complete">
                    <span aria-hidden="true">✓</span>
                    <span class="visually-hidden">{i18n.t('journeyList.done')}</span>
                  </span>
                )}
                {total > 0 && (
                  <span class={done ? 'count complete' : 'count'}>
                    {done && <span aria-hidden="true">✓ </span>}
                    {ticked}/{total}
                    <span class="visually-hidden">{i18n.t(done ? 'journeyList.itemsTickedDone' : 'journeyList.itemsTicked')}</span>
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
