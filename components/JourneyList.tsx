import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';

export interface JourneyListProps {
  steps: readonly Step[];
  /** The step shown in the panel: carries aria-current="step" and data-step-id (public contract). */
  shownId: StepId | null;
  detectedId: StepId | null;
  doneCount(step: Step): number;
  onSelect(id: StepId): void;
}

export function JourneyList({ steps, shownId, detectedId, doneCount, onSelect }: JourneyListProps) {
  return (
    <ol class="journey" data-testid="journey">
      {steps.map((step) => {
        const done = doneCount(step);
        const total = step.checklist.length;
        const isShown = step.id === shownId;
        return (
          <li key={step.id} class={isShown ? 'shown' : undefined}>
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
                {step.id === detectedId && <span class="badge">You are here</span>}
                {total > 0 && (
                  <span class={done === total ? 'count complete' : 'count'}>
                    {done}/{total}
                    <span class="visually-hidden"> items done</span>
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
