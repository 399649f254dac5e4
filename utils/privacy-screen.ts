import type { SenderInfo } from './messaging';

/**
 * The privacy screen (issue 12): while a trainer presents from a real HARP/iQIES page, the panel asks the content
 * script to blur every form field so the room does not see what is typed. By style only: the content script sets
 * or clears one attribute on the page's root element, and its stylesheet (utils/privacy-screen.css, injected with the content script) blurs
 * form fields under that attribute; no field, value or other attribute of the page is read. Only our own
 * extension may ask: content scripts cannot message each other and web pages cannot message an extension (no
 * externally_connectable), so a message with our id comes from one of our pages. Kept tiny: it ships in the
 * content script, which has a size budget.
 */
export const PRIVACY_ATTR = 'data-iqag-blur';

export interface PrivacyMessage {
  iqagBlur: boolean;
}
export const privacyMessage = (on: boolean): PrivacyMessage => ({ iqagBlur: on });

export interface PrivacyRuntime {
  id: string;
  onMessage: { addListener(callback: (message: unknown, sender: SenderInfo) => void): void };
}

export function servePrivacyScreen(runtime: PrivacyRuntime, doc: Document): void {
  runtime.onMessage.addListener((message, sender) => {
    const on = (message as PrivacyMessage | null)?.iqagBlur;
    if (sender.id === runtime.id && typeof on === 'boolean') doc.documentElement.toggleAttribute(PRIVACY_ATTR, on);
  });
}
