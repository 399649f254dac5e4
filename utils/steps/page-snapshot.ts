import type { PageSnapshot } from './detect-step';
import { normalizeText } from './normalize';

/**
 * The only DOM reader. It reads text from an allow-list of places (title, headings, the current progress item,
 * labels, button text) and never a form field's value: text inside input/textarea/select/option and
 * contenteditable regions is skipped, `.value`, `.checked`, `.selectedOptions` and FormData are never touched.
 * Text is clipped and the number of items capped. On identity-proofing pages (the questions come from the
 * user's credit file) only h1–h3 and [role=heading] are read: no legends, labels, buttons or progress items.
 */
const MAX_TEXT = 120;
const MAX_ITEMS = 40;
/** Never walked into: form controls (their text is a value or an option) and non-text elements. */
const SKIP_TAGS = /^(?:input|textarea|select|option|datalist|script|style|noscript|template)$/i;
const EDITABLE = '[contenteditable]:not([contenteditable=false])';
const HEADINGS = 'h1,h2,h3,[role=heading]';
/**
 * The current item of a progress indicator. `aria-current="step"`/`"true"` count anywhere; class-based markers
 * and `aria-current="page"` count only outside site navigation, where `.active` marks a menu link, not a step.
 */
const STRONG_CURRENT = '[aria-current=step],[aria-current=true]';
const CURRENT = `${STRONG_CURRENT},[aria-current=page],li.active,li.current,[class*="--current"],[class*=step].active`;
const NAVIGATION = 'nav,header,[role=navigation],[role^=menu]';
const BUTTONS = 'button,[role=button],a.btn,a.button';
/** Identity-proofing pages (HARP: "Remote (Identity) Proofing", "Verify your Identity", "Manual (Identity) Proofing", "We were unable to verify…"). */
const IDENTITY = /identity|proofing|unable to verify/;

/** Visible-ish text of an element, skipping form controls, editable regions and hidden parts entirely. */
export function safeText(el: Element): string {
  if (SKIP_TAGS.test(el.tagName) || el.closest(`datalist,${EDITABLE}`)) return '';
  // Most headings, labels and buttons hold text only: read it without touching (and so wrapping, in this
  // isolated world) a node inside. The walk below gives the same text for them.
  if (!el.firstElementChild) return clip(el.textContent ?? '');
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && out.length <= MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue;
      else if (child.nodeType === 1) {
        const childEl = child as Element;
        // Attribute reads, not selector matching: this runs for every element under every heading and label.
        const editable = childEl.getAttribute('contenteditable');
        if (SKIP_TAGS.test(childEl.tagName) || (editable !== null && editable !== 'false')) continue;
        if (childEl.getAttribute('aria-hidden') === 'true' || childEl.hasAttribute('hidden')) continue;
        out += ' ';
        walk(childEl);
      }
    }
  };
  walk(el);
  return clip(out);
}

const clip = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

function texts(root: ParentNode, selector: string, keep: (el: Element) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (out.length >= MAX_ITEMS) break;
    const text = keep(el) ? safeText(el) : '';
    if (text) out.push(text);
  }
  return out;
}

/** Any heading about identity or proofing puts the snapshot in headings-only mode: erring wide is the safe side. */
export function isIdentityPage(headings: string[]): boolean {
  return headings.some((h) => IDENTITY.test(normalizeText(h)));
}

export function takeSnapshot(doc: Document, loc: Pick<Location, 'hostname' | 'pathname' | 'hash'>): PageSnapshot {
  const headings = texts(doc, HEADINGS);
  const base = { host: loc.hostname, path: loc.pathname, hash: loc.hash.slice(0, MAX_TEXT), title: doc.title.slice(0, MAX_TEXT) };
  if (isIdentityPage(headings)) {
    return { ...base, headings, current: [], labels: [], buttons: [] };
  }
  return {
    ...base,
    headings: [...headings, ...texts(doc, 'legend')].slice(0, MAX_ITEMS),
    current: texts(doc, CURRENT, (el) => el.matches(STRONG_CURRENT) || !el.closest(NAVIGATION)),
    labels: texts(doc, 'label'),
    buttons: texts(doc, BUTTONS),
  };
}
