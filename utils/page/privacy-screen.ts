/**
 * The privacy screen: while a trainer presents from a real HARP/iQIES page, the panel asks the content script
 * to blur every form field so the room does not see what is typed. By style only: the content script sets or
 * clears one attribute on the page's root element, and its stylesheet (privacy-screen.css beside it) blurs form
 * fields under that attribute; no field, value or other attribute of the page is read. Kept tiny: it ships in
 * the content script, which has a size budget.
 */
export const PRIVACY_ATTR = 'data-iqag-blur';

export function setPrivacyScreen(doc: Document, on: boolean): void {
  doc.documentElement.toggleAttribute(PRIVACY_ATTR, on);
}
