import { useEffect, useMemo, useState } from 'preact/hooks';
import { JourneyList } from '@/components/JourneyList';
import { PageStatus } from '@/components/PageStatus';
import { StepExtras } from '@/components/StepExtras';
import { StepView } from '@/components/StepView';
import { detectedStepOf } from '@/utils/page-state';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import { usePageState } from './use-page-state';
import { useProgress } from './use-progress';
import { WorkspacePanel } from './WorkspacePanel';

/** The panel's one container: owns data, hands props to presentational components. */
export function App() {
  const { page } = usePageState(location.search);
  const progress = useProgress();
  const { loaded, error, toggle, workspace } = progress;
  const ticks = workspace.ticks;
  const detected = detectedStepOf(page) || null;
  const [chosen, setChosen] = useState<StepId | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A new detection wins over a hand-picked step, and is announced politely.
  useEffect(() => {
    setChosen(null);
    if (detected) setAnnouncement(`You are here: ${getStep(detected)?.title ?? detected}`);
    else if (page.kind === 'unknown') setAnnouncement("I can't tell which step this page is.");
  }, [detected, page.kind]);

  const shownId = chosen ?? detected;
  const shown = shownId ? getStep(shownId) : undefined;
  const checkedFor = useMemo(
    () => (step: Step) => new Set(step.checklist.filter((i) => ticks[`${step.id}/${i.id}`]).map((i) => i.id)),
    [ticks],
  );

  return (
    <main class="app" data-detected-step={detected ?? ''} data-page-state={page.kind}>
      <header class="app-header">
        <h1>iQIES Access Guide</h1>
        <PageStatus page={page} detectedTitle={detected ? (getStep(detected)?.title ?? null) : null} />
      </header>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      {progress.notice && (
        <div class="error" role="alert" data-testid="storage-notice">
          <p>{progress.notice}</p>
          <button type="button" onClick={progress.dismissNotice}>
            OK
          </button>
        </div>
      )}
      <WorkspacePanel progress={progress} announce={setAnnouncement} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {shown ? (
        <StepView
          step={shown}
          checked={checkedFor(shown)}
          isDetected={shown.id === detected}
          checklistReady={loaded}
          onToggle={(itemId, checked) => toggle(shown.id, itemId, checked)}
        />
      ) : null}
      {shown ? (
        <StepExtras
          stepId={shown.id}
          doneOn={workspace.steps[shown.id]}
          note={workspace.notes[shown.id] ?? ''}
          onDone={(done) => progress.setStepDone(shown.id, done)}
          onNote={(text) => progress.setNote(shown.id, text)}
        />
      ) : (
        <section class="overview" aria-labelledby="overview-heading" data-testid="overview">
          <h2 id="overview-heading">Your path to iQIES</h2>
          <p>
            Everyone needs a personal HARP account (with identity proofing and two-factor sign-in), then requests an
            iQIES role for their facility's CCN. CMS approves a facility's first Provider Security Official (PSO); PSOs
            approve everyone else. Progress is saved on this computer only.
          </p>
        </section>
      )}
      <nav aria-label="Journey steps">
        <h2 class="nav-heading">All steps</h2>
        <JourneyList
          steps={STEPS}
          shownId={shownId}
          detectedId={detected}
          doneCount={(step) => checkedFor(step).size}
          onSelect={setChosen}
        />
      </nav>
    </main>
  );
}
