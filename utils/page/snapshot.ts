import type { PageSnapshot } from '../steps/detect-step';
import { normalizeText } from '../steps/normalize';
import { safeDom } from './safe-dom';

/**
 * The only DOM reader. It reads text from an allow-list of places (title, headings, the current progress item,
 * labels, button text) and never a form field's value or what a user picked: text inside input/textarea/select/
 * option, contenteditable regions and ARIA widgets (listbox, combobox, radio, tab, checkbox, …) is skipped,
 * `.value`, `.checked`, `.selectedOptions` and FormData are never touched.
 * Text is clipped and the number of items capped. On identity-proofing pages (the questions come from the
 * user's credit file) only h1–h3 and [role=heading] are read: no legends, labels, buttons or progress items.
 *
 * The page is hostile ground: no member of a page node is trusted (every DOM member comes from the prototypes,
 * see safe-dom.ts; text is walked with a TreeWalker, whose steps a page cannot redirect), and every reading is
 * bounded by how many elements of each kind it looks at, how many nodes it visits and how long it takes, however
 * large the page.
 */
const MAX_TEXT = 120;
const MAX_ITEMS = 40;
/** Elements looked at per kind (headings, labels, …): the first ones in the page, whether they hold text or not. */
export const MAX_SCAN = 200;
/** Nodes visited inside one element to gather its text. */
export const MAX_WALK = 400;
/** One reading's budget: nodes visited in all, and time. Past it the reading keeps what it has. */
export const READ_NODES = 10_000;
const READ_MS = 50;

export interface ReadBudget {
  nodes: number;
  until: number;
}
export const readBudget = (nodes = READ_NODES, ms = READ_MS): ReadBudget => ({ nodes, until: performance.now() + ms });
const spent = (b: ReadBudget): boolean => b.nodes <= 0 || performance.now() > b.until;

/** Never walked into: form controls (their text is a value or an option) and non-text elements. */
const SKIP_TAGS = /^(?:input|textarea|select|option|datalist|script|style|noscript|template)$/i;
const EDITABLE = '[contenteditable]:not([contenteditable=false])';
const HEADINGS = 'h1,h2,h3,[role=heading]';
/**
 * ARIA widgets, whose state is what the user picked (native controls are skipped by tag above): an element in one
 * is never read, nor is one marked selected or checked (radio, tab, checkbox, switch, …), however it is also marked
 * as current or active.
 */
const WIDGET = `${'listbox menu radiogroup tablist combobox grid option'.replace(/\w+/g, '[role~=$&],')}[aria-selected],[aria-checked]`;
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
// NodeFilter / TreeWalker constants.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ACCEPT = 1;
const REJECT = 2;
/** Thrown from the walker's filter to end a walk at once, even in the middle of a long run of skipped nodes. */
const STOP = Symbol('stop');

/** Visible-ish text of an element, skipping form controls, editable regions and hidden parts entirely. */
export const safeText = (el: Element): string => textOf(el, readBudget());

export function textOf(el: Element, budget: ReadBudget): string {
  const d = safeDom();
  if (SKIP_TAGS.test(d.tagName(el)) || d.closest(el, `datalist,${EDITABLE}`)) return '';
  // Most headings, labels and buttons hold text only: read it without touching (and so wrapping, in this
  // isolated world) a node inside. The walk below gives the same text for them.
  if (!d.firstElementChild(el)) return clip(d.textContent(el) ?? '');
  let visited = 0;
  const filter = (node: Node): number => {
    if (++visited > MAX_WALK || --budget.nodes < 0 || (visited % 32 === 0 && spent(budget))) throw STOP;
    if (!(node instanceof Element)) return ACCEPT;
    // Attribute reads where they do (this runs for every element under every heading and label); one selector for
    // the many ways an ARIA widget is marked.
    const editable = d.getAttribute(node, 'contenteditable');
    if (SKIP_TAGS.test(d.tagName(node)) || (editable !== null && editable !== 'false') || d.matches(node, WIDGET)) return REJECT;
    return d.getAttribute(node, 'aria-hidden') === 'true' || d.hasAttribute(node, 'hidden') ? REJECT : ACCEPT;
  };
  const walker = d.createTreeWalker(d.ownerDocument(el)!, el, SHOW_ELEMENT_AND_TEXT, filter);
  let out = '';
  try {
    for (let node = d.nextNode(walker); node && out.length <= MAX_TEXT; node = d.nextNode(walker)) {
      if (!(node instanceof Element)) out += (d.textOf(node) ?? '').slice(0, 2 * MAX_TEXT);
      else if (!out.endsWith(' ')) out += ' '; // one space between elements, however deep they nest
    }
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return clip(out);
}

/** Whitespace collapsed, clipped; a huge text node is cut before the regular expression sees it. */
const clip = (text: string): string =>
  text
    .trimStart()
    .slice(0, 8 * MAX_TEXT)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);

function texts(doc: Document, selector: string, budget: ReadBudget, keep: (el: Element) => boolean = () => true): string[] {
  const out: string[] = [];
  const found = safeDom().querySelectorAll(doc, selector);
  const n = Math.min(found.length, MAX_SCAN);
  for (let i = 0; i < n && out.length < MAX_ITEMS && !spent(budget); i++) {
    const el = found[i]!;
    budget.nodes--;
    const text = keep(el) && !safeDom().closest(el, WIDGET) ? textOf(el, budget) : '';
    if (text) out.push(text);
  }
  return out;
}

/** Any heading about identity or proofing puts the snapshot in headings-only mode: erring wide is the safe side. */
function isIdentityPage(headings: string[]): boolean {
  return headings.some((h) => IDENTITY.test(normalizeText(h)));
}

export function takeSnapshot(doc: Document, loc: Pick<Location, 'hostname' | 'pathname' | 'hash'>, budget: ReadBudget = readBudget()): PageSnapshot {
  const d = safeDom();
  const headings = texts(doc, HEADINGS, budget);
  const base = { host: loc.hostname, path: loc.pathname, hash: loc.hash.slice(0, MAX_TEXT), title: d.title(doc).slice(0, MAX_TEXT) };
  if (isIdentityPage(headings)) {
    return { ...base, headings, current: [], labels: [], buttons: [] };
  }
  return {
    ...base,
    headings: [...headings, ...texts(doc, 'legend', budget)].slice(0, MAX_ITEMS),
    current: texts(doc, CURRENT, budget, (el) => d.matches(el, STRONG_CURRENT) || !d.closest(el, NAVIGATION)),
    labels: texts(doc, 'label', budget),
    buttons: texts(doc, BUTTONS, budget),
  };
}
