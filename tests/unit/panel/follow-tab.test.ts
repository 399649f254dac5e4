import { describe, expect, it } from 'vitest';
import { followTab } from '@/utils/panel/follow-tab';
import type { SenderInfo } from '@/utils/messaging';
import { parseCommand, practiceGo, showWhereMessage, stepReport, whereAnswer } from '@/utils/messaging';
import type { PageState } from '@/utils/panel/page-state';
import type { StepId } from '@/utils/steps/ids';
import type { portPair } from '../messaging/fakes';
import { OWN_ID, fakeFollowApi } from '../messaging/fakes';

const TAB = 7;
const harpTop: SenderInfo = { id: OWN_ID, url: 'https://harp.cms.gov/login', frameId: 0, tab: { id: TAB } };
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Follows TAB, which shows `initial` when the panel opens (null: no content script there). */
function setup(initial: Parameters<ReturnType<typeof fakeFollowApi>['serve']>[0] = null) {
  const fake = fakeFollowApi(TAB);
  fake.serve(initial);
  const states: PageState[] = [];
  const followed = followTab(fake.api, TAB, (s) => states.push(s));
  const last = () => states.at(-1);
  return { fake, states, stop: followed.stop, followed, last };
}
/** A guided page whose content script answers a new port with this step. */
const page = (site: 'harp' | 'iqies', step: StepId | null) => (pair: { content: { postMessage(m: unknown): void } }) =>
  pair.content.postMessage(stepReport(site, step));

