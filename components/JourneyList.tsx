import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import type { StepPosition } from '@/utils/tracks/journey';

export interface JourneyListProps {
  steps: readonly Step[];
  /** The step shown in the panel: carries aria-current="step" and data-step-id (public contract). */
  shownId: StepId | null;
  detectedId: StepId | null;
  doneCount(step: Step): number;
  onSelect(id: StepId): void;
  /** On a track: which step is current / next (from detection and ticks). */
  positionOf?(id: StepId): StepPosition;
  /** Accessible name of the list (several lists can be on screen). */
  label?: string;
}

const POSITION_TEXT: Record<'current' | 'next', string> = { current: 'Current', next: 'Next' };

export function JourneyList({ steps, shownId, detectedId, doneCount, onSelect, positionOf, label }: JourneyListProps) {
  return (
    <ol class="journey" data-testid="journey" aria-label={label}>
      {steps.map((step) => {
        const done = doneCount(step);
        const total = step.checklist.length;
        const isShown = step.id === shownId;
        const complete = total > 0 && done === total;
        const position = positionOf?.(step.id) ?? null;
        return (
          <li key={step.id} class={isShown ? 'shown' : undefined} data-status={complete ? 'done' : (position ?? 'todo')}>
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
                {position && step.id !== detectedId && (
                  <span class={`badge badge-${position}`}>{POSITION_TEXT[position]}</span>
                )}
                {total > 0 && (
                  <span class={complete ? 'count complete' : 'count'}>
                    {complete && <span aria-hidden="true">✓ </span>}
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
