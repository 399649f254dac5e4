import { describe, expect, it } from 'vitest';
import { READY, WATCH_PORT, acceptReady, isOwnPage, isTrustedWatcher, parseMessageOf, practiceGo, stepReport } from '@/utils/messaging';
import type { SenderInfo } from '@/utils/messaging';
import { serveCommands } from '@/utils/page/commands';
import { practiceScreen } from '@/utils/practice/screens';

const parseStepReport = (m: unknown) => parseMessageOf('iqag:step', m);
const isPracticeUrl = (url: string | undefined, origin: string) => isOwnPage(url, origin, '/practice.html');
/** What the practice page does with a command (entrypoints/practice/main.tsx): the screen it would go to, or null. */
function acceptPracticeGo(message: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): string | null {
  let listener: ((m: unknown, s: SenderInfo) => void) | undefined;
  let went: string | null = null;
  serveCommands(
    { id: ownId, getURL: (p) => `${ownOrigin}${p}`, onMessage: { addListener: (cb) => (listener = cb) } },
    { 'iqag:practice-go': (m) => void (practiceScreen(m.screen) && (went = m.screen)) },
  );
  listener!(message, sender);
  return went;
}

const OWN = 'ownextensionid';
const ORIGIN = 'chrome-extension://ownextensionid';
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
    expect(isTrustedWatcher(WATCH_PORT, fromPanel, OWN, ORIGIN)).toBe(true);
    expect(isTrustedWatcher(WATCH_PORT, { ...fromPanel, id: 'other' }, OWN, ORIGIN)).toBe(false);
    expect(isTrustedWatcher(WATCH_PORT, { ...fromPanel, url: 'https://harp.cms.gov/' }, OWN, ORIGIN)).toBe(false);
    expect(isTrustedWatcher('other', fromPanel, OWN, ORIGIN)).toBe(false);
  });
});

describe('practice reports', () => {
  it('carry the practice flag through parsing; a wrong flag value is refused', () => {
    expect(parseStepReport({ ...stepReport('harp', 'harp-profile'), practice: true })?.practice).toBe(true);
    expect(parseStepReport(stepReport('harp', 'harp-profile'))?.practice).toBeUndefined();
    expect(parseStepReport({ ...stepReport('harp', 'harp-profile'), practice: 'yes' })).toBeNull();
  });
});

describe('"show this screen" (panel → practice tab)', () => {
  it('is obeyed from our panel for a known screen', () => {
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), fromPanel, OWN, ORIGIN)).toBe('iqies-welcome');
    expect(acceptPracticeGo(practiceGo('harp-identity~failed'), fromPanel, OWN, ORIGIN)).toBe('harp-identity~failed');
  });

  it('is ignored from anything else or for anything else', () => {
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), { ...fromPanel, id: 'other' }, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), { ...fromPanel, url: 'https://iqies.cms.gov/' }, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo(practiceGo('iqies-welcome'), fromPractice, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo(practiceGo('javascript:alert(1)'), fromPanel, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo({ ...practiceGo('iqies-welcome'), extra: 1 }, fromPanel, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo({ type: 'iqag:practice-go', screen: 3 }, fromPanel, OWN, ORIGIN)).toBeNull();
    expect(acceptPracticeGo(null, fromPanel, OWN, ORIGIN)).toBeNull();
  });
});
