import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SenderInfo } from '@/utils/messaging';
import { WATCH_PORT, presentMessage } from '@/utils/messaging';
import { privacyScreen } from '@/utils/page/privacy-screen';
import { serveStepReports } from '@/utils/page/reporter';
import { OWN_ORIGIN, PANEL_SENDER, fakeReporterRuntime } from '../messaging/fakes';

/** Our styles in a root: what the privacy screen puts in the page (and nothing else of ours is). */
const blurStyles = (root: Document | ShadowRoot = document) => [...root.querySelectorAll('style')].filter((s) => s.textContent!.includes('blur('));

/** Every port a test opened: closed after it, so no presenter outlives its test. */
const opened: { panel: { disconnect(): void } }[] = [];
/**
 * The content script as entrypoints/content.ts sets it up (the privacy screen switched by the reporter); `open`
 * opens a watch port as `sender` and, when `presenting`, says so on it.
 */
function setup() {
  const fake = fakeReporterRuntime();
  serveStepReports(fake.runtime, window, 'harp', { 'iqag:present': privacyScreen(document) }, () => ({ current: () => null, route: () => '/', check() {}, stop() {} }));
  const open = (sender: SenderInfo | null = PANEL_SENDER, presenting = true) => {
    const pair = fake.open(WATCH_PORT, sender);
    opened.push(pair);
    if (presenting && pair.panel.isOpen()) pair.panel.postMessage(presentMessage(true));
    return pair;
  };
  return { open };
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
    const a = open();
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
    const sidePanel = open();
    const popOut = open({ ...PANEL_SENDER, url: `${OWN_ORIGIN}/sidepanel.html?tabId=4&mode=present` });
    const follower = open(PANEL_SENDER, false); // a panel that follows the page without presenting
    expect(blurStyles()).toHaveLength(1);
    popOut.panel.disconnect();
    expect(blurStyles()).toHaveLength(1);
    // The side panel crashes: no message, only its port closing.
    sidePanel.panel.disconnect();
    expect(blurStyles()).toHaveLength(0);
    // Presenting starts and stops by a message, on a port that stays open.
    follower.panel.postMessage(presentMessage(true));
    expect(blurStyles()).toHaveLength(1);
    follower.panel.postMessage(presentMessage(false));
    expect(blurStyles()).toHaveLength(0);
  });

  it('goes with the page into the back/forward cache: the ports close there, and so does the blur', () => {
    const { open } = setup();
    open();
    expect(blurStyles()).toHaveLength(1);
    // The browser's own event (a page's own is untrusted and ignored).
    const hide = Object.assign(new Event('pagehide'), { persisted: true });
    Object.defineProperty(hide, 'isTrusted', { value: true });
    window.dispatchEvent(hide);
    expect(blurStyles()).toHaveLength(0);
  });

  it('ignores ports from anyone but our own extension pages, and malformed asks', () => {
    const { open } = setup();
    const refused = [
      open({ id: 'other', url: PANEL_SENDER.url }),
      open({ id: PANEL_SENDER.id, url: `${OWN_ORIGIN}.evil.example/sidepanel.html` }),
      open({ id: PANEL_SENDER.id, url: 'https://harp.cms.gov/sidepanel.html' }),
      open(null),
    ];
    const ours = open(PANEL_SENDER, false);
    for (const bad of [{ type: 'iqag:present', on: 'yes' }, { type: 'iqag:present' }, { ...presentMessage(true), extra: 1 }]) ours.panel.postMessage(bad);
    expect(blurStyles()).toEqual([]);
    for (const pair of refused) expect(pair.panel.isOpen()).toBe(false);
  });

  it('covers open shadow roots, and puts its style back when the page removes it', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input value="SENTINEL-SHADOW">';
    document.body.append(host);
    const { open } = setup();
    open();
    expect(blurStyles(host.shadowRoot!)).toHaveLength(1);
    // The page takes our style out (as document.open() does): it is back after the page's change is seen.
    blurStyles()[0]!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(blurStyles()).toHaveLength(1);
  });

  it('reads nothing of the page: no field is touched', () => {
    const input = document.querySelector('input')!;
    let reads = 0;
    Object.defineProperty(input, 'value', { get: () => (reads++, 'x'), configurable: true });
    const { open } = setup();
    open().panel.disconnect();
    expect(reads).toBe(0);
  });
});
