import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { ActivityCard } from '@/components/ActivityCard';
import { PsoView, countOf } from '@/components/PsoView';
import type { PsoCounts } from '@/components/PsoView';
import { RemindersToggle } from '@/components/RemindersToggle';
import { WaitingCard } from '@/components/WaitingCard';
import type { Activity } from '@/utils/activity/activity';
import { waitingOf } from '@/utils/activity/waiting';
import type { Policy } from '@/utils/policy';
import { psoKey } from '@/utils/storage/items';
import { REMINDERS_KEY, remindersOn } from '@/utils/reminders/plan';
import { notificationsAllowed, setReminders } from '@/utils/reminders/reminder-store';
import type { StepId } from '@/utils/steps/ids';
import type { TrackId } from '@/utils/tracks/schema';
import type { Progress } from './use-progress';

/** Hand-kept PSO figures per workspace: a declared per-workspace value (exported, backed up, removed with it). */
export { psoKey };

interface BetweenPagesProps {
  progress: Progress;
  policy: Policy;
  trackId: TrackId | null;
  detected: StepId | null;
  activity: Activity;
  today: string;
  announce(text: string): void;
}

/**
 * Between the pages (issue 11): the waiting card, the 60-day guard, opt-in reminders and the PSO's own figures.
 * Also records "role requested" (and "HARP account created") the first time the page that proves it is recognised.
 */
export function BetweenPages({ progress, policy, trackId, detected, activity, today, announce }: BetweenPagesProps) {
  const { workspace, loaded, raw } = progress;
  const [problem, setProblem] = useState('');
  const [allowed, setAllowed] = useState(true);
  useEffect(() => {
    void notificationsAllowed().then(setAllowed);
  }, []);
  const requested = workspace.milestones['role-requested'];

  const created = workspace.milestones['harp-account-created'];
  // Pages only a user in that state sees: HARP's registration confirmation (just after creating the account) and
  // iQIES's "Request Submitted". Recorded once; the dates stay editable under "Key dates".
  useEffect(() => {
    if (!loaded) return;
    if (detected === 'iqies-request-submitted' && !requested) {
      progress.setMilestone('role-requested', today);
      announce(i18n.t('betweenPages.recordedRequested'));
    } else if (detected === 'harp-confirmation' && !created) {
      progress.setMilestone('harp-account-created', today);
      announce(i18n.t('betweenPages.recordedCreated'));
    }
    // progress and announce change identity on every render; the record depends only on these.
  }, [loaded, detected, requested, created, today]);

  if (!loaded) return null;
  const waiting = waitingOf({ ...workspace, track: trackId }, today);
  const on = remindersOn(raw[REMINDERS_KEY], policy.remindersDefault);
  const stored = raw[psoKey(workspace.id)] as Partial<Record<keyof PsoCounts, unknown>> | undefined;
  const counts: PsoCounts = { psos: countOf(stored?.psos), pending: countOf(stored?.pending) };

  const toggle = (next: boolean) => {
    setProblem('');
    // Called straight from the click: the browser asks for the notifications permission only during a user gesture.
    setReminders(next).then(
      (now) => {
        if (next && !now) setProblem(i18n.t('betweenPages.notAllowed'));
        else announce(now ? i18n.t('betweenPages.remindersOn') : i18n.t('betweenPages.remindersOff'));
        if (now) setAllowed(true);
      },
      () => setProblem(i18n.t('betweenPages.saveFailed')),
    );
  };

  return (
    <div class="between-pages">
      {waiting && (
        <WaitingCard
          waiting={waiting}
          onApproved={() => {
            progress.setMilestone('role-approved', today);
            announce(i18n.t('betweenPages.recordedApproved'));
          }}
        />
      )}
      <ActivityCard activity={activity} restoreShown={trackId === 'restore-access'} onRestore={() => progress.setTrack('restore-access')} />
      {trackId === 'pso-duties' && <PsoView counts={counts} onChange={(c) => void progress.put(psoKey(workspace.id), c).catch(() => undefined)} />}
      <RemindersToggle on={on} byPolicy={policy.remindersDefault === true && raw[REMINDERS_KEY] === undefined} onChange={toggle} problem={problem} needsPermission={!allowed} />
    </div>
  );
}
