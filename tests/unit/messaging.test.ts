import { describe, expect, it } from 'vitest';
import { STEP_QUERY, acceptStepReport, isTrustedStepQuery, parseStepReport, stepReport } from '@/utils/messaging';

const OWN = 'ownextensionid';
const ORIGIN = 'chrome-extension://ownextensionid';
const fromHarpTab = { id: OWN, url: 'https://harp.cms.gov/register/profile-info', frameId: 0, tab: { id: 7 } };

describe('step reports (content script → panel)', () => {
  it('accepts a well-formed report from the followed tab', () => {
    expect(acceptStepReport(stepReport('harp', 'harp-profile'), fromHarpTab, OWN, 7)).toEqual(stepReport('harp', 'harp-profile'));
    expect(acceptStepReport(stepReport('harp', null), fromHarpTab, OWN, 7)?.step).toBeNull();
  });

  it('ignores reports from another tab, another extension, a sub-frame or a wrong host', () => {
    const msg = stepReport('harp', 'harp-profile');
    expect(acceptStepReport(msg, fromHarpTab, OWN, 8)).toBeNull();
    expect(acceptStepReport(msg, { ...fromHarpTab, id: 'other' }, OWN, 7)).toBeNull();
    expect(acceptStepReport(msg, { ...fromHarpTab, frameId: 3 }, OWN, 7)).toBeNull();
    expect(acceptStepReport(msg, { ...fromHarpTab, url: 'https://evil.example/' }, OWN, 7)).toBeNull();
    expect(acceptStepReport(stepReport('iqies', 'iqies-welcome'), fromHarpTab, OWN, 7)).toBeNull();
    expect(acceptStepReport(msg, fromHarpTab, OWN, null)).toBeNull();
  });

  it('ignores malformed payloads', () => {
    for (const bad of [null, 'x', 42, [], {}, { type: 'iqag:step', site: 'harp', step: 'not-a-step' }, { type: 'iqag:step', site: 'evil', step: null }, { ...stepReport('harp', 'harp-profile'), type: 'other' }]) {
      expect(acceptStepReport(bad, fromHarpTab, OWN, 7)).toBeNull();
      expect(parseStepReport(bad)).toBeNull();
    }
  });
});

describe('step queries (panel → content script)', () => {
  it('answers only our own extension pages', () => {
    expect(isTrustedStepQuery(STEP_QUERY, { id: OWN, url: `${ORIGIN}/sidepanel.html` }, OWN, ORIGIN)).toBe(true);
    expect(isTrustedStepQuery(STEP_QUERY, { id: OWN, url: 'https://harp.cms.gov/' }, OWN, ORIGIN)).toBe(false);
    expect(isTrustedStepQuery(STEP_QUERY, { id: 'other', url: `${ORIGIN}/sidepanel.html` }, OWN, ORIGIN)).toBe(false);
  });

  it('rejects anything but the exact query', () => {
    for (const bad of [null, undefined, 'iqag:query-step', [STEP_QUERY], { type: 'iqag:query-step', extra: 1 }, { type: 'x' }]) {
      expect(isTrustedStepQuery(bad, { id: OWN, url: `${ORIGIN}/sidepanel.html` }, OWN, ORIGIN)).toBe(false);
    }
  });
});
