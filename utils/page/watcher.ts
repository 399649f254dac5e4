import type { StepId } from '../steps/ids';
import { detectStep } from '../steps/detect-step';
import { takeSnapshot } from './snapshot';
import { routeShape } from '../steps/route-shape';
import { RULES } from '../steps/rules';
import { safeDom } from './safe-dom';

/**
 * The page is read again at most this long after the DOM starts changing (late rendering, SPA views). A
 * throttle, not a debounce: a page that never stops changing (a clock, a spinner) still gets read.
 */
export const SETTLE_MS = 30;
/**
 * Reading owes REST times as long a rest as it took, so over time it never takes more than 1/(REST+1) of the main
 * thread, however large the page or however fast it changes. Up to BURST_MS of owed rest is let go, so the
 * readings of an ordinary page (a fraction of a millisecond each, a few per navigation) are never delayed.
 */
export const REST = 19;
export const BURST_MS = 500;

export interface StepWatcher {
  current(): StepId | null;
  /** The route shape (route-shape.ts) of the page last read: taught pages are matched by it. */
  route(): string;
  check(): void;
  stop(): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-current', 'class', 'hidden'],
};

/** The page's route shape; one that cannot be read is the root's (which no page is taught as by accident). */
function readRoute(win: Window): string {
  try {
    return routeShape(win.location.pathname, win.location.hash);
  } catch {
    return '/';
  }
}

/** The step a page shows; any failure to read it (a page can always surprise a reader) is "can't tell". */
function readStep(win: Window): StepId | null {
  try {
    return detectStep(takeSnapshot(win.document, win.location), RULES).step;
  } catch {
    return null;
  }
}

/**
 * Watches one window: reads the page on start, shortly after DOM changes, and after every in-page navigation
 * (push/replace/traverse via the Navigation API where present, popstate and hashchange everywhere). Reports
 * only changes (of the step or of the route shape). The listeners are the watcher's own, not WXT's ctx, so a page cannot switch them off by forging
 * WXT's invalidation event, and WXT's `wxt:locationchange` (which a page can forge, and which fires before the
 * URL and DOM change) is not used. Untrusted (page-dispatched) events are ignored.
 *
 * Between a DOM change and the reading it causes, the mutation observer is disconnected: a page changing its DOM
 * every millisecond then costs one observer callback per reading, not one per change. It is connected again
 * before each reading, so a change made while or after reading is never missed.
 */
export function startStepWatcher(win: Window, onChange: (step: StepId | null, route: string) => void): StepWatcher {
  const dom = safeDom();
  const abort = new AbortController();
  const { signal } = abort;
  let last: StepId | null | undefined;
  let lastRoute = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Rest owed (see REST), as of `owedAt`; it is paid off as time passes. */
  let owed = 0;
  let owedAt = 0;
  const owing = (now: number): number => Math.max(0, owed - (now - owedAt));

  const observer = new MutationObserver(() => {
    observer.disconnect();
    schedule(SETTLE_MS);
  });
  const check = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (signal.aborted) return;
    observer.observe(win.document, OBSERVE);
    const t0 = performance.now();
    const step = readStep(win);
    const route = readRoute(win);
    const t1 = performance.now();
    owed = owing(t1) + (t1 - t0) * REST;
    owedAt = t1;
    // A new route is reported even when the step is the same ("can't tell" on two pages): one of them may be taught.
    if (step !== last || route !== lastRoute) onChange((last = step), (lastRoute = route));
  };
  const schedule = (ms: number): void => {
    timer ??= setTimeout(check, Math.max(ms, owing(performance.now()) - BURST_MS));
  };
  const onNavigate = (event: Event): void => {
    if (!event.isTrusted) return;
    // Read after the current task, once the page has had its chance to render the new view.
    clearTimeout(timer);
    timer = undefined;
    schedule(0);
  };
  const stop = (): void => {
    abort.abort();
    observer.disconnect();
    clearTimeout(timer);
  };

  try {
    for (const type of ['popstate', 'hashchange']) dom.addEventListener(win, type, onNavigate, { signal });
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    if (nav) dom.addEventListener(nav, 'currententrychange', onNavigate, { signal });
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
  } catch (error) {
    stop(); // nothing is left running for a watcher that never started
    throw error;
  }

  return { current: () => last ?? null, route: () => lastRoute, check, stop };
}
