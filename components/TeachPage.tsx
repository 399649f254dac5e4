import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { StepId } from '@/utils/steps/ids';
import type { StepGroup } from '@/utils/taught/taught';

export interface TeachPageProps {
  /** unknown: the page is not recognised; rules: recognised by the built-in rules; you: recognised as taught. */
  mode: 'unknown' | 'rules' | 'you';
  groups: StepGroup[];
  /** The step taught for this page (mode "you"). */
  taughtStep?: StepId | null;
  stepTitle?: string | null;
  onTeach(step: StepId): void;
  onUndo(): void;
  /** A plain message when teaching did not happen (list full, storage failed). */
  message?: string | null;
}

function StepSelect({ groups, value, onTeach }: { groups: StepGroup[]; value: StepId | ''; onTeach(step: StepId): void }) {
  return (
    <p class="teach-choose">
      <label for="teach-step">{i18n.t('teachPage.label')}</label>{' '}
      <select
        id="teach-step"
        data-teach-step
        value={value}
        aria-describedby="teach-hint"
        onChange={(e) => {
          const chosen = e.currentTarget.value as StepId | '';
          if (chosen) onTeach(chosen);
        }}
      >
        <option value="">{i18n.t('teachPage.choose')}</option>
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
        {i18n.t('teachPage.hint')}
      </span>
    </p>
  );
}

/**
 * "This page is…" on a page the guide cannot tell (and, once taught, the same control showing what was taught,
 * beside a quiet "you told me" note with an undo); "Not this step?" on a page the rules recognised.
 *
 * Choosing a step teaches at once (the contract: choosing is teaching). The select stays in the same place from
 * "unknown" to "you", so keyboard focus stays on it; when it does move (a correction, an undo), focus follows to
 * the control now in its place instead of falling to the top of the panel.
 */
export function TeachPage({ mode, groups, taughtStep, stepTitle, onTeach, onUndo, message }: TeachPageProps) {
  const rootRef = useRef<HTMLElement>(null);
  const hadFocusRef = useRef(false);
  useEffect(() => {
    const section = rootRef.current;
    if (!section) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (hadFocusRef.current && lost) {
      section.querySelector<HTMLElement>('[data-teach-step]:not(details:not([open]) *), [data-teach-undo], summary')?.focus();
    }
  }, [mode]);
  const inline = mode === 'unknown' || mode === 'you';
  return (
    <section
      ref={rootRef}
      class="teach"
      aria-label={i18n.t('teachPage.region')}
      data-teach={mode}
      onFocusIn={() => (hadFocusRef.current = true)}
      // Focus that went elsewhere in the panel is the user's; focus that went nowhere went with a removed control.
      onFocusOut={(e) => e.relatedTarget && (hadFocusRef.current = !!rootRef.current?.contains(e.relatedTarget as Node))}
    >
      {inline ? <StepSelect groups={groups} value={mode === 'you' ? (taughtStep ?? '') : ''} onTeach={onTeach} /> : null}
      {mode === 'you' ? (
        <p class="muted small" data-taught-note>
          {i18n.t('teachPage.toldBefore')}
          <strong>{stepTitle}</strong>
          {i18n.t('teachPage.toldAfter')}{' '}
          <button type="button" class="link-button" data-teach-undo onClick={onUndo}>
            {i18n.t('teachPage.undo')}
          </button>
        </p>
      ) : null}
      {mode === 'rules' ? (
        <details class="teach-fix">
          <summary>{i18n.t('teachPage.notThisStep')}</summary>
          <StepSelect groups={groups} value="" onTeach={onTeach} />
        </details>
      ) : null}
      {message ? (
        <p class="error" role="alert" data-teach-message>
          {message}
        </p>
      ) : null}
    </section>
  );
}
