import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRESENT_PORT, WATCH_PORT } from '@/utils/messaging';
import { servePrivacyScreen } from '@/utils/page/privacy-screen';
import { serveStepReports } from '@/utils/page/reporter';
import { OWN_ORIGIN, PANEL_SENDER, fakeReporterRuntime } from '../messaging/fakes';

/** Our styles in a root: what the privacy screen puts in the page (and nothing else of ours is). */
const blurStyles = (root: Document | ShadowRoot = document) => [...root.querySelectorAll('style')].filter((s) => s.textContent!.includes('blur('));

/** Every port a test opened: closed after it, so no presenter outlives its test. */
const opened: { panel: { disconnect(): void } }[] = [];
function tracked() {
  const fake = fakeReporterRuntime();
  const open: typeof fake.open = (...args) => {
    const pair = fake.open(...args);
    opened.push(pair);
    return pair;
  };
  return { ...fake, open };
}
function setup() {
  const fake = tracked();
  servePrivacyScreen(fake.runtime, document);
  return fake;
}
afterEach(() => opened.splice(0).forEach((pair) => pair.panel.disconnect()));

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<label>SSN <input id="ssn" value="SENTINEL-X"></label><div contenteditable>SENTINEL-Y</div>';
  for (const s of document.querySelectorAll('style')) s.remove();
});

describe('the privacy screen (content script side)', () => {
  it('puts nothing in the page until a panel presents, whatever the page sets itself', () => {
    setup();
    document.documentElement.setAttribute('data-iqag-blur', '');
    expect(blurStyles()).toEqual([]);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('blurs fields, editable regions and ARIA text boxes while a presenting panel holds its port, and takes it all away after', () => {
    const { open } = setup();
    const a = open(PRESENT_PORT);
    const [style] = blurStyles();
    expect(style?.textContent).toMatch(/input/);
    expect(style?.textContent).toMatch(/textarea/);
    expect(style?.textContent).toMatch(/select/);
    expect(style?.textContent).toMatch(/\[contenteditable\]/);
    expect(style?.textContent).toMatch(/\[role=textbox\]/);
    a.panel.disconnect();
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('counts presenters: the blur stays while any presenting port is open; a crashed panel (port closed) takes its share away', () => {
    const { open } = setup();
    const sidePanel = open(PRESENT_PORT);
    const popOut = open(PRESENT_PORT, { ...PANEL_SENDER, url: `${OWN_ORIGIN}/sidepanel.html?tabId=4&mode=present` });
    expect(blurStyles()).toHaveLength(1);
    popOut.panel.disconnect();
    expect(blurStyles()).toHaveLength(1);
    // The side panel crashes: no message, only its port closing.
    sidePanel.panel.disconnect();
    expect(blurStyles()).toHaveLength(0);
  });

  it('ignores ports from anyone but our own panel page, and other port names', () => {
    const { open } = setup();
    const refused = [
      open(PRESENT_PORT, { id: 'other', url: PANEL_SENDER.url }),
      open(PRESENT_PORT, { id: PANEL_SENDER.id, url: `${OWN_ORIGIN}/practice.html` }),
      open(PRESENT_PORT, { id: PANEL_SENDER.id, url: 'https://harp.cms.gov/sidepanel.html' }),
      open(PRESENT_PORT, null),
    ];
    open('iqag:other');
    expect(blurStyles()).toEqual([]);
    for (const pair of refused) expect(pair.panel.isOpen()).toBe(false);
  });

  it('covers open shadow roots, and puts its style back when the page removes it', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input value="SENTINEL-SHADOW">';
    document.body.append(host);
    const { open } = setup();
    open(PRESENT_PORT);
    expect(blurStyles(host.shadowRoot!)).toHaveLength(1);
    // The page takes our style out (as document.open() does): it is back after the page's change is seen.
    blurStyles()[0]!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(blurStyles()).toHaveLength(1);
  });

  it('shares the content script with the step reporter: the reporter leaves presenting ports alone', () => {
    const fake = tracked();
    serveStepReports(fake.runtime, window, 'harp', () => ({ current: () => null, route: () => '/', check() {}, stop() {} }));
    servePrivacyScreen(fake.runtime, document);
    const present = fake.open(PRESENT_PORT);
    expect(present.panel.isOpen()).toBe(true);
    expect(blurStyles()).toHaveLength(1);
    expect(fake.open(WATCH_PORT).panel.isOpen()).toBe(true);
  });

  it('reads nothing of the page: no field is touched', () => {
    const input = document.querySelector('input')!;
    let reads = 0;
    Object.defineProperty(input, 'value', { get: () => (reads++, 'x'), configurable: true });
    const { open } = setup();
    open(PRESENT_PORT).panel.disconnect();
    expect(reads).toBe(0);
  });
});
