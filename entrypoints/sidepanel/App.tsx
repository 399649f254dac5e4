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
import { detectedStepOf } from '@/utils/panel/page-state';
import { isTrackOffered, orgContactOf } from '@/utils/policy';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { teachOptions } from '@/utils/taught/taught';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import type { TrackId } from '@/utils/tracks/schema';
import { BetweenPages } from './BetweenPages';
import { activityAttributes, useActivity, useToday } from './use-activity';
import { DemoBar } from '@/components/DemoBar';
import { PresenterBar } from '@/components/PresenterBar';
import { popOut } from './pop-out';
import { firstPracticeStep, showPracticeStep } from './practice-tab';
import { useDemo, usePracticeFollowed } from './use-demo';
import { useJourney } from './use-journey';
import { usePresenter, usePresenterKeys, usePrivacyScreen } from './use-presenter';
import { usePageState } from './use-page-state';
import { useShowWhere } from './use-show-where';
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
  const { tabId, page: reported } = usePageState(location.search);
  const realProgress = useProgress();
  const [announcement, setAnnouncement] = useState('');
  // Following a practice copy, everything ticked goes to the demo workspace (use-demo.ts), never to real progress.
  const practice = usePracticeFollowed(tabId, reported);
  const demo = useDemo(realProgress, practice);
  const progress = demo.progress;
  // A page the user taught shows as recognised (by "you"); everything below sees the page as resolved. Taught pages
  // belong to the browser, not to a workspace, so they come from the real progress even in a demo.
  const taught = useTaught(reported, realProgress.state.taught, setAnnouncement);
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
  const activity = useActivity(realProgress.raw, today);
  const { track, journey } = view;

  const presenter = usePresenter(location.search);
  /** The step a presenter key last sent the practice tab to, until the tab shows it. */
  const sentTo = useRef<StepId | null>(null);
  const lastSeen = useRef<StepId | null>(null);
  const lastKind = useRef(page.kind);
  // A new detection wins over a hand-picked step, and is announced politely. The first answer about the page
  // (after "loading") replaces a step picked meanwhile only when it recognises the page. Presenting, only a page
  // on a guided site changes the step on screen: a tab between pages (loading, or the moment before a reloading
  // practice copy answers) leaves the step and the focus where they are.
  useEffect(() => {
    const first = lastKind.current === 'loading';
    lastKind.current = page.kind;
    if (presenter.on) {
      if (page.kind !== 'known' && page.kind !== 'unknown') return;
      // The same step reported again (the tab reconnected) is not news; the practice tab catching up with a step
      // the presenter sent it to earlier does not undo a later key press.
      const seenBefore = detected === lastSeen.current;
      lastSeen.current = detected;
      const caughtUp = detected !== null && detected === sentTo.current;
      if (caughtUp) sentTo.current = null;
      if (seenBefore || (caughtUp && chosen !== null && chosen !== detected)) return;
      // A key pressed between this render and this effect has chosen a newer step: it wins.
      setChosen((current) => (current === chosen ? null : current));
    } else {
      lastSeen.current = detected;
      if (page.kind === 'loading') return;
      if (detected || !first) setChosen(null);
    }
    if (detected) setAnnouncement(i18n.t('app.announceHere', { title: getStep(detected)?.title ?? detected }));
    else if (page.kind === 'unknown') setAnnouncement(i18n.t('app.announceUnknown'));
  }, [detected, page.kind]);

  const shownId = chosen ?? detected;
  const shown = shownId ? getStep(shownId) : undefined;
  const where = useShowWhere(tabId, page.kind === 'known' || page.kind === 'unknown', shownId, reported, presenter.on, setAnnouncement);
  const showChooser = loaded && (chooserOpen || (!trackId && !progress.chooserDismissed));
  const openStep = (id: StepId) => {
    setChosen(id);
    focusSoon('#step-title');
  };
  // Presenter mode (issue 12): keys move through the track; a followed practice tab moves along with it.
  const presentStep = (id: StepId) => {
    openStep(id);
    if (practice && id !== detected && showPracticeStep(tabId, id)) sentTo.current = id;
    const place = view.placeOf(id);
    const title = getStep(id)?.title ?? id;
    setAnnouncement(place ? i18n.t('app.announceStep', { n: String(place.index + 1), total: String(place.total), title }) : title);
  };
  usePresenterKeys(presenter.on, journey.entries.map((e) => e.step.id), shownId, presentStep);
  usePrivacyScreen(tabId, presenter.on && !practice && (page.kind === 'known' || page.kind === 'unknown'), page);

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
    <main
      class="app"
      data-detected-step={detected ?? ''}
      data-detected-by={taught.by}
      data-page-state={page.kind}
      data-track={trackId ?? ''}
      data-practice={practice ? 'true' : undefined}
      data-workspace={progress.workspace.id}
      data-mode={presenter.on ? 'present' : undefined}
      data-show-where={where.result ?? undefined}
      {...activityAttributes(activity)}
    >
      <header class="app-header">
        <h1>{i18n.t('app.title')}</h1>
        {policy.organizationName && (
          <p class="org-name muted small" data-org-name>
            {i18n.t('app.forOrganization', { name: policy.organizationName })}
          </p>
        )}
        <PageStatus page={page} detectedTitle={detected ? (getStep(detected)?.title ?? null) : null} />
        <PresenterBar
          on={presenter.on}
          onToggle={presenter.toggle}
          onPopOut={tabId === null ? undefined : () => popOut(tabId, presenter.on)}
          handoutHref={`handout.html${trackId ? `?track=${trackId}` : ''}`}
        />
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
      {!practice && (
        <BetweenPages progress={realProgress} policy={policy} trackId={trackId} detected={detected} activity={activity} today={today} announce={setAnnouncement} />
      )}
      {practice ? (
        <DemoBar
          tracks={TRACKS}
          track={demo.data.track}
          onReset={(id) => {
            void demo.reset(id).then(() => {
              const first = getTrack(id);
              const start = first && firstPracticeStep(first);
              if (start) showPracticeStep(tabId, start);
              setAnnouncement(i18n.t('app.announceDemoReset', { title: first?.title ?? id }));
            });
          }}
        />
      ) : (
        <WorkspacePanel progress={realProgress} announce={setAnnouncement} />
      )}
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
          onShowWhere={where.ask}
          showWhere={where.result}
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
        onSelect={presenter.on ? presentStep : setChosen}
      />
      <TaughtPages pages={progress.state.taught} titleOf={(id) => getStep(id)?.title ?? id} onForget={(p) => taught.forget(p)} />
      <HelpLinks orgContact={orgContact} />
    </main>
  );
}
