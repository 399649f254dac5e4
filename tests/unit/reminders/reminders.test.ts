import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ACTIVITY_KEY } from '@/utils/activity/key';
import { milestoneKey, trackKey } from '@/utils/progress/keys';
import { REFRESH_ALARM, REMINDERS_KEY, REMINDERS_SENT_KEY, planReminders } from '@/utils/reminders/plan';
import { onAlarm, onNotificationClicked, replan, setReminders } from '@/utils/reminders/reminder-store';
import { activityOf } from '@/utils/activity/activity';

const TZ = process.env.TZ;
/** Noon, 30 November 2026, New York. */
const NOW = () => new Date(2026, 10, 30, 12, 0);
beforeEach(() => {
  process.env.TZ = 'America/New_York';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW());
  // The fake browser does not model permissions: granted unless a test says otherwise.
  fakeBrowser.permissions.contains = vi.fn(async () => true) as typeof fakeBrowser.permissions.contains;
  fakeBrowser.permissions.request = vi.fn(async () => true) as typeof fakeBrowser.permissions.request;
});
afterEach(() => {
  vi.useRealTimers();
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

const names = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const local9 = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).getTime();
const badge = () => fakeBrowser.action.getBadgeText({});

describe('reminders: scheduling', () => {
  it('off (the default): no reminder alarm, only the refresh that keeps the badge current', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-20', [milestoneKey('default', 'role-requested')]: '2026-11-29' });
    await replan(NOW());
    expect(await names()).toEqual([REFRESH_ALARM]);
  });

  it('on: "sign in" at day 45 and 55 after the last sign-in, "check your request" 3 days after it, at 9:00 local', async () => {
    await fakeBrowser.storage.local.set({
      [REMINDERS_KEY]: { on: true },
      [ACTIVITY_KEY]: '2026-11-20',
      [milestoneKey('default', 'role-requested')]: { at: '2026-11-29' },
    });
    await replan(NOW());
    const alarms = Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    expect(alarms).toEqual({
      [REFRESH_ALARM]: expect.any(Number),
      'iqag:sign-in-45:2026-11-20': local9(2027, 1, 4),
      'iqag:sign-in-55:2026-11-20': local9(2027, 1, 14),
      'iqag:waiting:default:2026-11-29': local9(2026, 12, 2),
    });
  });

  it('the organisation default (remindersDefault) turns them on until the user chooses', () => {
    const activity = activityOf('2026-11-20', '2026-11-30');
    expect(planReminders({ on: false, activity, waiting: [], sent: [] }).alarms).toEqual([]);
    expect(planReminders({ on: true, activity, waiting: [], sent: [] }).alarms).toHaveLength(2);
    expect(planReminders({ on: true, activity: activityOf('2026-09-01', '2026-11-30'), waiting: [], sent: [] }).alarms).toEqual([]); // lapsed
    // Asleep past both: only the latest one due is kept.
    expect(planReminders({ on: true, activity: activityOf('2026-10-01', '2026-11-28'), waiting: [], sent: [] }).alarms.map((a) => a.name)).toEqual(['iqag:sign-in-55:2026-10-01']);
  });

  it('re-created when the worker starts (alarms can be lost on a restart or update)', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    await fakeBrowser.storage.local.set({ [REMINDERS_KEY]: { on: true }, [ACTIVITY_KEY]: '2026-11-20' });
    await fakeBrowser.alarms.clearAll();
    background.main();
    await vi.waitFor(async () => expect(await names()).toEqual([REFRESH_ALARM, 'iqag:sign-in-45:2026-11-20', 'iqag:sign-in-55:2026-11-20']));
  });

  it('cancelled when approval is recorded, and re-planned when the sign-in date moves', async () => {
    await fakeBrowser.storage.local.set({ [REMINDERS_KEY]: { on: true }, [milestoneKey('default', 'role-requested')]: { at: '2026-11-29' } });
    await replan(NOW());
    expect(await names()).toContain('iqag:waiting:default:2026-11-29');
    await fakeBrowser.storage.local.set({ [milestoneKey('default', 'role-approved')]: { at: '2026-11-30' } });
    await replan(NOW());
    expect(await names()).toEqual([REFRESH_ALARM]);

    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-01' });
    await replan(NOW());
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-30' });
    await replan(NOW());
    expect(await names()).toEqual([REFRESH_ALARM, 'iqag:sign-in-45:2026-11-30', 'iqag:sign-in-55:2026-11-30']);
  });

  it('turning reminders off clears them; turning on asks for the notifications permission and stays off if refused', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-20' });
    fakeBrowser.permissions.request = vi.fn(async () => false) as typeof fakeBrowser.permissions.request;
    expect(await setReminders(true)).toBe(false);
    expect((await fakeBrowser.storage.local.get(REMINDERS_KEY))[REMINDERS_KEY]).toBeUndefined();
    fakeBrowser.permissions.request = vi.fn(async () => true) as typeof fakeBrowser.permissions.request;
    expect(await setReminders(true)).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await replan(NOW());
    expect(await names()).toHaveLength(3);
    await setReminders(false);
    await replan(NOW());
    expect(await names()).toEqual([REFRESH_ALARM]);
  });
});