describe('followTab (panel)', () => {
  it('shows the step the followed page reports', async () => {
    const { states } = setup(page('harp', 'harp-profile'));
    await tick();
    expect(states).toEqual([{ kind: 'loading' }, { kind: 'known', site: 'harp', step: 'harp-profile' }]);
  });

  it('connects again when a page that was still loading says READY', async () => {
    const { fake, states } = setup();
    await tick();
    expect(states).toEqual([{ kind: 'loading' }, { kind: 'off-site' }]);
    fake.serve(page('harp', 'harp-profile'));
    fake.ready(harpTop);
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'known', site: 'harp', step: 'harp-profile' });
  });

  it('says off-site when nobody answers the port (another site, a browser page)', async () => {
    const { states, fake } = setup();
    await tick();
    expect(states).toEqual([{ kind: 'loading' }, { kind: 'off-site' }]);
    expect(fake.ports).toHaveLength(1);
  });

  it('reports "unknown" for a guided page it cannot place, and follows changes on the same port', async () => {
    const { fake, last } = setup();
    fake.serve((pair) => pair.content.postMessage(stepReport('iqies', null)));
    fake.ready({ ...harpTop, url: 'https://iqies.cms.gov/' });
    await tick();
    expect(last()).toEqual({ kind: 'unknown', site: 'iqies' });
    fake.ports.at(-1)!.content.postMessage(stepReport('iqies', 'iqies-welcome'));
    expect(last()).toEqual({ kind: 'known', site: 'iqies', step: 'iqies-welcome' });
  });

  it('ignores malformed messages on the port', async () => {
    const { fake, last } = setup();
    fake.serve(page('harp', 'harp-account'));
    fake.ready(harpTop);
    await tick();
    const port = fake.ports.at(-1)!;
    for (const bad of [null, 'harp-profile', { type: 'iqag:step', site: 'harp', step: 'made-up' }, { type: 'iqag:ready' }]) port.content.postMessage(bad);
    expect(last()).toEqual({ kind: 'known', site: 'harp', step: 'harp-account' });
  });

  it('after a full page load, waits for the next page and connects when it says READY', async () => {
    const { fake, last } = setup(page('harp', 'harp-sign-in'));
    await tick();
    fake.loading();
    fake.ports.at(-1)!.content.disconnect(); // the page unloads
    expect(last()).toEqual({ kind: 'loading' });
    expect(fake.ports).toHaveLength(1); // nothing to connect to yet
    fake.serve(page('harp', 'harp-two-factor'));
    fake.ready(harpTop);
    await tick();
    expect(last()).toEqual({ kind: 'known', site: 'harp', step: 'harp-two-factor' });
    fake.complete(); // its port is live: no second one
    await tick();
    expect(fake.ports).toHaveLength(2);
    expect(fake.ports.filter((p) => p.panel.isOpen())).toHaveLength(1);
  });

  it('after a full page load to another site, says off-site once the tab has loaded', async () => {
    const { fake, last } = setup(page('harp', 'harp-sign-in'));
    await tick();
    fake.loading();
    fake.ports.at(-1)!.content.disconnect();
    fake.serve(null);
    fake.complete();
    await tick();
    expect(last()).toEqual({ kind: 'off-site' });
  });

  it('connects at once when the old page closes its port only after the tab completed', async () => {
    const { fake, last } = setup(page('harp', 'harp-sign-in'));
    await tick();
    fake.loading();
    fake.serve(page('iqies', 'iqies-welcome'));
    fake.complete(); // the old port still looks open here
    fake.ports.at(-1)!.content.disconnect(); // …and closes late
    expect(last()).toEqual({ kind: 'loading' });
    await tick();
    expect(last()).toEqual({ kind: 'known', site: 'iqies', step: 'iqies-welcome' });
  });

  it('between two CMS pages says "loading", never "off-site", when the old port closes before the tab reports loading', async () => {
    const { fake, states } = setup(page('harp', 'harp-sign-in'));
    await tick();
    // A full load: the browser already counts the tab as loading, but its event is still on the way; the new page
    // is committed and its content script not running yet when the old page's port closes.
    fake.setTab({ status: 'loading', url: 'https://harp.cms.gov/login/two-factor' });
    fake.serve(null);
    fake.ports.at(-1)!.content.disconnect();
    await tick();
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'loading' });
    fake.loading(); // late
    fake.serve(page('harp', 'harp-two-factor'));
    fake.ready(harpTop);
    await tick();
    fake.complete();
    await tick();
    const kinds = states.map((s) => s.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual(['loading', 'known', 'loading', 'known']);
    expect(states.at(-1)).toEqual({ kind: 'known', site: 'harp', step: 'harp-two-factor' });
    expect(fake.ports.filter((p) => p.panel.isOpen())).toHaveLength(1);
  });

  it('connects when the tab completes if the new page never said READY (it was missed), still without "off-site"', async () => {
    const { fake, states } = setup(page('harp', 'harp-sign-in'));
    await tick();
    fake.setTab({ status: 'loading', url: 'https://iqies.cms.gov/' });
    fake.serve(null);
    fake.ports.at(-1)!.content.disconnect();
    await tick();
    await tick();
    fake.serve(page('iqies', 'iqies-welcome'));
    fake.complete();
    await tick();
    expect(states.map((s) => s.kind)).not.toContain('off-site');
    expect(states.at(-1)).toEqual({ kind: 'known', site: 'iqies', step: 'iqies-welcome' });
  });

  it('after a full load to another site whose loading was not reported yet, says off-site only once the tab has loaded', async () => {
    const { fake, states, last } = setup(page('harp', 'harp-sign-in'));
    await tick();
    fake.setTab({ status: 'loading' }); // another site: its URL is not ours to read
    fake.serve(null);
    fake.ports.at(-1)!.content.disconnect();
    await tick();
    await tick();
    expect(last()).toEqual({ kind: 'loading' });
    fake.loading();
    fake.complete();
    await tick();
    await tick();
    expect(last()).toEqual({ kind: 'off-site' });
    expect(states.filter((s) => s.kind === 'off-site')).toHaveLength(1);
  });

  it('says off-site for a loaded CMS page with no content script (opened before the guide was installed)', async () => {
    const fake = fakeFollowApi(TAB);
    fake.setTab({ status: 'complete', url: 'https://harp.cms.gov/login' });
    const states: PageState[] = [];
    followTab(fake.api, TAB, (s) => states.push(s));
    await tick();
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'off-site' });
  });

  it('ignores what the tab looked like when a newer port has opened since', async () => {
    const { fake, last } = setup();
    // The first port closes unheard; before the answer about the tab arrives, the page says READY.
    fake.serve(page('harp', 'harp-profile'));
    fake.ready(harpTop);
    await tick();
    await tick();
    expect(last()).toEqual({ kind: 'known', site: 'harp', step: 'harp-profile' });
  });

  it('keeps its port through in-page navigations, which Chrome also reports as loading and complete', async () => {
    const { fake, states } = setup(page('harp', 'harp-sign-in'));
    await tick();
    const seen = states.length;
    for (let i = 0; i < 3; i++) {
      fake.loading();
      fake.complete();
    }
    await tick();
    expect(fake.ports).toHaveLength(1);
    expect(fake.ports[0]!.panel.isOpen()).toBe(true);
    expect(states).toHaveLength(seen);
  });

  it('ignores status changes of other tabs', async () => {
    const { fake } = setup();
    await tick();
    fake.complete(TAB + 1);
    await tick();
    expect(fake.ports).toHaveLength(1);
  });

  it('ignores READY from another tab, a sub-frame, another extension or an unguided host', async () => {
    const { fake, last } = setup();
    await tick();
    fake.serve(page('harp', 'harp-profile'));
    for (const sender of [
      { ...harpTop, tab: { id: TAB + 1 } },
      { ...harpTop, frameId: 2 },
      { ...harpTop, id: 'another-extension' },
      { ...harpTop, url: 'https://example.org/' },
    ]) fake.ready(sender);
    await tick();
    expect(fake.ports).toHaveLength(1);
    expect(last()).toEqual({ kind: 'off-site' });
  });

  it('says off-site when the followed tab is closed', async () => {
    const { fake, last } = setup();
    fake.serve(page('harp', 'harp-profile'));
    fake.ready(harpTop);
    await tick();
    fake.remove(TAB + 1);
    expect(last()).toEqual({ kind: 'known', site: 'harp', step: 'harp-profile' });
    fake.remove();
    expect(last()).toEqual({ kind: 'off-site' });
    expect(fake.ports.every((p) => !p.panel.isOpen())).toBe(true);
  });

  it('stop() closes the port, removes every listener and ignores what comes after', async () => {
    const { fake, states, stop } = setup();
    fake.serve(page('harp', 'harp-profile'));
    fake.ready(harpTop);
    await tick();
    const port = fake.ports.at(-1)!;
    stop();
    expect(port.panel.isOpen()).toBe(false);
    expect(fake.removedCount.n).toBe(3);
    const seen = states.length;
    fake.ready(harpTop);
    fake.complete();
    await tick();
    expect(states).toHaveLength(seen);
  });
});

