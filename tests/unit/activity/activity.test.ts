import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activityOf, addDays, daysBetween, salvageSignInDate } from '@/utils/activity/activity';
import { ACTIVITY_KEY } from '@/utils/activity/key';
import { waitingOf } from '@/utils/activity/waiting';
import { todayIso } from '@/utils/formats';
import { emptyWorkspace } from '@/utils/progress/model';
import { loadProgress } from '@/utils/progress/store';

const TZ = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  // Node reads TZ again whenever it is set.
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

/** The guard as the panel computes it at a wall-clock moment in a time zone. */
function at(tz: string, local: [number, number, number, number, number], stored: unknown) {
  process.env.TZ = tz;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(local[0], local[1] - 1, local[2], local[3], local[4]));
  return { today: todayIso(), ...activityOf(stored, todayIso()) };
}

describe('the 60-day guard: day counting', () => {
  it('44 days is ok, 45 and 60 warn, 61 is lapsed; the sign-in-by date is day 60', () => {
    const last = '2026-01-10';
    const on = (n: number) => activityOf(last, addDays(last, n));
    expect([0, 1, 44].map((n) => on(n).state)).toEqual(['ok', 'ok', 'ok']);
    expect(on(45)).toMatchObject({ state: 'warn', days: 45, signInBy: '2026-03-11' });
    expect(on(60)).toMatchObject({ state: 'warn', days: 60 });
    expect(on(61)).toMatchObject({ state: 'lapsed', days: 61 });
    expect(on(400).state).toBe('lapsed');
  });

  it('counts whole calendar days across both DST changes (New York), at any hour', () => {
    // Spring forward: 8 March 2026 has 23 hours. Sunday 00:30 to Tuesday 00:30 is 2 days, not 1.96.
    expect(at('America/New_York', [2026, 3, 10, 0, 30], '2026-03-08')).toMatchObject({ today: '2026-03-10', days: 2 });
    // Fall back: 1 November 2026 has 25 hours. Late on the 2nd is still 2 days after 31 October.
    expect(at('America/New_York', [2026, 11, 2, 23, 59], '2026-10-31')).toMatchObject({ today: '2026-11-02', days: 2 });
    // 45 days spanning the spring change, just after midnight: warn, not "44 and 23 hours".
    expect(at('America/New_York', [2026, 3, 23, 0, 5], '2026-02-06')).toMatchObject({ days: 45, state: 'warn' });
    // Southern hemisphere (Auckland's DST ends in April).
    expect(at('Pacific/Auckland', [2026, 4, 6, 0, 1], '2026-04-04')).toMatchObject({ days: 2 });
  });

  it('uses the local date of the time zone the browser is in, and never shows a negative count', () => {
    // One instant, two zones: 2026-06-01 03:00 UTC is 31 May in Los Angeles and 1 June in Auckland.
    process.env.TZ = 'UTC';
    const instant = Date.UTC(2026, 5, 1, 3, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(instant);
    process.env.TZ = 'America/Los_Angeles';
    expect(todayIso()).toBe('2026-05-31');
    process.env.TZ = 'Pacific/Auckland';
    expect(todayIso()).toBe('2026-06-01');
    // Signed in in Auckland (1 June), then the laptop flies to Los Angeles (31 May): 0 days, not -1.
    process.env.TZ = 'America/Los_Angeles';
    expect(activityOf('2026-06-01', todayIso())).toMatchObject({ state: 'ok', days: 0 });
    // The clock set back by years: a stored date far ahead is not trusted (unknown), never a negative count.
    expect(activityOf('2026-06-01', '2025-01-01')).toMatchObject({ state: 'unknown', days: null });
  });

  it('bad stored values read as unknown; a timestamp keeps its date', () => {
    const today = '2026-11-30';
    for (const bad of [undefined, null, '', 'yesterday', '2026-02-30', '2017-12-31', '1970-01-01', '2027-01-05', 20261101, { at: '2026-11-01' }, ['2026-11-01']]) {
      expect(activityOf(bad, today), JSON.stringify(bad)).toEqual({ state: 'unknown', days: null, last: null, signInBy: null });
    }
    expect(salvageSignInDate('2026-11-20T08:00:00.000Z', today)).toBe('2026-11-20');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // a leap year
  });

  it('a corrupt stored activity value is salvaged like other stored values: repaired where it can be, the original kept aside', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: '2026-11-20T08:00:00Z' });
    const first = await loadProgress(new Date(2026, 10, 30));
    expect(first.notice).toMatch(/damaged/);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[ACTIVITY_KEY]).toBe('2026-11-20');
    expect(stored[`quarantine:${ACTIVITY_KEY}`]).toMatchObject({ raw: '"2026-11-20T08:00:00Z"' });

    await fakeBrowser.storage.local.set({ [ACTIVITY_KEY]: { evil: true } });
    await loadProgress(new Date(2026, 10, 30));
    expect((await fakeBrowser.storage.local.get(ACTIVITY_KEY))[ACTIVITY_KEY]).toBeUndefined();
  });
});

describe('waiting for a role', () => {
  const ws = (milestones: Record<string, string>, track: 'first-pso' | 'staff' | null = 'staff') => ({ ...emptyWorkspace('default'), track, milestones });
  it('waits from "role requested" until "role approved"; CMS approves a first PSO, a PSO everyone else', () => {
    expect(waitingOf(ws({}), '2026-11-30')).toBeNull();
    expect(waitingOf(ws({ 'role-requested': '2026-11-27' }), '2026-11-30')).toMatchObject({ since: '2026-11-27', days: 3, approver: 'pso', overdue: true });
    expect(waitingOf(ws({ 'role-requested': '2026-11-29' }, 'first-pso'), '2026-11-30')).toMatchObject({ days: 1, approver: 'cms', overdue: false });
    expect(waitingOf(ws({ 'role-requested': '2026-11-27', 'role-approved': '2026-11-28' }), '2026-11-30')).toBeNull();
    expect(waitingOf(ws({ 'role-requested': '2026-11-27' }, null), '2026-11-30')).toMatchObject({ approver: 'either' });
  });
  it('a typed date in the future or before 2018 shows no waiting (and no negative count)', () => {
    expect(waitingOf(ws({ 'role-requested': '2027-03-01' }), '2026-11-30')).toBeNull();
    expect(waitingOf(ws({ 'role-requested': '2001-01-01' }), '2026-11-30')).toBeNull();
    expect(waitingOf(ws({ 'role-requested': '2026-12-01' }), '2026-11-30')).toMatchObject({ days: 0 });
  });
});
