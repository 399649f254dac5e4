import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_A_STEP } from '@/utils/steps/rules';
import { BURST_MS, REST, SETTLE_MS, startStepWatcher } from '@/utils/page/watcher';
import type { StepWatcher } from '@/utils/page/watcher';
import { trackObservers } from '../support/observers';

// happy-dom's window plays the page; its location is set to a HARP URL.
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
let watcher: StepWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
/** Lets happy-dom deliver pending mutation records (it queues them as a microtask). */
const observerDelivery = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('startStepWatcher', () => {
  it('reports the first reading, then only changes, after late rendering settles', async () => {
    setUrl('https://harp.cms.gov/spa/x');
    document.body.innerHTML = '<h1>HARP</h1><p>Loading…</p>';
    const seen: (string | null)[] = [];
    watcher = startStepWatcher(window, (step) => seen.push(step));
    expect(seen).toEqual([null]);
    document.body.innerHTML = '<h1>HARP</h1><h2>Account Information</h2>';
    await vi.waitFor(() => expect(seen).toEqual([null, 'harp-account']), { timeout: SETTLE_MS * 20 });
    document.body.append(document.createElement('p')); // same step: no new report
    await new Promise((r) => setTimeout(r, SETTLE_MS * 3));
    expect(seen).toEqual([null, 'harp-account']);
    expect(watcher.current()).toBe('harp-account');
  });

  it('stops reading after stop()', async () => {
    setUrl('https://harp.cms.gov/spa/y');
    document.body.innerHTML = '<h2>Profile Information</h2>';
    const seen: (string | null)[] = [];
    watcher = startStepWatcher(window, (step) => seen.push(step));
    watcher.stop();
    document.body.innerHTML = '<h2>Account Information</h2>';
    await new Promise((r) => setTimeout(r, SETTLE_MS * 3));
    expect(seen).toEqual(['harp-profile']);
  });

  it('reports "can\'t tell" when reading throws, and keeps watching', async () => {
    setUrl('https://harp.cms.gov/spa/z');
    document.body.innerHTML = '<h2>Profile Information</h2>';
    const failing = vi.spyOn(NOT_A_STEP.route!, 'test').mockImplementation(() => {
      throw new TypeError('forced');
    });
    const seen: (string | null)[] = [];
    watcher = startStepWatcher(window, (step) => seen.push(step));
    expect(seen).toEqual([null]);
    failing.mockRestore();
    document.body.innerHTML = '<h2>Account Information</h2>';
    await vi.waitFor(() => expect(seen).toEqual([null, 'harp-account']), { timeout: SETTLE_MS * 20 });
  });

  it('during a storm of DOM changes the observer wakes once per reading, not once per change', async () => {
    const observers = trackObservers();
    // Timers stand still until the test moves them: the twenty changes all fall inside one settle period. The clock
    // too, so a slow first reading on a loaded machine owes no rest that would push the next reading past it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    setUrl('https://harp.cms.gov/spa/s');
    document.body.innerHTML = '<h2>Profile Information</h2>';
    const seen: (string | null)[] = [];
    watcher = startStepWatcher(window, (step) => seen.push(step));
    document.body.append(document.createElement('p'));
    await observerDelivery();
    document.body.innerHTML = '<h2>Account Information</h2>';
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      await observerDelivery(); // each change delivered on its own, as a storm's changes are
    }
    expect(observers.callbacks()).toBe(1);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(seen).toEqual(['harp-profile', 'harp-account']);
    // Reading connected the observer again: the next change wakes it.
    document.body.append(document.createElement('p'));
    await observerDelivery();
    expect(observers.callbacks()).toBe(2);
  });

  it('rests after costly readings: during a storm, reading takes at most about a twentieth of the time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    setUrl('https://harp.cms.gov/spa/r');
    document.body.innerHTML = '<h2>Profile Information</h2>';
    // Every reading costs 10 ms of (fake) time.
    const slow = vi.spyOn(NOT_A_STEP.route!, 'test').mockImplementation(() => {
      vi.advanceTimersByTime(10);
      return false;
    });
    const readings = () => slow.mock.calls.length;
    watcher = startStepWatcher(window, () => undefined);
    const start = performance.now();
    for (let i = 0; i < 200; i++) {
      document.body.append(document.createElement('p'));
      await observerDelivery();
      vi.advanceTimersByTime(5);
    }
    const elapsed = performance.now() - start;
    const spent = readings() * 10;
    // The first readings go at the settle pace (the burst allowance), then the rest owed sets it: over a second
    // of storm, at most a twentieth of the time plus the burst (without resting: 340 ms of 1,330).
    expect(REST).toBeGreaterThanOrEqual(19);
    expect(spent).toBeLessThan(elapsed / 20 + BURST_MS / 19 + 2 * 10); // a reading either side
    expect(readings()).toBeGreaterThan(3);
  });
});
