import { describe, expect, it } from 'vitest';
import type { SenderInfo } from '@/utils/messaging';
import { PRIVACY_ATTR, privacyMessage, servePrivacyScreen } from '@/utils/privacy-screen';

function setup() {
  let listener: ((m: unknown, s: SenderInfo) => void) | undefined;
  servePrivacyScreen({ id: 'own', onMessage: { addListener: (cb) => (listener = cb) } }, document);
  return (m: unknown, s: SenderInfo = { id: 'own', url: 'chrome-extension://own/sidepanel.html' }) => listener!(m, s);
}

describe('the privacy screen (content script side)', () => {
  it('sets and clears one attribute on the root when our extension asks', () => {
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
    send(privacyMessage(true), { id: 'other' });
    send({ iqagBlur: 'yes' });
    send(null);
    send('iqag:blur');
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
