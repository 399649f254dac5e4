import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { TrackChooser } from '@/components/TrackChooser';
import { waitingOf } from '@/utils/activity/waiting';
import { detectedStepOf } from '@/utils/panel/page-state';
import { isTrackOffered, orgContactOf, planPolicyWorkspaces } from '@/utils/policy';
import type { SearchEntry } from '@/utils/search/search';
import type { StepId } from '@/utils/steps/ids';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import type { TrackId } from '@/utils/tracks/schema';
import { Header } from './sections/Header';
import { JourneySection } from './sections/JourneySection';
import { MoreSection } from './sections/MoreSection';
import { StatusLine } from './sections/StatusLine';
import { StepSection, waitingIsStep } from './sections/StepSection';
import { TrainerTools } from './sections/TrainerTools';
import { activityAttributes, useActivity, useToday } from './use-activity';
import { useDemo, usePracticeFollowed } from './use-demo';
import { useJourney } from './use-journey';
import { useMilestoneRecords } from './use-milestone-records';
import { usePageState } from './use-page-state';
import { useShowWhere } from './use-show-where';
import { usePolicy } from './use-policy';
import { usePresenter, usePresenterKeys, usePrivacyScreen } from './use-presenter';
import { SearchSection } from './SearchSection';
import { useProgress } from './use-progress';
import { focusSoon, useShownStep } from './use-shown-step';
import { useTaught } from './use-taught';

/**
 * The panel's container: the data every area shares, then the areas in reading order. The first screen belongs to
 * the step (header, a status line only when it matters, the step with its checklist and Next); the journey and
 * everything else ("More") follow.
 */
export function App() {
  const { tabId, page: reported, commands } = usePageState(location.search);
  const realProgress = useProgress();
  const [announcement, announce] = useState('');
  // Following a practice copy, everything ticked goes to the demo workspace (use-demo.ts), never to real progress.
  const practice = usePracticeFollowed(tabId, reported);
  const demo = useDemo(realProgress, practice);
  const progress = demo.progress;
  // A page the user taught shows as recognised (by "you"); everything below sees the page as resolved. Taught pages
  // belong to the browser, not to a workspace, so they come from the real progress even in a demo.
  const taught = useTaught(reported, realProgress.state.taught, announce);
  const { page } = taught;
  const { policy, ignored: policyIgnored, unknown: policyUnknown } = usePolicy();
  // Facility workspaces the policy names that cannot be created (the background creates the others).
  const policyNotCreated = useMemo(() => planPolicyWorkspaces(policy.workspaces ?? [], realProgress.raw).notCreated, [policy.workspaces, realProgress.raw]);
  const orgContact = orgContactOf(policy);
  const offeredTracks = useMemo(() => TRACKS.filter((t) => isTrackOffered(policy, t.id)), [policy]);
  const { loaded, error, workspace } = progress;
  // The track belongs to the active workspace (each facility or person can follow its own); a workspace with
  // none chosen follows the organisation's default track, if its policy sets one.
  const trackId = workspace.track ?? policy.defaultTrack ?? null;
  const detected = detectedStepOf(page) || null;
  const view = useJourney(trackId, workspace, detected);
  const today = useToday();
  const activity = useActivity(realProgress.raw, today);
  const presenter = usePresenter(location.search);
  const { shownId, open: openStep, present: presentStep } = useShownStep({
    page,
    detected,
    presenting: presenter.on,
    practice,
    commands,
    placeOf: view.placeOf,
    announce,
  });
  usePresenterKeys(presenter.on, view.journey.entries.map((e) => e.step.id), shownId, presentStep);
  const where = useShowWhere(commands, tabId, page.kind === 'known' || page.kind === 'unknown', shownId, reported, presenter.on, announce);
  // Not switched off between pages: each new page is told as its port opens, before its first reading.
  usePrivacyScreen(commands, presenter.on && !practice);
  useMilestoneRecords(realProgress, detected, today, announce, !practice);
  /** The problem a search result asked to show, in its step. */
  const [problemShown, setProblemShown] = useState<{ stepId: StepId; id: string } | null>(null);
  const chooseResult = (entry: SearchEntry) => {
    // A problem takes the focus itself (StepView), once its list is open; anything else focuses the step's title.
    openStep(entry.stepId, !entry.problemId);
    if (entry.problemId) setProblemShown({ stepId: entry.stepId, id: entry.problemId });
  };

  const [chooserOpen, setChooserOpen] = useState(false);
  // The full chooser opens by itself only where there is no step to show (first run); on a step, the header chip.
  const showChooser = loaded && (chooserOpen || (!trackId && !progress.chooserDismissed && !shownId));
  const closeChooser = () => {
    setChooserOpen(false);
    focusSoon('#step-title, #overview-heading');
  };
  const pickTrack = (id: TrackId) => {
    progress.setTrack(id);
    announce(i18n.t('app.announceTrack', { title: getTrack(id)?.title ?? id }));
    closeChooser();
  };
  const toggleChooser = () => {
    if (showChooser) return closeChooser();
    setChooserOpen(true);
    // The chooser's buttons only (the panel root and the progress bar carry data-track too).
    focusSoon('button[data-track][aria-pressed="true"]', 'button[data-track]');
  };

  const real = realProgress.workspace;
  const waiting = !practice && realProgress.loaded ? waitingOf({ ...real, track: real.track ?? policy.defaultTrack ?? null }, today) : null;
  const recordApproved = () => {
    realProgress.setMilestone('role-approved', today);
    announce(i18n.t('betweenPages.recordedApproved'));
  };
  const trainer = <TrainerTools presenter={presenter} tabId={tabId} commands={commands} trackId={trackId} practice={practice} demo={demo} announce={announce} />;
  // Trainer tools: on top of a practice copy (a trainer's page), a footer while presenting, else under More.
  const trainerAt = presenter.on ? 'footer' : practice ? 'top' : 'more';

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
      <Header
        organizationName={policy.organizationName}
        track={view.track}
        chooserOpen={showChooser}
        onTrackChip={toggleChooser}
        search={<SearchSection onChoose={chooseResult} />}
      />
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
      {trainerAt === 'top' && trainer}
      {!practice && (
        <StatusLine
          activity={activity}
          waiting={waitingIsStep(shownId) ? null : waiting}
          clockRelevant={trackId === 'pso-duties' || trackId === 'restore-access'}
          restoreShown={trackId === 'restore-access'}
          onRestore={() => realProgress.setTrack('restore-access')}
          onApproved={recordApproved}
        />
      )}
      <StepSection
        page={page}
        detected={detected}
        shownId={shownId}
        view={view}
        progress={progress}
        taught={taught}
        waiting={waiting}
        onApproved={recordApproved}
        allowNotes={policy.allowNotes !== false}
        orgContact={orgContact}
        onOpenStep={openStep}
        openProblem={problemShown?.stepId === shownId ? problemShown : null}
        onShowWhere={where.ask}
        showWhere={where.result}
      />
      <JourneySection view={view} shownId={shownId} detected={detected} onSelect={presenter.on ? presentStep : openStep} />
      <MoreSection
        progress={realProgress}
        practice={practice}
        policy={policy}
        policyIgnored={policyIgnored}
        policyUnknown={policyUnknown}
        policyNotCreated={policyNotCreated}
        orgContact={orgContact}
        taught={progress.state.taught}
        onForget={(p) => taught.forget(p)}
        announce={announce}
        trainer={trainerAt === 'more' ? trainer : undefined}
      />
      {trainerAt === 'footer' && <footer class="presenter-footer">{trainer}</footer>}
    </main>
  );
}
