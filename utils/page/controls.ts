import { safeDom } from './safe-dom';
import type { ReadBudget } from './snapshot';
import { textOf } from './snapshot';

/**
 * The page's controls by name: what both "show me where" (show-where.ts) and the sign-out check (signed-in.ts) read.
 * Buttons, links, button inputs and ARIA buttons and menu items; a control's name is its `aria-label`, else its
 * text (text inside `aria-hidden` is not read), and for a submit/button input its `value` attribute, which is its
 * label (a submit input without one reads "Submit": its type stands in; no control is wanted by the name "Button").
 * No other input's value is ever read, and nothing inside a group of answers (fieldset, label, radio group, list
 * box), so never an identity question's answers.
 */
export const CONTROLS = 'a,button,input[type=submit],input[type=button],[role=button],[role=menuitem]';
const ANSWERS = 'fieldset,label,[role=radiogroup],[role=listbox]';
/** Characters of a name compared: longer names are cut (no wanted name comes near). */
const NAME_MAX = 120;

/** Whether the user can see `el`. It makes the browser compute styles: ask it only of a control that is wanted. */
export const visible = (el: Element): boolean => Element.prototype.checkVisibility.call(el, { visibilityProperty: true, opacityProperty: true });

/**
 * Calls `visit` with each of the first `max` controls in the page and its name, in document order, until `visit`
 * says to stop (returns true), or the node or time budget is spent.
 */
export function eachControl(doc: Document, max: number, budget: ReadBudget, visit: (el: Element, name: string) => boolean): void {
  const d = safeDom();
  const found = d.querySelectorAll(doc, CONTROLS);
  for (let i = 0; i < Math.min(found.length, max) && --budget.nodes > 0 && performance.now() < budget.until; i++) {
    const el = found[i]!;
    if (d.closest(el, ANSWERS)) continue;
    let type: string | null;
    const name =
      d.getAttribute(el, 'aria-label') ??
      (d.tagName(el) !== 'INPUT' ? textOf(el, budget) : /^(submit|button)$/i.test((type = d.getAttribute(el, 'type'))!) ? (d.getAttribute(el, 'value') ?? type!) : '');
    if (visit(el, name.slice(0, NAME_MAX))) return;
  }
}
