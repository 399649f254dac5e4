import type { StepId } from './ids';
import { detectStep } from './detect-step';
import { takeSnapshot } from './page-snapshot';
import { RULES } from './rules';

/**
 * The page is read again at most this long after the DOM starts changing (late rendering, SPA views). A
 * throttle, not a debounce: a page that never stops changing (a clock, a spinner) still gets read.
 */
export const SETTLE_MS = 30;

export interface StepWatcher {
  current(): StepId | null;
  check(): void;
  stop(): void;
}

/**
 * Watches one window: reads the page on start, shortly after DOM changes, and after every in-page navigation
 * (push/replace/traverse via the Navigation API where present, popstate and hashchange everywhere). Reports
 * only changes. The listeners are the watcher's own, not WXT's ctx, so a page cannot switch them off by forging
 * WXT's invalidation event, and WXT's `wxt:locationchange` (which a page can forge, and which fires before the
 * URL and DOM change) is not used. Untrusted (page-dispatched) events are ignored.
 */
export function startStepWatcher(win: Window, onChange: (step: StepId | null) => void): StepWatcher {
  const abort = new AbortController();
  const { signal } = abort;
  let last: StepId | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    const { step } = detectStep(takeSnapshot(win.document, win.location), RULES);
    if (step !== last) onChange((last = step));
  };
  const schedule = (ms: number): void => {
    timer ??= setTimeout(check, ms);
  };
  const onNavigate = (event: Event): void => {
    if (!event.isTrusted) return;
    // Read after the current task, once the page has had its chance to render the new view.
    clearTimeout(timer);
    timer = undefined;
    schedule(0);
  };

  const observer = new MutationObserver(() => schedule(SETTLE_MS));
  observer.observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-current', 'class', 'hidden'],
  });
  for (const type of ['popstate', 'hashchange']) win.addEventListener(type, onNavigate, { signal });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', onNavigate, { signal });
  else {
    // No Navigation API (older Firefox): pushState is invisible to an isolated world, so compare the URL.
    let href = win.location.href;
    const poll = setInterval(() => {
      if (win.location.href !== href) {
        href = win.location.href;
        check();
      }
    }, 250);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  // Report the first reading even when it is "unknown", so the panel is never left waiting.
  check();

  return {
    current: () => last ?? null,
    check,
    stop: () => {
      abort.abort();
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}
