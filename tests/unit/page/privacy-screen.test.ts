import { describe, expect, it } from 'vitest';
import { privacyMessage } from '@/utils/messaging';
import type { SenderInfo } from '@/utils/messaging';
import { serveCommands } from '@/utils/page/commands';
import { PRIVACY_ATTR, setPrivacyScreen } from '@/utils/page/privacy-screen';

const PANEL: SenderInfo = { id: 'own', url: 'chrome-extension://own/sidepanel.html?tabId=4' };

function setup() {
  let listener: ((m: unknown, s: SenderInfo) => void) | undefined;
  serveCommands(
    { id: 'own', getURL: (p) => `chrome-extension://own${p}`, onMessage: { addListener: (cb) => (listener = cb) } },
    { 'iqag:privacy': (m) => setPrivacyScreen(document, m.on) },
  );
  return (m: unknown, s: SenderInfo = PANEL) => listener!(m, s);
}

describe('the privacy screen (content script side)', () => {
  it('sets and clears one attribute on the root when our panel asks', () => {
    document.documentElement.removeAttribute(PRIVACY_ATTR);
    const send = setup();
    send(privacyMessage(true));
    expect(document.documentElement.hasAttribute(PRIVACY_ATTR)).toBe(true);
    send(privacyMessage(false));
    expect(document.documentElement.hasAttribute(PRIVACY_ATTR)).toBe(false);
  });

  it('ignores other senders and other messages', () => {
    document.documentElement.removeAttribute(PRIVACY_ATTR);
    const send = setup();
    send(privacyMessage(true), { id: 'other', url: PANEL.url });
    send(privacyMessage(true), { id: 'own', url: 'chrome-extension://own/practice.html' });
    send(privacyMessage(true), { id: 'own', url: 'https://harp.cms.gov/sidepanel.html' });
    send(privacyMessage(true), { id: 'own' });
    send({ iqagBlur: true });
    send({ type: 'iqag:privacy', on: 'yes' });
    send({ ...privacyMessage(true), extra: 1 });
    send(null);
    send('iqag:privacy');
    expect(document.documentElement.hasAttribute(PRIVACY_ATTR)).toBe(false);
  });

  it('reads nothing of the page: no field is touched', () => {
    document.body.innerHTML = '<input value="SENTINEL-X"><textarea>SENTINEL-Y</textarea>';
    const input = document.querySelector('input')!;
    let reads = 0;
    Object.defineProperty(input, 'value', { get: () => (reads++, 'x'), configurable: true });
    const send = setup();
    send(privacyMessage(true));
    send(privacyMessage(false));
    expect(reads).toBe(0);
  });
});
