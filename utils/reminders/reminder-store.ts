import { browser } from 'wxt/browser';
import { activityOf } from '../activity/activity';
import { ACTIVITY_KEY } from '../activity/key';
import type { Waiting } from '../activity/waiting';
import { waitingOf } from '../activity/waiting';
import { todayIso } from '../formats';
import { loadPolicy } from '../policy-store';
import { readState } from '../progress/model';
import type { Plan } from './plan';
import { ALARM_PREFIX, REFRESH_ALARM, REFRESH_MINUTES, REMINDERS_KEY, REMINDERS_SENT_KEY, noticeFor, planReminders, remindersOn, sentOf, withSent } from './plan';

/**
 * The browser side of reminders and the toolbar badge (the plan itself is pure: plan.ts). `alarms` is a required
 * permission (Firefox cannot make it optional; it shows no install warning); `notifications` is optional in both
 * browsers and requested when the user turns reminders on (requestNotifications, from the click itself).
 */
const NOTIFICATIONS: Parameters<typeof browser.permissions.contains>[0] = { permissions: ['notifications'] };

interface Situation {
  on: boolean;
  sent: string[];
  activity: ReturnType<typeof activityOf>;
  waiting: Waiting[];
}

async function situation(now: Date): Promise<Situation> {
  const [raw, { policy }] = await Promise.all([browser.storage.local.get(null), loadPolicy()]);
  const today = todayIso(now);
  const waiting = readState(raw)
    .state.workspaces.map((w) => waitingOf(w, today))
    .filter((w): w is Waiting => w !== null);
  return { on: remindersOn(raw[REMINDERS_KEY], policy.remindersDefault), sent: sentOf(raw[REMINDERS_SENT_KEY]), activity: activityOf(raw[ACTIVITY_KEY], today), waiting };
}

/** Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/**
 * Brings alarms and badge in line with what is stored now: stale reminder alarms are cleared, planned ones created
 * (an alarm already set for the same time is left alone; one whose time has passed fires at once, which is how a
 * reminder missed while the computer slept is shown), and the periodic refresh alarm is kept.
 */
export async function replan(now = new Date()): Promise<Plan> {
  const s = await situation(now);
  const plan = planReminders(s);
  const existing = await browser.alarms.getAll();
  for (const a of existing) {
    if (a.name.startsWith(ALARM_PREFIX) && a.name !== REFRESH_ALARM && !plan.alarms.some((p) => p.name === a.name)) await browser.alarms.clear(a.name);
  }
  for (const p of plan.alarms) {
    const set = existing.find((a) => a.name === p.name);
    if (!set || (p.when > now.getTime() && set.scheduledTime !== p.when)) await browser.alarms.create(p.name, { when: Math.max(p.when, now.getTime() + 1_000) });
  }
  if (!existing.some((a) => a.name === REFRESH_ALARM)) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  const action = toolbar();
  await action.setBadgeText({ text: plan.badge.text });
  if (plan.badge.text) await action.setBadgeBackgroundColor({ color: '#8a4b00' });
  await action.setTitle({ title: plan.badge.title });
  return plan;
}

/** An alarm fired: the refresh re-plans; a reminder is shown (once, and only if still true and allowed). */
export async function onAlarm(name: string, now = new Date()): Promise<void> {
  if (!name.startsWith(ALARM_PREFIX)) return;
  if (name !== REFRESH_ALARM) {
    const s = await situation(now);
    const notice = s.on ? noticeFor(name, s.activity, s.waiting) : null;
    await browser.storage.local.set({ [REMINDERS_SENT_KEY]: withSent(s.sent, name) });
    if (notice && browser.notifications && (await browser.permissions.contains(NOTIFICATIONS))) {
      listenForClicks();
      await browser.notifications.create(name, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: notice.title, message: notice.message });
    }
  }
  await replan(now);
}

let listening = false;
/**
 * Listens for clicks on our notifications. Called when the worker starts and again before a notification is shown:
 * `browser.notifications` appears only once the optional permission is granted, possibly while this worker runs.
 */
export function listenForClicks(): void {
  if (listening || !browser.notifications) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    void onNotificationClicked(id).catch((error: unknown) => console.error('iQIES Access Guide: could not open the guide', error));
  });
}

/** A click on one of our notifications opens the guide (as a tab: a side panel cannot be opened from here). */
export async function onNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(ALARM_PREFIX)) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  await browser.notifications?.clear(id);
}

/** Whether the optional notifications permission is granted (reminders on by policy may still lack it). */
export async function notificationsAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS);
  } catch {
    return false;
  }
}

/**
 * Turns reminders on or off (panel). Turning on asks for the notifications permission first; it must be called
 * straight from the click (browsers only ask during a user gesture). Resolves to whether reminders are on.
 */
export async function setReminders(on: boolean): Promise<boolean> {
  if (on && !(await browser.permissions.request(NOTIFICATIONS))) return false;
  await browser.storage.local.set({ [REMINDERS_KEY]: { on } });
  return on;
}
