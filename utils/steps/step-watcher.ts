import type { StepId } from './ids';
import { detectStep } from './detect-step';
import { takeSnapshot } from './page-snapshot';
import { RULES } from './rules';

/** How long DOM changes must settle before the page is read again (late rendering, SPA views). */
export const SETTLE_MS = 120;

export interface StepWatcher {
  current(): StepId | null;
  check(): void;
  stop(): void;
}

/**
 * Watches one window: reads the page on start, after DOM changes settle, and after every in-page navigation
 * (push/replace/traverse via the Navigation API where present, popstate and hashchange everywhere). Reports
 * only changes. Listeners are the watcher's own (not WXT's ctx), so a page cannot switch them off by forging
 * WXT's invalidation event; forged navigation events only cause a harmless re-read of the real page.
 */
export function startStepWatcher(win: Window, onChange: (step: StepId | null) => void): StepWatcher {
  const abort = new AbortController();
  const { signal } = abort;
  let last: StepId | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const check = (): void => {
    if (signal.aborted) return;
    const { step } = detectStep(takeSnapshot(win.document, win.location), RULES);
    if (step !== last) {
      last = step;
      onChange(step);
    }
  };
  const checkSoon = (): void => {
    // Navigation events can fire before the new URL/DOM are in place: read after the current task.
    setTimeout(check, 0);
  };
  const checkWhenSettled = (): void => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(check, SETTLE_MS);
  };

  const observer = new MutationObserver(checkWhenSettled);
  observer.observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-current', 'class', 'hidden'],
  });
  win.addEventListener('popstate', checkSoon, { signal });
  win.addEventListener('hashchange', checkSoon, { signal });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', checkSoon, { signal });
  else {
    // No Navigation API (older Firefox): pushState is invisible to an isolated world, so compare the URL.
    let href = win.location.href;
    const poll = setInterval(() => {
      if (win.location.href !== href) {
        href = win.location.href;
        check();
      }
    }, 500);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  // Report the first reading even when it is "unknown", so the panel is never left waiting.
  const { step } = detectStep(takeSnapshot(win.document, win.location), RULES);
  last = step;
  onChange(step);

  return {
    current: () => last,
    check,
    stop: () => {
      abort.abort();
      observer.disconnect();
      clearTimeout(settleTimer);
    },
  };
}
