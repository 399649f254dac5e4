import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { NOTE_MAX } from '@/utils/progress/schema';
import type { StepId } from '@/utils/steps/ids';

interface StepExtrasProps {
  stepId: StepId;
  /** Date the step was marked done, if it was. */
  doneOn: string | undefined;
  note: string;
  onDone(done: boolean): void;
  /** Called when the note is left (change event), not on every key. */
  onNote(text: string): void;
  /** False when the organisation's policy turns notes off: the note field is not offered (saved notes are kept). */
  allowNotes?: boolean;
}

/** "I finished this step" and the user's own note for the step (their words only; kept on this computer). */
export function StepExtras({ stepId, doneOn, note, onDone, onNote, allowNotes = true }: StepExtrasProps) {
  // What is being typed stays put while other panels change other things; a saved note from elsewhere replaces it.
  const [draft, setDraft] = useState(note);
  useEffect(() => setDraft(note), [note, stepId]);
  return (
    <section class="step-extras" aria-label={i18n.t('stepExtras.label')} data-testid="step-extras">
      <p class="row">
        <input type="checkbox" id={`done-${stepId}`} data-step-done={stepId} checked={!!doneOn} onChange={(e) => onDone(e.currentTarget.checked)} />
        <label for={`done-${stepId}`}>
          {i18n.t('stepExtras.finished')}
          {doneOn ? <span class="muted">{i18n.t('stepExtras.finishedOn', { date: doneOn })}</span> : null}
        </label>
      </p>
      {allowNotes ? (
        <>
          <label for={`note-${stepId}`}>{i18n.t('stepExtras.notesLabel')}</label>
          <textarea
            id={`note-${stepId}`}
            key={stepId}
            data-step-note={stepId}
            rows={3}
            maxLength={NOTE_MAX}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            aria-describedby={`note-help-${stepId}`}
            onChange={(e) => onNote(e.currentTarget.value)}
          />
          <p id={`note-help-${stepId}`} class="muted small">
            {i18n.t('stepExtras.notesHelp')}
          </p>
        </>
      ) : (
        <p class="muted small" data-testid="notes-off">
          {i18n.t('stepExtras.notesOff')}
        </p>
      )}
    </section>
  );
}
