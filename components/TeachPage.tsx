import type { StepId } from '@/utils/steps/ids';
import type { StepGroup } from '@/utils/taught/taught';

export interface TeachPageProps {
  /** unknown: the page is not recognised; rules: recognised by the built-in rules; you: recognised as taught. */
  mode: 'unknown' | 'rules' | 'you';
  groups: StepGroup[];
  /** The step shown (for "you"). */
  stepTitle?: string | null;
  onTeach(step: StepId): void;
  onUndo(): void;
  /** A plain message when teaching did not happen (list full, storage failed). */
  message?: string | null;
}

function StepSelect({ groups, onTeach, label }: { groups: StepGroup[]; onTeach(step: StepId): void; label: string }) {
  return (
    <p class="teach-choose">
      <label for="teach-step">{label}</label>{' '}
      <select
        id="teach-step"
        data-teach-step
        value=""
        aria-describedby="teach-hint"
        onChange={(e) => {
          const value = e.currentTarget.value as StepId | '';
          // Back to the prompt, so the same step can be chosen again after an undo.
          e.currentTarget.value = '';
          if (value) onTeach(value);
        }}
      >
        <option value="">Choose a step…</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <span id="teach-hint" class="muted small">
        {' '}
        The guide remembers this page on this computer only: its site and address, without ids or personal parts.
      </span>
    </p>
  );
}

/** "This page is…" on a page the guide cannot tell; "Not this step?" on one it did; "you told me" with an undo. */
export function TeachPage({ mode, groups, stepTitle, onTeach, onUndo, message }: TeachPageProps) {
  return (
    <section class="teach" aria-label="Teach the guide this page" data-teach={mode}>
      {mode === 'unknown' && <StepSelect groups={groups} onTeach={onTeach} label="This page is…" />}
      {mode === 'you' && (
        <p class="muted small" data-taught-note>
          You told me this page is <strong>{stepTitle}</strong>.{' '}
          <button type="button" class="link-button" data-teach-undo onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {mode !== 'unknown' && (
        <details class="teach-fix">
          <summary>Not this step?</summary>
          <StepSelect groups={groups} onTeach={onTeach} label="This page is…" />
        </details>
      )}
      {message && (
        <p class="error" role="alert" data-teach-message>
          {message}
        </p>
      )}
    </section>
  );
}
