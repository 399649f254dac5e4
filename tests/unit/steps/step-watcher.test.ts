import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_A_STEP } from '@/utils/steps/rules';
import { SETTLE_MS, startStepWatcher } from '@/utils/steps/step-watcher';
import type { StepWatcher } from '@/utils/steps/step-watcher';

// happy-dom's window plays the page; its location is set to a HARP URL.
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
let watcher: StepWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});
const microtasks = () => new Promise<void>((r) => setTimeout(r, 0));

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
    let wakes = 0;
    const Real = MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Real {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            wakes++;
            callback(records, observer);
          });
        }
      },
    );
    setUrl('https://harp.cms.gov/spa/s');
    document.body.innerHTML = '<h2>Profile Information</h2>';
    const seen: (string | null)[] = [];
    watcher = startStepWatcher(window, (step) => seen.push(step));
    // Twenty changes, each in its own task, all well inside one settle period: one wake, then one reading.
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      await microtasks();
    }
    expect(wakes).toBe(1);
    document.body.innerHTML = '<h2>Account Information</h2>';
    await vi.waitFor(() => expect(seen).toEqual(['harp-profile', 'harp-account']), { timeout: SETTLE_MS * 20 });
  });
});
