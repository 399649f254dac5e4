import { i18n } from '#i18n';
import type { Activity } from '../activity/activity';
import { REMINDERS_KEY, REMINDERS_SENT_KEY } from '../storage/items';
import { LAPSE_DAY, addDays, longDate } from '../activity/activity';
import type { Waiting } from '../activity/waiting';
import { WAIT_NUDGE_DAYS } from '../activity/waiting';

/**
 * What the background keeps scheduled, as a pure function of what is stored and today's date: the alarms for the
 * opt-in reminders and the toolbar badge. The background re-plans at every start, on every relevant storage change
 * and on a periodic refresh alarm; alarms carry their target date in their name, so re-planning is idempotent and
 * a reminder already shown (REMINDERS_SENT_KEY) is never shown twice.
 */
export { REMINDERS_KEY, REMINDERS_SENT_KEY };
export const ALARM_PREFIX = 'iqag:';
/** Re-plans the badge and reminders as days pass (the badge depends on the date, not only on storage). */
export const REFRESH_ALARM = `${ALARM_PREFIX}refresh`;
export const REFRESH_MINUTES = 6 * 60;
/** Days since the last sign-in at which the sign-in reminder is shown. */
export const SIGN_IN_REMINDER_DAYS = [45, 55] as const;
/** Reminders are shown at this local hour of their day (or at once, if the browser was asleep then). */
const REMINDER_HOUR = 9;
const SENT_MAX = 50;

interface PlannedAlarm {
  name: string;
  /** Epoch ms. In the past means "missed while asleep or closed": fire at once. */
  when: number;
}

export interface Notice {
  title: string;
  message: string;
}

export interface Plan {
  alarms: PlannedAlarm[];
  badge: { text: string; title: string };
}

/** Stored keys whose change can change the plan: declared in utils/storage/items.ts (`reminders: true`). */
export { isReminderInput } from '../storage/items';

/** The stored reminders setting; absent or malformed → the organisation's default, else off. */
export function remindersOn(stored: unknown, policyDefault: boolean | undefined): boolean {
  if (stored && typeof stored === 'object' && typeof (stored as { on?: unknown }).on === 'boolean') return (stored as { on: boolean }).on;
  return policyDefault === true;
}

/** The names of reminders already shown (malformed → none). */
export function sentOf(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string').slice(-SENT_MAX) : [];
}
export const withSent = (sent: readonly string[], name: string): string[] => [...sent.filter((s) => s !== name), name].slice(-SENT_MAX);

/** Local REMINDER_HOUR on a calendar date. */
const atHour = (iso: string): number => new Date(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), REMINDER_HOUR).getTime();

const signInName = (day: number, last: string) => `${ALARM_PREFIX}sign-in-${day}:${last}`;
const waitingName = (w: Waiting) => `${ALARM_PREFIX}waiting:${w.ws}:${w.since}`;

export function planReminders(input: { on: boolean; activity: Activity; waiting: readonly Waiting[]; sent: readonly string[] }): Plan {
  const { on, activity, waiting, sent } = input;
  const alarms: PlannedAlarm[] = [];
  if (on) {
    const last = activity.last;
    if (last && activity.state !== 'lapsed') {
      // Only the latest reminder already due is kept: after a long sleep, one notice rather than two.
      const due = SIGN_IN_REMINDER_DAYS.filter((d) => (activity.days ?? 0) >= d);
      const keep = SIGN_IN_REMINDER_DAYS.filter((d) => (activity.days ?? 0) < d || d === due.at(-1));
      for (const d of keep) alarms.push({ name: signInName(d, last), when: atHour(addDays(last, d)) });
    }
    for (const w of waiting) alarms.push({ name: waitingName(w), when: atHour(addDays(w.since, WAIT_NUDGE_DAYS)) });
  }
  const due: string[] = [];
  if (activity.state === 'warn' && activity.signInBy) due.push(i18n.t('reminders.badgeSignIn', { date: activity.signInBy }));
  if (activity.state === 'lapsed') due.push(i18n.t('reminders.badgeLapsed'));
  for (const w of waiting) if (w.overdue) due.push(i18n.t('reminders.badgeWaiting', { name: w.name }));
  return {
    alarms: alarms.filter((a) => !sent.includes(a.name)),
    badge: due.length
      ? { text: '!', title: i18n.t('reminders.badgeTitle', { reasons: due.join(i18n.t('reminders.badgeSeparator')) }) }
      : { text: '', title: i18n.t('manifest.actionTitle') },
  };
}

/** The words of a reminder when its alarm fires, from what is stored then (null: no longer true, say nothing). */
export function noticeFor(name: string, activity: Activity, waiting: readonly Waiting[]): Notice | null {
  const sign = /^iqag:sign-in-(\d+):(\d{4}-\d{2}-\d{2})$/.exec(name);
  if (sign) {
    // Signed in since the alarm was set, or already lapsed: the reminder no longer applies.
    if (activity.last !== sign[2] || !activity.signInBy || activity.state === 'lapsed') return null;
    return {
      title: i18n.t('reminders.signInTitle', { date: longDate(activity.signInBy) }),
      message: i18n.t('reminders.signInMessage', { days: String(activity.days), limit: String(LAPSE_DAY) }),
    };
  }
  const wait = /^iqag:waiting:([a-z0-9-]+):(\d{4}-\d{2}-\d{2})$/.exec(name);
  if (wait) {
    const w = waiting.find((x) => x.ws === wait[1] && x.since === wait[2]);
    if (!w) return null; // approved (or the date changed) since
    return {
      title: i18n.t('reminders.waitingTitle'),
      message:
        w.approver === 'cms'
          ? i18n.t('reminders.waitingCms', { name: w.name, days: String(w.days) })
          : w.approver === 'pso'
            ? i18n.t('reminders.waitingPso', { name: w.name, days: String(w.days) })
            : i18n.t('reminders.waitingEither', { name: w.name, days: String(w.days) }),
    };
  }
  return null;
}
