import { i18n } from '#i18n';
import { ActivityCard } from '@/components/ActivityCard';
import { WaitingCard } from '@/components/WaitingCard';
import type { Activity } from '@/utils/activity/activity';
import { longDate } from '@/utils/activity/activity';
import type { Waiting } from '@/utils/activity/waiting';

/** What earns the top of the panel, most urgent first: roles lapsed > 60-day warning > an overdue wait > the step. */
export type StatusSeverity = 'lapsed' | 'warn' | 'wait' | 'info';

export function severityOf(activity: Activity, waiting: Waiting | null): StatusSeverity {
  if (activity.state === 'lapsed') return 'lapsed';
  if (activity.state === 'warn') return 'warn';
  if (waiting?.overdue) return 'wait';
  return 'info';
}

interface StatusLineProps {
  activity: Activity;
  /** A role request waiting for approval, when it is not already the step on screen. */
  waiting: Waiting | null;
  /** The 60-day clock matters to this person now: a sign-in was seen, or the track is about staying active. */
  clockRelevant: boolean;
  restoreShown: boolean;
  onRestore(): void;
  onApproved(): void;
}

function waitingText(w: Waiting): string {
  const time = w.days === 0 ? i18n.t('waitingCard.requestedToday') : i18n.t('waitingCard.days', w.days);
  return w.overdue ? i18n.t('statusLine.waitingOverdue', { time }) : i18n.t('statusLine.waiting', { time });
}

function clockText(a: Activity): string {
  if (a.state === 'lapsed') return i18n.t('activityCard.headingLapsed');
  if (a.state === 'unknown' || a.days === null || !a.signInBy) return i18n.t('statusLine.signInUnknown');
  if (a.state === 'warn') return i18n.t('activityCard.headingWarn', { date: longDate(a.signInBy) });
  const when = a.days === 0 ? i18n.t('activityCard.today') : i18n.t('activityCard.daysAgo', a.days);
  return i18n.t('statusLine.signIn', { when, date: longDate(a.signInBy) });
}

/**
 * One compact line for the 60-day clock and a waiting request, shown only when it matters to this person now; the
 * cards with the details (and their sources) open from it. Roles that may have lapsed open it by themselves.
 */
export function StatusLine({ activity, waiting, clockRelevant, restoreShown, onRestore, onApproved }: StatusLineProps) {
  const showClock = clockRelevant || activity.state !== 'unknown';
  if (!showClock && !waiting) return null;
  const severity = severityOf(activity, waiting);
  const parts: string[] = [];
  // The most urgent first; a wait that is merely pending follows the clock.
  if (severity === 'wait' && waiting) parts.push(waitingText(waiting));
  if (showClock) parts.push(clockText(activity));
  if (severity !== 'wait' && waiting) parts.push(waitingText(waiting));
  return (
    <details class={`status-line status-line-${severity}`} data-status-line={severity} open={severity === 'lapsed'}>
      <summary>{parts.join(i18n.t('statusLine.join'))}</summary>
      <div class="status-details">
        {waiting && <WaitingCard waiting={waiting} onApproved={onApproved} />}
        {showClock && <ActivityCard activity={activity} restoreShown={restoreShown} onRestore={onRestore} />}
      </div>
    </details>
  );
}