describe('commands to the followed page (on the watch port)', () => {
  /** A page that reports a step and answers each show-where with `answers` in turn (undefined: never answers). */
  const answering = (answers: ('shown' | 'not-found' | undefined)[]) => (pair: ReturnType<typeof portPair>) => {
    pair.content.postMessage(stepReport('harp', 'harp-profile'));
    pair.content.onMessage.addListener((m) => {
      if (parseCommand(m)?.type !== 'iqag:show-where') return;
      const answer = answers.shift();
      if (answer) pair.content.postMessage(whereAnswer(answer));
    });
  };

  it('asks on the current port and matches answers to asks in order', async () => {
    const { fake, followed } = setup(answering(['shown', 'not-found']));
    await tick();
    const first = followed.showWhere(['Sign Up']);
    const second = followed.showWhere(['Submit']);
    expect(await first).toBe('shown');
    expect(await second).toBe('not-found');
    expect(fake.ports.at(-1)!.commands).toEqual([showWhereMessage(['Sign Up']), showWhereMessage(['Submit'])]);
  });

  it('answers not-found with no page listening, and when the page goes away before it answers', async () => {
    const { fake, followed, stop } = setup(null);
    await tick();
    expect(await followed.showWhere(['Sign Up'])).toBe('not-found');
    expect(followed.practiceGo('harp-profile')).toBe(false);

    fake.serve(answering([undefined]));
    fake.ready(harpTop);
    await tick();
    const asked = followed.showWhere(['Sign Up']);
    fake.ports.at(-1)!.content.disconnect(); // the page navigated away
    expect(await asked).toBe('not-found');

    fake.ready(harpTop);
    await tick();
    const pending = followed.showWhere(['Sign Up']);
    stop();
    expect(await pending).toBe('not-found');
  });

  it('ignores an answer nobody asked for, and a malformed one', async () => {
    const { fake, followed } = setup(answering(['shown']));
    await tick();
    const port = fake.ports.at(-1)!;
    port.content.postMessage(whereAnswer('not-found')); // unasked: dropped
    port.content.postMessage({ type: 'iqag:where', result: 'maybe' });
    expect(await followed.showWhere(['Sign Up'])).toBe('shown');
  });

  it('moves a practice copy by a command on the port', async () => {
    const { fake, followed } = setup(answering([]));
    await tick();
    expect(followed.practiceGo('iqies-welcome')).toBe(true);
    expect(fake.ports.at(-1)!.commands).toEqual([practiceGo('iqies-welcome')]);
  });
});
