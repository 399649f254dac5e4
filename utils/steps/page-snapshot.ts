import type { PageSnapshot } from './detect-step';
import { normalizeText } from './normalize';

/**
 * The only DOM reader. It reads text from an allow-list of places (title, headings, the current progress item,
 * labels, button text) and never a form field's value: text inside input/textarea/select/option and
 * contenteditable regions is skipped, `.value` and FormData are never touched. Text is clipped.
 */
const MAX_TEXT = 120;
const MAX_ITEMS = 40;
const SKIP = 'input,textarea,select,option,datalist,[contenteditable]:not([contenteditable="false"]),script,style,noscript,template';
const HEADINGS = 'h1,h2,h3,legend,[role="heading"]';
const CURRENT = '[aria-current="step"],[aria-current="page"] ,.current,.active,.is-current,.is-active';
const LABELS = 'label';
const BUTTONS = 'button,[role="button"],a.btn,a.button';
/** On identity-proofing pages only headings are read (the questions come from the user's credit file). */
const IDENTITY_PHRASES = ['verify your identity', 'remote proofing', 'identity verification', 'identity proofing'];

/** Visible-ish text of an element, skipping form controls and editable regions entirely. */
export function safeText(el: Element): string {
  if (el.closest(SKIP)) return '';
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (out.length > MAX_TEXT) return;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const childEl = child as Element;
        if (childEl.matches(SKIP) || childEl.getAttribute('aria-hidden') === 'true' || childEl.hasAttribute('hidden')) continue;
        out += ' ';
        walk(childEl);
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

function texts(root: ParentNode, selector: string): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (out.length >= MAX_ITEMS) break;
    const text = safeText(el);
    if (text) out.push(text);
  }
  return out;
}

export function isIdentityPage(headings: string[]): boolean {
  return headings.some((h) => {
    const n = normalizeText(h);
    return IDENTITY_PHRASES.some((p) => n.includes(p));
  });
}

export function takeSnapshot(doc: Document, loc: Pick<Location, 'hostname' | 'pathname' | 'hash'>): PageSnapshot {
  const headings = texts(doc, HEADINGS);
  const identity = isIdentityPage(headings);
  return {
    host: loc.hostname,
    path: loc.pathname,
    hash: loc.hash.slice(0, MAX_TEXT),
    title: (doc.title ?? '').slice(0, MAX_TEXT),
    headings,
    current: texts(doc, CURRENT),
    labels: identity ? [] : texts(doc, LABELS),
    buttons: identity ? [] : texts(doc, BUTTONS),
  };
}
