import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READY, WATCH_PORT, stepReport } from '@/utils/messaging';
import { serveStepReports } from '@/utils/page/reporter';
import { NOT_A_STEP } from '@/utils/steps/rules';
import { SETTLE_MS, startStepWatcher } from '@/utils/page/watcher';
import { trackObservers } from '../support/observers';
import { fakeReporterRuntime } from '../messaging/fakes';

/** A report of this step (its route shape is checked on its own, below). */
/** A report of `step`, whatever its route (the route has tests of its own below). */
const report = (step: Parameters<typeof stepReport>[1]) => expect.objectContaining({ type: 'iqag:step', site: 'harp', step });
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
/** A quiet window, for checks that nothing happens; checks that something happens wait for it instead. */
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS * 4));

/** Every watcher the reporter starts (the page is read only by a watcher), so tests see when it reads. */
const started: { stopped: boolean; stop(): void }[] = [];
const countingWatcher: typeof startStepWatcher = (win, onChange) => {
  const watcher = startStepWatcher(win, onChange);
  const entry = { stopped: false, stop: () => ((entry.stopped = true), watcher.stop()) };
  started.push(entry);
  return { ...watcher, stop: entry.stop };
};

function serve(url: string, html: string) {
  setUrl(url);
  document.body.innerHTML = html;
  const fake = fakeReporterRuntime();
  serveStepReports(fake.runtime, window, 'harp', {}, countingWatcher);
  return fake;
}

// Readings cost no measured time here: on a loaded machine a slow cold reading would otherwise owe a rest
// (utils/page/watcher.ts, tested there) longer than a test waits, and the next reading would come after the assertion.
let clock: { mockRestore(): void } | undefined;
beforeEach(() => {
  clock = vi.spyOn(performance, 'now').mockReturnValue(0);
});

