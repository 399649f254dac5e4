/**
 * Presenter keys, pure: which step a key moves to in a list of `count` steps, from `index` (-1: none shown).
 * → / ← next and previous, Home / End first and last, 1–9 the n-th step, 0 the tenth. Null: not a presenter key.
 */
export function presenterMove(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  // A fractional index stands between two list entries (a step shown that is not in the list): → goes to the entry
  // after it, ← to the one before it.
  switch (key) {
    case 'ArrowRight':
      return Math.min(Math.floor(index) + 1, count - 1);
    case 'ArrowLeft':
      return index < 0 ? 0 : Math.max(Math.ceil(index) - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  if (/^[0-9]$/.test(key)) {
    const n = key === '0' ? 9 : Number(key) - 1;
    return n < count ? n : null;
  }
  return null;
}

/**
 * Where `shown` stands in `steps` for the keys: its index; for a step not in the list, half-way between the list
 * entries around it in `order` (the catalogue's order), so → goes on from where the audience is, not back to the start.
 */
function positionIn<T>(steps: readonly T[], shown: T | null, order: readonly T[]): number {
  if (shown === null) return -1;
  const index = steps.indexOf(shown);
  if (index >= 0) return index;
  const at = order.indexOf(shown);
  if (at < 0) return -1;
  const before = steps.filter((s) => {
    const i = order.indexOf(s);
    return i >= 0 && i < at;
  }).length;
  return before - 0.5;
}

/** The step a presenter key moves to from `shown` (null: not a presenter key, or already there). */
export function presenterTarget<T>(key: string, steps: readonly T[], shown: T | null, order: readonly T[]): T | null {
  const to = presenterMove(key, positionIn(steps, shown, order), steps.length);
  if (to === null || steps[to] === shown) return null;
  return steps[to] ?? null;
}

/** Input types where a key only ever acts on the control, never types (arrows on a checkbox do nothing). */
const NON_TYPING_INPUTS = new Set(['checkbox', 'button', 'submit', 'reset', 'image']);

/**
 * Whether a keydown belongs to the presenter: never with a modifier (browser and screen-reader shortcuts), never
 * while typing (text fields, text areas, selects, radios, editable regions), never when a control already used it.
 */
export function isPresenterKeyEvent(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'target'>): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
  const el = event.target as (Element & { isContentEditable?: boolean }) | null;
  if (el && typeof el.tagName === 'string') {
    const tag = el.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return false;
    if (tag === 'input' && !NON_TYPING_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase())) return false;
  }
  return true;
}
