import { Overview } from '@/components/Overview';
import type { OrgContactProps } from '@/components/OrgContact';
import { PageStatus } from '@/components/PageStatus';
import { StepExtras } from '@/components/StepExtras';
import { StepView } from '@/components/StepView';
import { TeachPage } from '@/components/TeachPage';
import { WaitingCard } from '@/components/WaitingCard';
import type { Waiting } from '@/utils/activity/waiting';
import type { PageState } from '@/utils/panel/page-state';
import { getStep } from '@/utils/steps/catalogue';
import { keeps } from '@/utils/storage/items';
import type { StepId } from '@/utils/steps/ids';
import { teachOptions } from '@/utils/taught/taught';
import type { Taught } from '../use-taught';
import type { Progress } from '../use-progress';
import type { useJourney } from '../use-journey';
import { PsoCounts } from './PsoCounts';

/** The step where a request waits for approval: the waiting card is that step's body. */
const WAITING_STEP: StepId = 'iqies-request-submitted';
/** The step where a PSO works requests: the PSO's own counts live there. */
const PSO_STEP: StepId = 'iqies-manage-requests';

/** Whether the waiting card belongs to the step on screen (then the status line leaves it out). */
export const waitingIsStep = (shownId: StepId | null) => shownId === WAITING_STEP;

interface StepSectionProps {
  page: PageState;
  detected: StepId | null;
  shownId: StepId | null;
  view: ReturnType<typeof useJourney>;
  /** The progress the panel shows and edits (the demo's on a practice copy). */
  progress: Progress;
  taught: Taught;
  waiting: Waiting | null;
  onApproved(): void;
  allowNotes: boolean;
  orgContact: OrgContactProps | null;
  onOpenStep(id: StepId): void;
  /** A problem a search result asked to show (opened and focused in the step view). */
  openProblem?: { id: string } | null;
  /** "Show me where" for the shown step (absent when it has no known control), and the page's answer. */
  onShowWhere?: () => void;
  showWhere?: 'shown' | 'not-found' | null;
}

/** Where you are and what to do now: the page's status, "Not this step?", the step with its checklist and Next. */
export function StepSection({ page, detected, shownId, view, progress, taught, waiting, onApproved, allowNotes, orgContact, onOpenStep, openProblem, onShowWhere, showWhere }: StepSectionProps) {
  const { workspace, loaded, toggle } = progress;
  const shown = shownId ? getStep(shownId) : undefined;
  const { track, journey } = view;
  // "You are here" is said once: by the step itself when it is the detected one, else by the page status.
  const statusSaid = !(shown && page.kind === 'known' && shown.id === detected);
  return (
    <div class="step-section">
      {statusSaid && <PageStatus page={page} detectedTitle={detected ? (getStep(detected)?.title ?? null) : null} />}
      {taught.at && (
        <TeachPage
          mode={taught.by || 'unknown'}
          groups={teachOptions(track?.steps ?? [])}
          taughtStep={taught.taught?.step ?? null}
          stepTitle={detected ? (getStep(detected)?.title ?? detected) : null}
          onTeach={taught.teach}
          onUndo={() => taught.forget()}
          message={taught.message}
        />
      )}
      {shown ? (
        <>
          <StepView
            step={shown}
            checked={new Set(Object.keys(workspace.ticks[shown.id] ?? {}))}
            status={view.statusOf(shown.id)}
            isDetected={shown.id === detected}
            checklistReady={loaded}
            onToggle={(itemId, checked) => toggle(shown.id, itemId, checked)}
            note={view.noteOf(shown.id)}
            next={view.nextOf(shown.id)}
            place={view.placeOf(shown.id)}
            onOpenStep={onOpenStep}
            orgContact={orgContact}
            openProblem={openProblem}
            onShowWhere={onShowWhere}
            showWhere={showWhere}
            afterNext={
              <>
                {shown.id === WAITING_STEP && waiting && <WaitingCard waiting={waiting} onApproved={onApproved} />}
                {shown.id === PSO_STEP && loaded && keeps(progress.scope, 'pso-duties') && <PsoCounts progress={progress} />}
              </>
            }
          />
          <StepExtras
            stepId={shown.id}
            doneOn={workspace.steps[shown.id]}
            note={workspace.notes[shown.id] ?? ''}
            onDone={(done) => progress.setStepDone(shown.id, done)}
            onNote={(text) => progress.setNote(shown.id, text)}
            allowNotes={allowNotes}
          />
        </>
      ) : (
        <Overview
          track={track}
          current={track && journey.currentId ? (getStep(journey.currentId) ?? null) : null}
          onContinue={() => journey.currentId && onOpenStep(journey.currentId)}
        />
      )}
    </div>
  );
}
