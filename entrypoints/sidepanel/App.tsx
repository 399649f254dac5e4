import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HelpLinks } from '@/components/HelpLinks';
import { JourneyNav } from '@/components/JourneyNav';
import { Overview } from '@/components/Overview';
import { PageStatus } from '@/components/PageStatus';
import { PolicyNote } from '@/components/PolicyNote';
import { StepExtras } from '@/components/StepExtras';
import { StepView } from '@/components/StepView';
import { TaughtPages } from '@/components/TaughtPages';
import { TeachPage } from '@/components/TeachPage';
import { TrackChooser } from '@/components/TrackChooser';
import { TrackProgress } from '@/components/TrackProgress';
import { detectedStepOf } from '@/utils/page-state';
import { isTrackOffered, orgContactOf } from '@/utils/policy';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { teachOptions } from '@/utils/taught/taught';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import type { TrackId } from '@/utils/tracks/schema';
import { BetweenPages } from './BetweenPages';
import { activityAttributes, useActivity, useToday } from './use-activity';
import { useJourney } from './use-journey';
import { usePageState } from './use-page-state';
import { usePolicy } from './use-policy';
import { useProgress } from './use-progress';
import { useTaught } from './use-taught';
import { WorkspacePanel } from './WorkspacePanel';

/** Moves keyboard focus after the view changed under it, so the next Tab continues from there. */
function focusSoon(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The panel's one container: owns data, hands props to presentational components. */
export function App() {
  const { page: reported } = usePageState(location.search);
  const progress = useProgress();
  const [announcement, setAnnouncement] = useState('');
  // A page the user taught shows as recognised (by "you"); everything below sees the page as resolved.
  const taught = useTaught(reported, progress.state.taught, setAnnouncement);
  const { page } = taught;
  const { policy, ignored: policyIgnored } = usePolicy();
  const orgContact = orgContactOf(policy);
  const offeredTracks = useMemo(() => TRACKS.filter((t) => isTrackOffered(policy, t.id)), [policy]);
  const { loaded, error, toggle, workspace } = progress;
  // The track belongs to the active workspace (each facility or person can follow its own); a workspace with
  // none chosen follows the organisation's default track, if its policy sets one.
  const trackId = workspace.track ?? policy.defaultTrack ?? null;
  const detected = detectedStepOf(page) || null;
  const [chosen, setChosen] = useState<StepId | null>(null);
  const [chooserOpen, setChooserOpen] = useState(false);
  const view = useJourney(trackId, workspace, detected);
  const today = useToday();
  const activity = useActivity(progress.raw, today);
  const { track, journey } = view;

  // A new detection wins over a hand-picked step, and is announced politely. The first answer about the page
  // (after "loading") replaces a step picked meanwhile only when it recognises the page.
  const lastKind = useRef(page.kind);
  useEffect(() => {
    const first = lastKind.current === 'loading';
    lastKind.current = page.kind;
    if (page.kind === 'loading') return;
    if (detected || !first) setChosen(null);
    if (detected) setAnnouncement(i18n.t('app.announceHere', { title: getStep(detected)?.title ?? detected }));
    else if (page.kind === 'unknown') setAnnouncement(i18n.t('app.announceUnknown'));
  }, [detected, page.kind]);

  const shownId = chosen ?? detected;
  const shown = shownId ? getStep(shownId) : undefined;
  const showChooser = loaded && (chooserOpen || (!trackId && !progress.chooserDismissed));
  const openStep = (id: StepId) => {
    setChosen(id);
    focusSoon('#step-title');
  };
  const closeChooser = () => {
    setChooserOpen(false);
    focusSoon('#step-title, #overview-heading');
  };
  const openChooser = () => {
    setChooserOpen(true);
    focusSoon('[data-track][aria-pressed="true"], [data-track]');
  };
  const pickTrack = (id: TrackId) => {
    progress.setTrack(id);
    setAnnouncement(i18n.t('app.announceTrack', { title: getTrack(id)?.title ?? id }));
    closeChooser();
  };

  return (
    <main class="app" data-detected-step={detected ?? ''} data-detected-by={taught.by} data-page-state={page.kind} data-track={trackId ?? ''} {...activityAttributes(activity)}>
      <header class="app-header">
        <h1>{i18n.t('app.title')}</h1>
        {policy.organizationName && (
          <p class="org-name muted small" data-org-name>
            {i18n.t('app.forOrganization', { name: policy.organizationName })}
          </p>
        )}
        <PageStatus page={page} detectedTitle={detected ? (getStep(detected)?.title ?? null) : null} />
      </header>
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
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      {progress.notice && (
        <div class="error" role="alert" data-testid="storage-notice">
          <p>{progress.notice}</p>
          <button type="button" onClick={progress.dismissNotice}>
            {i18n.t('common.ok')}
          </button>
        </div>
      )}
      <PolicyNote ignored={policyIgnored} />
      <BetweenPages progress={progress} policy={policy} trackId={trackId} detected={detected} activity={activity} today={today} announce={setAnnouncement} />
      <WorkspacePanel progress={progress} announce={setAnnouncement} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {showChooser && (
        <TrackChooser
          tracks={offeredTracks}
          current={trackId}
          onChoose={pickTrack}
          onDismiss={() => {
            progress.dismissChooser();
            closeChooser();
          }}
        />
      )}
      {track && !showChooser && <TrackProgress track={track} stepsDone={journey.stepsDone ?? 0} percent={journey.percent ?? 0} onChange={openChooser} />}
      {!track && loaded && !showChooser && (
        <p class="track-name">
          <span class="muted">{i18n.t('app.noTrack')}</span>
          <button type="button" class="link-button" data-testid="change-track" onClick={openChooser}>
            {i18n.t('app.chooseTrack')}
          </button>
        </p>
      )}
      {shown ? (
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
          onOpenStep={openStep}
          orgContact={orgContact}
        />
      ) : null}
      {shown ? (
        <StepExtras
          stepId={shown.id}
          doneOn={workspace.steps[shown.id]}
          note={workspace.notes[shown.id] ?? ''}
          onDone={(done) => progress.setStepDone(shown.id, done)}
          onNote={(text) => progress.setNote(shown.id, text)}
          allowNotes={policy.allowNotes !== false}
        />
      ) : (
        <Overview
          track={track}
          current={track && journey.currentId ? (getStep(journey.currentId) ?? null) : null}
          onContinue={() => journey.currentId && openStep(journey.currentId)}
        />
      )}
      <JourneyNav
        track={track}
        journey={journey}
        otherEntries={view.otherEntries}
        shownId={shownId}
        detectedId={detected}
        onSelect={setChosen}
      />
      <TaughtPages pages={progress.state.taught} titleOf={(id) => getStep(id)?.title ?? id} onForget={(p) => taught.forget(p)} />
      <HelpLinks orgContact={orgContact} />
    </main>
  );
}
