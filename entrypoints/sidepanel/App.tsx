import { useEffect, useMemo, useState } from 'preact/hooks';
import { HelpLinks } from '@/components/HelpLinks';
import { JourneyList } from '@/components/JourneyList';
import { PageStatus } from '@/components/PageStatus';
import { StepView } from '@/components/StepView';
import { TrackChooser } from '@/components/TrackChooser';
import { TrackProgress } from '@/components/TrackProgress';
import { detectedStepOf } from '@/utils/page-state';
import { DEFAULT_WORKSPACE } from '@/utils/progress/keys';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { journeyOf, nextStepId } from '@/utils/tracks/journey';
import type { TrackId } from '@/utils/tracks/schema';
import { usePageState } from './use-page-state';
import { useTicks } from './use-ticks';
import { useTrack } from './use-track';

/** Moves keyboard focus to the step just opened, so the next Tab continues from its content. */
function focusStepTitle() {
  requestAnimationFrame(() => document.getElementById('step-title')?.focus());
}

/** The panel's one container: owns data, hands props to presentational components. */
export function App() {
  const { page } = usePageState(location.search);
  const { ticks, loaded, error, toggle } = useTicks(DEFAULT_WORKSPACE);
  const { track: trackId, loaded: trackLoaded, chooseTrack } = useTrack();
  const detected = detectedStepOf(page) || null;
  const [chosen, setChosen] = useState<StepId | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [chooserOpen, setChooserOpen] = useState(false);
  const [chooserDismissed, setChooserDismissed] = useState(false);

  // A new detection wins over a hand-picked step, and is announced politely.
  useEffect(() => {
    setChosen(null);
    if (detected) setAnnouncement(`You are here: ${getStep(detected)?.title ?? detected}`);
    else if (page.kind === 'unknown') setAnnouncement("I can't tell which step this page is.");
  }, [detected, page.kind]);

  const track = trackId ? getTrack(trackId) : undefined;
  const journey = useMemo(
    () => (track ? journeyOf(track, getStep, (s, i) => Boolean(ticks[`${s}/${i}`]), detected) : null),
    [track, ticks, detected],
  );
  const shownId = chosen ?? detected;
  const shown = shownId ? getStep(shownId) : undefined;
  const checkedFor = useMemo(
    () => (step: Step) => new Set(step.checklist.filter((i) => ticks[`${step.id}/${i.id}`]).map((i) => i.id)),
    [ticks],
  );
  const showChooser = trackLoaded && (chooserOpen || (!trackId && !chooserDismissed));
  const onTrack = (id: StepId) => !!track && track.steps.includes(id);
  const trackSteps = track ? track.steps.map((id) => getStep(id)).filter((s): s is Step => !!s) : [];
  const otherSteps = track ? STEPS.filter((s) => !track.steps.includes(s.id)) : STEPS;
  const nextOf = (step: Step): Step | null | undefined => {
    if (!track || !onTrack(step.id)) return undefined;
    const id = nextStepId(track, step.id);
    return id ? (getStep(id) ?? null) : null;
  };
  const openStep = (id: StepId) => {
    setChosen(id);
    focusStepTitle();
  };
  const pickTrack = (id: TrackId) => {
    chooseTrack(id);
    setChooserOpen(false);
    setAnnouncement(`Track chosen: ${getTrack(id)?.title ?? id}`);
  };
  const journeyProps = {
    shownId,
    detectedId: detected,
    doneCount: (step: Step) => checkedFor(step).size,
    onSelect: setChosen,
  };

  return (
    <main class="app" data-detected-step={detected ?? ''} data-page-state={page.kind} data-track={trackId ?? ''}>
      <header class="app-header">
        <h1>iQIES Access Guide</h1>
        <PageStatus page={page} detectedTitle={detected ? (getStep(detected)?.title ?? null) : null} />
      </header>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {showChooser && (
        <TrackChooser
          tracks={TRACKS}
          current={trackId}
          onChoose={pickTrack}
          onDismiss={() => {
            setChooserOpen(false);
            setChooserDismissed(true);
          }}
        />
      )}
      {track && journey && !showChooser && (
        <TrackProgress track={track} journey={journey} onChange={() => setChooserOpen(true)} />
      )}
      {shown ? (
        <StepView
          step={shown}
          checked={checkedFor(shown)}
          isDetected={shown.id === detected}
          checklistReady={loaded}
          onToggle={(itemId, checked) => toggle(shown.id, itemId, checked)}
          note={track?.notes?.[shown.id] ?? null}
          next={nextOf(shown)}
          onOpenStep={openStep}
          place={track && onTrack(shown.id) ? { index: track.steps.indexOf(shown.id), total: track.steps.length } : null}
        />
      ) : (
        <section class="overview" aria-labelledby="overview-heading" data-testid="overview">
          <h2 id="overview-heading">{track ? track.title : 'Your path to iQIES'}</h2>
          {track ? (
            <p>{track.intro}</p>
          ) : (
            <p>
              Everyone needs a personal HARP account (with identity proofing and two-factor sign-in), then requests an
              iQIES role for their facility's CCN. CMS approves a facility's first Provider Security Official (PSO); PSOs
              approve everyone else. Progress is saved on this computer only.
            </p>
          )}
          {journey?.currentId && (
            <p>
              <button type="button" class="next-button" data-testid="continue" onClick={() => openStep(journey.currentId!)}>
                Continue: {getStep(journey.currentId)?.title}
              </button>
            </p>
          )}
          {!track && !showChooser && (
            <p>
              <button type="button" class="link-button" onClick={() => setChooserOpen(true)}>
                Choose what you are doing
              </button>
            </p>
          )}
        </section>
      )}
      <nav aria-label="Journey steps">
        {track && journey ? (
          <>
            <h2 class="nav-heading">Your steps</h2>
            <JourneyList
              {...journeyProps}
              steps={trackSteps}
              label={`Steps for: ${track.title}`}
              positionOf={(id) => journey.entries.find((e) => e.id === id)?.position ?? null}
            />
            <details class="other-steps" open={!!shownId && !onTrack(shownId)}>
              <summary>Other steps ({otherSteps.length})</summary>
              <JourneyList {...journeyProps} steps={otherSteps} label="Steps on other tracks" />
            </details>
          </>
        ) : (
          <>
            <h2 class="nav-heading">All steps</h2>
            <JourneyList {...journeyProps} steps={otherSteps} />
          </>
        )}
      </nav>
      <HelpLinks />
    </main>
  );
}
