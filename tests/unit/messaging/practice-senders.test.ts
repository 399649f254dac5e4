import { describe, expect, it } from 'vitest';
import { READY, WATCH_PORT, acceptReady, fromOwnPage, isOwnPage, parseMessageOf, practiceGo, stepReport } from '@/utils/messaging';
import type { SenderInfo } from '@/utils/messaging';
import { serveStepReports } from '@/utils/page/reporter';
import { practiceScreen } from '@/utils/practice/screens';
import { fakeReporterRuntime } from './fakes';

const parseStepReport = (m: unknown) => parseMessageOf('iqag:step', m);
const isPracticeUrl = (url: string | undefined, origin: string) => isOwnPage(url, origin, '/practice.html');
/**
 * What the practice page does with a command (entrypoints/practice/main.tsx) posted on a watch port opened by
 * `sender`: the screen it would go to, or null.
 */
function acceptPracticeGo(message: unknown, sender: SenderInfo): string | null {
  let went: string | null = null;
  const fake = fakeReporterRuntime();
  serveStepReports(fake.runtime, window, 'harp', { 'iqag:practice-go': (m) => void (practiceScreen(m.screen) && (went = m.screen)) }, () => ({
    current: () => null,
    route: () => '/',
    check() {},
    stop() {},
  }));
  const pair = fake.open(WATCH_PORT, sender);
  if (pair.panel.isOpen()) pair.panel.postMessage(message);
  return went;
}

const OWN = 'ownextensionid';
const ORIGIN = 'chrome-extension://ownextensionid';
const OWN_RUNTIME = { id: OWN, getURL: (path: string) => `${ORIGIN}${path}` };
const fromPractice = { id: OWN, url: `${ORIGIN}/practice.html#harp-profile`, frameId: 0, tab: { id: 7 } };
const fromPanel = { id: OWN, url: `${ORIGIN}/sidepanel.html?tabId=7`, frameId: 0 };

describe('READY from our own practice page', () => {
  it('is accepted from the top frame of the followed tab, when the panel passes its origin', () => {
    expect(acceptReady(READY, fromPractice, OWN, 7, ORIGIN)).toBe(true);
    expect(acceptReady(READY, { ...fromPractice, url: `${ORIGIN}/practice.html` }, OWN, 7, ORIGIN)).toBe(true);
  });

  it('is refused from forged or wrong senders', () => {
    // Without the origin the old rule stands: guided hosts only.
    expect(acceptReady(READY, fromPractice, OWN, 7)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, id: 'other' }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, url: 'chrome-extension://otherextension/practice.html' }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, url: `${ORIGIN}/sidepanel.html` }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, url: `${ORIGIN}/practice.html.evil` }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, url: 'https://evil.example/practice.html' }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, url: `https://evil.example/?${ORIGIN}/practice.html` }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, { ...fromPractice, frameId: 2 }, OWN, 7, ORIGIN)).toBe(false);
    expect(acceptReady(READY, fromPractice, OWN, 8, ORIGIN)).toBe(false);
    expect(acceptReady({ type: 'iqag:ready', x: 1 }, fromPractice, OWN, 7, ORIGIN)).toBe(false);
  });

  it('isPracticeUrl wants exactly our origin and path, and a real extension origin', () => {
    expect(isPracticeUrl(`${ORIGIN}/practice.html#iqies-welcome`, ORIGIN)).toBe(true);
    expect(isPracticeUrl(`${ORIGIN}/practice.html`, '')).toBe(false);
    expect(isPracticeUrl('https://harp.cms.gov/practice.html', 'https://harp.cms.gov')).toBe(false);
    expect(isPracticeUrl(undefined, ORIGIN)).toBe(false);
    expect(isPracticeUrl('not a url', ORIGIN)).toBe(false);
  });
});

describe('watch ports are still opened only by our own pages', () => {
  it('the panel may open one to a practice page; anything else is refused', () => {
    expect(fromOwnPage(fromPanel, OWN_RUNTIME)).toBe(true);
    expect(fromOwnPage({ ...fromPanel, id: 'other' }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ ...fromPanel, url: 'https://harp.cms.gov/' }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ ...fromPanel, url: `${ORIGIN}.evil.example/sidepanel.html` }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage(undefined, OWN_RUNTIME)).toBe(false);
  });
});

describe('practice reports', () => {
  it('carry the practice flag through parsing; a wrong flag value is refused', () => {
    expect(parseStepReport({ ...stepReport('harp', 'harp-profile'), practice: true })?.practice).toBe(true);
    expect(parseStepReport(stepReport('harp', 'harp-profile'))?.practice).toBeUndefined();
    expect(parseStepReport({ ...stepReport('harp', 'harp-profile'), practice: 'yes' })).toBeNull();
  });
});

describe('"show this screen" (panel → practice tab, on the watch port)', () => {
  it('is obeyed from our panel for a known screen', () => {
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), fromPanel)).toBe('iqies-welcome');
    expect(acceptPracticeGo(practiceGo('harp-identity~failed'), fromPanel)).toBe('harp-identity~failed');
  });

  it('is ignored on a port from anything else, and for anything else', () => {
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), { ...fromPanel, id: 'other' })).toBeNull();
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), { ...fromPanel, url: 'https://iqies.cms.gov/' })).toBeNull();
    expect(acceptPracticeGo(practiceGo('javascript:alert(1)'), fromPanel)).toBeNull();
    expect(acceptPracticeGo({ ...practiceGo('iqies-welcome'), extra: 1 }, fromPanel)).toBeNull();
    expect(acceptPracticeGo({ type: 'iqag:practice-go', screen: 3 }, fromPanel)).toBeNull();
    expect(acceptPracticeGo(null, fromPanel)).toBeNull();
  });
});
