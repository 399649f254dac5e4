import { safeDom } from './safe-dom';
import type { ReadBudget } from './snapshot';
import { textOf } from './snapshot';

/**
 * The page's controls by name: what both "show me where" (show-where.ts) and the sign-out check (signed-in.ts) read.
 * Buttons, links, button inputs and ARIA buttons and menu items; a control's name is its `aria-label`, else its
 * text (text inside `aria-hidden` is not read), and for a submit/button input its `value` attribute, which is its
 * label (a submit input without one reads "Submit": its type stands in; no control is wanted by the name "Button").
 * No other input's value is ever read, and nothing inside a group of answers (fieldset, label, radio group, list
 * box), so never an identity question's answers. Only controls the user can see count.
 */
export const CONTROLS = 'a,button,input[type=submit],input[type=button],[role=button],[role=menuitem]';
const ANSWERS = 'fieldset,label,[role=radiogroup],[role=listbox]';
/** Characters of a name compared: longer names are cut (no wanted name comes near). */
const NAME_MAX = 120;

/**
 * Walks the first `max` controls in the page, in document order, within the node and time budget: each whose name
 * `named` accepts and that the user can see goes to `found`, until `found` says to stop (returns true). Visibility
 * is asked only of a control so named: it makes the browser compute styles.
 */
export function eachControl(
  doc: Document,
  max: number,
  budget: ReadBudget,
  named: (name: string) => boolean,
  found: (el: Element) => boolean,
): void {
  const d = safeDom();
  const all = d.querySelectorAll(doc, CONTROLS);
  for (let i = 0; i < Math.min(all.length, max) && --budget.nodes > 0 && performance.now() < budget.until; i++) {
    const el = all[i]!;
    if (d.closest(el, ANSWERS)) continue;
    let type: string | null;
    const name =
      d.getAttribute(el, 'aria-label') ??
      (d.tagName(el) !== 'INPUT' ? textOf(el, budget) : /^(submit|button)$/i.test((type = d.getAttribute(el, 'type'))!) ? (d.getAttribute(el, 'value') ?? type!) : '');
    if (named(name.slice(0, NAME_MAX)) && Element.prototype.checkVisibility.call(el, { visibilityProperty: true, opacityProperty: true }) && found(el)) return;
  }
}
