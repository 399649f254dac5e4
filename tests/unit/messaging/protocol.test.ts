import { describe, expect, it } from 'vitest';
import { READY, acceptReady, fromOwnPage, parseCommand, parseMessage, parseMessageOf, practiceGo, showWhereMessage, stepReport, whereAnswer } from '@/utils/messaging';

const isReady = (m: unknown) => parseMessageOf('iqag:ready', m) !== null;
const parseStepReport = (m: unknown) => parseMessageOf('iqag:step', m);

const OWN = 'ownextensionid';
const ORIGIN = 'chrome-extension://ownextensionid';
const OWN_RUNTIME = { id: OWN, getURL: (path: string) => `${ORIGIN}${path}` };
const fromHarpTab = { id: OWN, url: 'https://harp.cms.gov/register/profile-info', frameId: 0, tab: { id: 7 } };

describe('READY (content script → panel)', () => {
  it('is accepted from the top frame of the followed tab on a guided host', () => {
    expect(acceptReady(READY, fromHarpTab, OWN, 7)).toBe(true);
    expect(acceptReady({ type: 'iqag:ready' }, { ...fromHarpTab, url: 'https://iqies.cms.gov/' }, OWN, 7)).toBe(true);
  });

  it('is ignored from another tab, another extension, a sub-frame, a wrong host or with no tab followed', () => {
    expect(acceptReady(READY, fromHarpTab, OWN, 8)).toBe(false);
    expect(acceptReady(READY, { ...fromHarpTab, id: 'other' }, OWN, 7)).toBe(false);
    expect(acceptReady(READY, { ...fromHarpTab, frameId: 3 }, OWN, 7)).toBe(false);
    expect(acceptReady(READY, { ...fromHarpTab, url: 'https://evil.example/' }, OWN, 7)).toBe(false);
    expect(acceptReady(READY, { ...fromHarpTab, url: 'http://harp.cms.gov/' }, OWN, 7)).toBe(false);
    expect(acceptReady(READY, { ...fromHarpTab, tab: undefined }, OWN, 7)).toBe(false);
    expect(acceptReady(READY, fromHarpTab, OWN, null)).toBe(false);
  });

  it('must be exactly { type: "iqag:ready" }', () => {
    for (const bad of [null, undefined, 'iqag:ready', [READY], { type: 'iqag:ready', extra: 1 }, { type: 'iqag:step' }, stepReport('harp', null)]) {
      expect(isReady(bad)).toBe(false);
      expect(acceptReady(bad, fromHarpTab, OWN, 7)).toBe(false);
    }
  });
});

describe('step reports (posted on a watch port)', () => {
  it('parse when well formed', () => {
    expect(parseStepReport(stepReport('harp', 'harp-profile'))).toEqual({ type: 'iqag:step', site: 'harp', step: 'harp-profile' });
    expect(parseStepReport(stepReport('iqies', null))?.step).toBeNull();
  });

  it('are null when malformed', () => {
    for (const bad of [null, 'x', 42, [], {}, READY, { type: 'iqag:step', site: 'harp', step: 'not-a-step' }, { type: 'iqag:step', site: 'evil', step: null }, { ...stepReport('harp', 'harp-profile'), type: 'other' }]) {
      expect(parseStepReport(bad)).toBeNull();
    }
  });
});

describe('watch ports (panel → content script)', () => {
  const panel = { id: OWN, url: `${ORIGIN}/sidepanel.html?tabId=3` };
  it('are served only when opened by our own pages', () => {
    expect(fromOwnPage(panel, OWN_RUNTIME)).toBe(true);
    expect(fromOwnPage({ ...panel, tab: { id: 4 } }, OWN_RUNTIME)).toBe(true); // the panel opened in a tab
    expect(fromOwnPage(undefined, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ ...panel, id: 'other' }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ id: OWN, url: 'https://harp.cms.gov/' }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ id: OWN, url: `${ORIGIN}evil/sidepanel.html` }, OWN_RUNTIME)).toBe(false);
    expect(fromOwnPage({ id: OWN }, OWN_RUNTIME)).toBe(false);
  });
});

describe('one union, one validator', () => {
  it('accepts each message type exactly as built, and returns a copy', () => {
    for (const m of [READY, stepReport('harp', 'harp-profile', '/register/profile-info'), practiceGo('iqies-welcome'), showWhereMessage(['Request User Role']), whereAnswer('not-found')]) {
      const parsed = parseMessage(m);
      expect(parsed).toEqual(m);
      expect(parsed).not.toBe(m);
    }
  });

  it('refuses unknown types, inherited types, extra keys, missing keys and wrong field types', () => {
    const proto = Object.create({ type: 'iqag:ready' }) as object;
    for (const bad of [
      proto,
      { type: 'toString' },
      { type: 'hasOwnProperty' },
      { type: 'iqag:other' },
      { ...practiceGo('iqies-welcome'), extra: 1 },
      { type: 'iqag:practice-go' },
      { type: 'iqag:where', result: 'maybe' },
      { type: 'iqag:where' },
      // An old privacy-screen message shape: presenting is `iqag:present` on the watch port now.
      { type: 'iqag:privacy', on: true },
      { type: 'iqag:practice-go', screen: 'x'.repeat(101) },
      { type: 'iqag:step', site: 'harp' },
      { type: 'iqag:step', site: 'harp', step: null, practice: false },
      { iqagBlur: true },
    ]) {
      expect(parseMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('a page parses commands only (parseCommand): what only the panel receives is not a command', () => {
    for (const m of [practiceGo('iqies-welcome'), showWhereMessage(['Submit'])]) expect(parseCommand(m)).toEqual(m);
    for (const m of [READY, stepReport('harp', 'harp-profile'), whereAnswer('shown')]) expect(parseCommand(m)).toBeNull();
    expect(parseCommand({ type: 'iqag:show-where', names: ['Submit', 7] })).toBeNull();
  });

  it('a step report with a route that is not a shape keeps its step, without the route (the route only helps teaching)', () => {
    for (const route of ['no-leading-slash', `/${'a'.repeat(39)}`.repeat(20), 42, null, '/Upper']) {
      const parsed = parseMessageOf('iqag:step', { type: 'iqag:step', site: 'harp', step: 'harp-profile', route });
      expect(parsed, String(route)).toEqual({ type: 'iqag:step', site: 'harp', step: 'harp-profile' });
    }
    // Only the route is forgiven: a bad step, site or practice flag still refuses the whole report.
    expect(parseMessage({ type: 'iqag:step', site: 'harp', step: 'nope', route: '/a' })).toBeNull();
    expect(parseMessage({ type: 'iqag:step', site: 'harp', step: null, route: 'bad', extra: 1 })).toBeNull();
  });

  it('parseMessageOf answers null for a valid message of another type', () => {
    expect(parseMessageOf('iqag:ready', practiceGo('iqies-welcome'))).toBeNull();
    expect(parseMessageOf('iqag:practice-go', practiceGo('iqies-welcome'))).toEqual(practiceGo('iqies-welcome'));
  });
});
