import type { ShowWhereResult } from '../messaging';
import { normalizeText } from '../steps/normalize';
import { eachControl, visible } from './controls';
import { safeDom } from './safe-dom';
import type { ReadBudget } from './snapshot';
import { readBudget } from './snapshot';

/**
 * "Show me where": on our panel's request only, find the control a step is about by its visible name, scroll it
 * into view and outline it for a moment. Reads the names of buttons and links only (controls.ts: never a field's
 * value, nothing inside a group of answers, so never an identity question's answers).
 *
 * Never a guess: the name must be the wanted one (case, punctuation, articles and hidden icons aside; text inside
 * `aria-hidden` is not read), and two controls so named are "not found". Bounded like every reading: MAX_CONTROLS,
 * and the node and time budget of snapshot.ts. The outline is our own element laid over the control (closed
 * shadow root, no pointer events, no motion); nothing of the page is changed. It goes on Escape, a click, a
 * navigation, or after SHOW_MS.
 *
 * Kept small: it ships in the content script, which has a size budget and is compiled at every page load.
 */
export const HIGHLIGHT_ATTR = 'data-iqag-highlight';
export const MAX_CONTROLS = 300;
export const SHOW_MS = 6_000;
const E = Element.prototype;

/** The one visible control named `wanted` (case, punctuation and articles aside), or null: none, or two (never a guess). */
export function findControl(doc: Document, wanted: readonly string[], budget: ReadBudget = readBudget()): Element | null {
  const names = wanted.map(normalizeText);
  let match: Element | null = null;
  let twice = false;
  eachControl(doc, MAX_CONTROLS, budget, (el, name) => {
    if (!names.includes(normalizeText(name)) || !visible(el)) return false;
    // A link wrapping a button (or the other way round) is one control; two apart is a guess.
    twice = !!match && !E.contains.call(el, match) && !E.contains.call(match, el);
    match = el;
    return twice;
  });
  return twice ? null : match;
}

let hide: (() => void) | undefined;
/** Removes the outline, if one is shown. */
export const hideWhere = (): void => hide?.();

export function showWhere(win: Window, wanted: readonly string[]): ShowWhereResult {
  hideWhere();
  const doc = win.document;
  let el: Element | null = null;
  try {
    el = findControl(doc, wanted);
  } catch {
    // A page that breaks the search gets "not found", never a wrong outline.
  }
  if (!el) return 'not-found';
  E.scrollIntoView.call(el, { block: 'center', behavior: 'instant' });
  const r = E.getBoundingClientRect.call(el);
  const host = doc.createElement('iqag-highlight');
  host.setAttribute(HIGHLIGHT_ATTR, '');
  // Inline and important: no style of the page can move it, hide it or make it take clicks. In the document's
  // coordinates, so it stays over the control as the page scrolls. Drawn by its own outline, without motion; the
  // closed shadow root keeps anything the page puts into it from showing.
  host.style.cssText =
    `all:initial;position:absolute;z-index:2147483647;pointer-events:none;outline:4px solid #fd0;box-shadow:0 0 0 8px #000;left:${r.left + win.scrollX}px;top:${r.top + win.scrollY}px;width:${r.width}px;height:${r.height}px;`.replaceAll(
      ';',
      '!important;',
    );
  host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);
  const controller = new AbortController();
  const timer = setTimeout(hideWhere, SHOW_MS);
  hide = () => {
    hide = undefined;
    clearTimeout(timer);
    controller.abort();
    host.remove();
  };
  for (const type of ['keydown', 'pointerdown', 'pagehide', 'popstate', 'hashchange'])
    safeDom().addEventListener(win, type, (e) => ((e as KeyboardEvent).key ?? 'Escape') === 'Escape' && hideWhere(), { capture: true, signal: controller.signal });
  return 'shown';
}