describe('reminders: when an alarm fires', () => {
  it('shows the notice once (a missed alarm fires at the next start), and a click opens the guide', async () => {
    await fakeBrowser.storage.local.set({ [REMINDERS_KEY]: { on: true }, [ACTIVITY_KEY]: '2026-10-15' }); // day 46
    await replan(NOW());
    // Day 45's reminder was missed while asleep: due at once.
    const missed = (await fakeBrowser.alarms.getAll()).find((a) => a.name === 'iqag:sign-in-45:2026-10-15');
    expect(missed!.scheduledTime).toBeLessThanOrEqual(NOW().getTime() + 1_000);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await onAlarm('iqag:sign-in-45:2026-10-15', NOW());
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]![1]).toMatchObject({ title: expect.stringMatching(/^Sign in to iQIES by .*2026/) });
    expect((await fakeBrowser.storage.local.get(REMINDERS_SENT_KEY))[REMINDERS_SENT_KEY]).toEqual(['iqag:sign-in-45:2026-10-15']);
    // Planned again (next start): not shown twice.
    await replan(NOW());
    expect(await names()).toEqual([REFRESH_ALARM, 'iqag:sign-in-55:2026-10-15']);

    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClicked('iqag:sign-in-45:2026-10-15');
    expect(tabs).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html$/) });
  });

  it('says nothing when it no longer applies (signed in since, approved since) or without the permission', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.storage.local.set({ [REMINDERS_KEY]: { on: true }, [ACTIVITY_KEY]: '2026-11-29' });
    await onAlarm('iqag:sign-in-45:2026-10-15', NOW());
    await onAlarm('iqag:waiting:default:2026-11-20', NOW());
    await fakeBrowser.storage.local.set({ [milestoneKey('default', 'role-requested')]: { at: '2026-11-20' } });
    fakeBrowser.permissions.contains = vi.fn(async () => false) as typeof fakeBrowser.permissions.contains;
    await onAlarm('iqag:waiting:default:2026-11-20', NOW());
    expect(create).not.toHaveBeenCalled();
    fakeBrowser.permissions.contains = vi.fn(async () => true) as typeof fakeBrowser.permissions.contains;
    await fakeBrowser.storage.local.set({ [trackKey('default')]: { id: 'first-pso' } });
    await onAlarm('iqag:waiting:default:2026-11-20', NOW());
    expect(create.mock.calls[0]![1]).toMatchObject({ title: 'Check whether your iQIES role request was approved', message: expect.stringMatching(/iQIES Service Center/) });
  });
});

describe('toolbar badge', () => {
  it('empty when nothing is due; "!" from day 45, after day 60, and when a request waits 3 days; cleared when done', async () => {
    await replan(NOW());
    expect(await badge()).toBe('');
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-10-17' }); // day 44
    await replan(NOW());
    expect(await badge()).toBe('');
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-10-16' }); // day 45
    await replan(NOW());
    expect(await badge()).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/sign in to iQIES by 2026-12-15/);
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-09-01' }); // lapsed
    await replan(NOW());
    expect(await fakeBrowser.action.getTitle({})).toMatch(/may have been revoked/);
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-30' });
    await replan(NOW());
    expect(await badge()).toBe('');
    await fakeBrowser.storage.local.set({ [milestoneKey('default', 'role-requested')]: { at: '2026-11-28' } });
    await replan(NOW());
    expect(await badge()).toBe('');
    await fakeBrowser.storage.local.set({ [milestoneKey('default', 'role-requested')]: { at: '2026-11-27' } });
    await replan(NOW());
    expect(await badge()).toBe('!');
    await fakeBrowser.storage.local.set({ [milestoneKey('default', 'role-approved')]: { at: '2026-11-30' } });
    await replan(NOW());
    expect(await badge()).toBe('');
  });
});
