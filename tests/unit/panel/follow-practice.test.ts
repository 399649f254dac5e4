import { describe, expect, it } from 'vitest';
import { followTab } from '@/utils/panel/follow-tab';
import type { SenderInfo } from '@/utils/messaging';
import { stepReport } from '@/utils/messaging';
import type { PageState } from '@/utils/panel/page-state';
import { isPracticePage } from '@/utils/panel/page-state';
import { OWN_ID, OWN_ORIGIN, fakeFollowApi } from '../messaging/fakes';

const TAB = 7;
const tick = () => new Promise((r) => setTimeout(r, 0));
const practiceTop: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}/practice.html#iqies-welcome`, frameId: 0, tab: { id: TAB } };

describe('followTab on a practice copy', () => {
  function setup(withOrigin: boolean) {
    const fake = fakeFollowApi(TAB);
    if (withOrigin) fake.api.ownOrigin = OWN_ORIGIN;
    const states: PageState[] = [];
    followTab(fake.api, TAB, (s) => states.push(s));
    return { fake, states };
  }
  const practicePage = (pair: { content: { postMessage(m: unknown): void } }) =>
    pair.content.postMessage({ ...stepReport('iqies', 'iqies-welcome'), practice: true });

  it("connects when our practice page says READY, and flags the state as practice", async () => {
    const { fake, states } = setup(true);
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'off-site' });
    fake.serve(practicePage);
    fake.ready(practiceTop);
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'known', site: 'iqies', step: 'iqies-welcome', practice: true });
    expect(isPracticePage(states.at(-1)!)).toBe(true);
  });

  it('ignores READY from a forged practice URL (another extension, another page of ours)', async () => {
    const { fake, states } = setup(true);
    await tick();
    fake.serve(practicePage);
    fake.ready({ ...practiceTop, id: 'other' });
    fake.ready({ ...practiceTop, url: `${OWN_ORIGIN}/sidepanel.html` });
    fake.ready({ ...practiceTop, url: 'chrome-extension://otherextension/practice.html' });
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'off-site' });
  });
});