afterEach(() => {
  clock?.mockRestore();
  started.splice(0).forEach((w) => w.stop());
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** A lifecycle event as the browser sends it (happy-dom's dispatched events are untrusted, like a page's). */
const browserEvent = (type: string, persisted: boolean) => {
  const event = Object.assign(new Event(type), { persisted });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
};
/** The same event dispatched by the page itself. */
const forgedEvent = (type: string, persisted: boolean) => Object.assign(new Event(type), { persisted });

/** Every reading of the page from now on throws (a page can always surprise a reader). */
const failEveryReading = () => vi.spyOn(NOT_A_STEP.route!, 'test').mockImplementation(() => {
  throw new TypeError('forced');
});

describe('serveStepReports (content script)', () => {
  it('says READY on load and reads nothing while no panel watches', async () => {
    const fake = serve('https://harp.cms.gov/register/profile-info', '<h1>Profile Information</h1>');
    expect(fake.sent).toEqual([READY]);
    document.body.innerHTML = '<h1>Account Information</h1>';
    await settle();
    expect(started).toHaveLength(0);
  });

  it('posts the first reading on a new port, then each change, and stops reading when the port closes', async () => {
    const fake = serve('https://harp.cms.gov/spa/a', '<h1>Profile Information</h1>');
    const pair = fake.open(WATCH_PORT);
    expect(pair.posted).toEqual([report('harp-profile')]);
    document.body.innerHTML = '<h1>Account Information</h1>';
    await vi.waitFor(() => expect(pair.posted).toEqual([report('harp-profile'), report('harp-account')]));
    pair.panel.disconnect();
    expect(started.map((w) => w.stopped)).toEqual([true]);
    document.body.innerHTML = '<h1>Two-Factor Authentication</h1>';
    await settle();
    expect(pair.posted).toHaveLength(2);
  });

  it('runs one watcher for several panels, gives a late panel the current reading, and stops with the last', async () => {
    const fake = serve('https://harp.cms.gov/spa/b', '<h1>Profile Information</h1>');
    const first = fake.open(WATCH_PORT);
    const second = fake.open(WATCH_PORT);
    expect(second.posted).toEqual([report('harp-profile')]);
    expect(started).toHaveLength(1);
    document.body.innerHTML = '<h1>Account Information</h1>';
    await vi.waitFor(() => expect(second.posted.at(-1)).toEqual(report('harp-account')));
    expect(first.posted.at(-1)).toEqual(report('harp-account'));
    first.panel.disconnect();
    expect(started[0]!.stopped).toBe(false);
    second.panel.disconnect();
    expect(started[0]!.stopped).toBe(true);
    // A panel opened later starts a fresh watcher.
    const third = fake.open(WATCH_PORT);
    expect(third.posted).toEqual([report('harp-account')]);
    expect(started).toHaveLength(2);
  });

  it('keeps serving the other panels when one port is already closed', async () => {
    const fake = serve('https://harp.cms.gov/spa/c', '<h1>Profile Information</h1>');
    const gone = fake.open(WATCH_PORT);
    const stays = fake.open(WATCH_PORT);
    gone.vanish();
    document.body.innerHTML = '<h1>Account Information</h1>';
    await vi.waitFor(() => expect(stays.posted.at(-1)).toEqual(report('harp-account')));
    expect(gone.posted).toEqual([report('harp-profile')]);
  });

  it('refuses ports from anyone but our own pages, and does not read the page for them', () => {
    const fake = serve('https://harp.cms.gov/register/profile-info', '<h1>Profile Information</h1>');
    for (const [name, sender] of [
      ['other-port', null],
      [WATCH_PORT, null],
      [WATCH_PORT, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }],
      [WATCH_PORT, { id: 'ownextensionid', url: 'https://harp.cms.gov/' }],
    ] as const) {
      const pair = fake.open(name, sender);
      expect(pair.panel.isOpen(), `${name} ${JSON.stringify(sender)}`).toBe(false);
      expect(pair.posted).toEqual([]);
    }
    expect(started).toHaveLength(0);
  });

  it('closes its ports and stops reading when the page goes into the back/forward cache', async () => {
    const fake = serve('https://harp.cms.gov/spa/d', '<h1>Profile Information</h1>');
    const pair = fake.open(WATCH_PORT);
    window.dispatchEvent(browserEvent('pagehide', false)); // a real unload: nothing to do
    expect(pair.panel.isOpen()).toBe(true);
    window.dispatchEvent(browserEvent('pagehide', true));
    expect(pair.panel.isOpen()).toBe(false);
    expect(started.map((w) => w.stopped)).toEqual([true]);
    document.body.innerHTML = '<h1>Account Information</h1>';
    await settle();
    expect(pair.posted).toEqual([report('harp-profile')]);
  });

  it('says READY again when the page comes back from the back/forward cache', () => {
    const fake = serve('https://harp.cms.gov/register/profile-info', '');
    window.dispatchEvent(browserEvent('pageshow', false));
    expect(fake.sent).toEqual([READY]);
    window.dispatchEvent(browserEvent('pageshow', true));
    expect(fake.sent).toEqual([READY, READY]);
  });

  it("ignores the page's own pagehide and pageshow: a forged one neither blinds the panel nor makes it reconnect", async () => {
    const fake = serve('https://harp.cms.gov/spa/e', '<h1>Profile Information</h1>');
    const pair = fake.open(WATCH_PORT);
    for (let i = 0; i < 50; i++) {
      window.dispatchEvent(forgedEvent('pagehide', true));
      window.dispatchEvent(forgedEvent('pageshow', true));
    }
    expect(pair.panel.isOpen()).toBe(true);
    expect(fake.sent).toEqual([READY]);
    document.body.innerHTML = '<h1>Account Information</h1>';
    await vi.waitFor(() => expect(pair.posted).toEqual([report('harp-profile'), report('harp-account')]));
  });

  it("answers \"can't tell\" when reading the page throws, and recovers once it reads again", async () => {
    const fake = serve('https://harp.cms.gov/spa/f', '<h1>Profile Information</h1>');
    const failing = failEveryReading();
    const pair = fake.open(WATCH_PORT);
    expect(pair.posted).toEqual([report(null)]);
    failing.mockRestore();
    document.body.innerHTML = '<h1>Account Information</h1>';
    await vi.waitFor(() => expect(pair.posted).toEqual([report(null), report('harp-account')]));
  });

  it("answers \"can't tell\" when the page cannot be watched at all, and leaves nothing behind", () => {
    setUrl('https://harp.cms.gov/spa/g');
    const fake = fakeReporterRuntime();
    serveStepReports(fake.runtime, window, 'harp', {}, () => {
      throw new TypeError('forced');
    });
    const pair = fake.open(WATCH_PORT);
    expect(pair.posted).toEqual([report(null)]);
    expect(pair.panel.isOpen()).toBe(true);
  });

  it('after 20 panels opened and closed on a page whose reading fails, nothing is left watching or reading', async () => {
    const observers = trackObservers();
    const fake = serve('https://harp.cms.gov/spa/h', '<h1>Profile Information</h1>');
    failEveryReading();
    for (let i = 0; i < 20; i++) {
      const pair = fake.open(WATCH_PORT);
      expect(pair.posted, `panel ${i}`).toEqual([report(null)]);
      document.body.append(document.createElement('p')); // a change while it watches
      await settle();
      pair.panel.disconnect();
    }
    expect(started.length).toBe(20);
    expect(started.every((w) => w.stopped)).toBe(true);
    expect(observers.connected.size).toBe(0);
    const before = observers.callbacks();
    document.body.innerHTML = '<h1>Account Information</h1>';
    await settle();
    expect(observers.callbacks() - before).toBe(0);
  });

  it('reports the route shape, never the raw path or query, and reports a new route even when the step stays the same', async () => {
    const fake = serve('https://harp.cms.gov/Users/123456789/Profile/?ssn=SENTINEL-4471#/edit/jane@example.org', '<h1>Nothing known</h1>');
    const pair = fake.open(WATCH_PORT);
    expect(pair.posted).toEqual([stepReport('harp', null, '/users/:id/profile#/edit/:id')]);
    expect(JSON.stringify(pair.posted)).not.toMatch(/123456789|SENTINEL|jane/);
    history.pushState({}, '', '/other/page');
    window.dispatchEvent(Object.defineProperty(new PopStateEvent('popstate'), 'isTrusted', { value: true }));
    await vi.waitFor(() => expect(pair.posted.at(-1)).toEqual(stepReport('harp', null, '/other/page')));
  });
});
