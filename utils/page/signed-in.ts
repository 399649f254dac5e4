import { eachControl, visible } from './controls';
import { readBudget } from './snapshot';

/**
 * The one thing the content script may learn from an iQIES page while no panel is open: whether the page offers a
 * sign-out control, i.e. whether someone is signed in (for the 60-day guard, see utils/activity/activity.ts).
 * It reads the URL's path (a sign-in page, recognised by the shape of its route, is never read at all), then looks at
 * the names of links and buttons only (controls.ts) for "Sign out"/"Log out"/"Log off", at most MAX_CONTROLS of
 * them within a small node and time budget, and keeps one boolean. Only a control the user can see counts (sign-in
 * pages can carry a hidden one), and only by what it says: an address such as `/help/why-logout-happens` proves
 * nothing. No other text, no form field, no observer: a check at load and two retries for
 * pages that draw their header late, then nothing until the next load.
 */
const MAX_CONTROLS = 60;
const SIGN_OUT = /^\W*(?:sign|log)[\s-]?(?:out|off)\b/i;
/**
 * A segment that names signing in (login, log-in, sign_in, signin, logon, …) or an SSO endpoint (auth, authenticate,
 * authorize, openid-connect, oauth, saml), with any extension or `;jsessionid=…` after it.
 */
const SIGN_IN_PATH = /(?:^|\/)(?:(?:log|sign)[-_]?(?:in|on)|auth(?:enticate|orize)?|openid-connect|oauth2?|saml2?)(?:[.;][^/]*)?(?:\/|$)/i;
/**
 * When to look, in ms after load: at once (once the page is idle), then twice more for headers drawn late by
 * script. Each look waits for an idle moment, so it never delays the page's own work at load.
 */
const LOOKS_MS = [0, 2_000, 6_000];

export const isSignInPath = (pathname: string): boolean => SIGN_IN_PATH.test(pathname);

export function offersSignOut(doc: Document, budget = readBudget(2_000, 5)): boolean {
  let found = false;
  eachControl(doc, MAX_CONTROLS, budget, (el, name) => (found = SIGN_OUT.test(name) && visible(el)));
  return found;
}

/** Today as YYYY-MM-DD, local time (written out here so the content script does not bundle utils/formats.ts). */
export function localDate(now: Date): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * On a top-level iQIES page: unless it is a sign-in page, looks for a sign-out control at each of LOOKS_MS until one
 * is found; when found, saves today's local date (once per load). `later(fn, ms)` runs `fn` at the first idle moment
 * at least `ms` from now.
 */
export function recordSignedIn(
  win: Window,
  save: (date: string) => unknown,
  now: () => Date = () => new Date(),
  later: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(() => requestIdleCallback(fn, { timeout: 1_000 }), ms),
): void {
  if (win.top !== win || isSignInPath(win.location.pathname)) return;
  let i = 0;
  const look = (): void => {
    let yes = false;
    try {
      // Checked again at each look: a single-page app may have moved to its sign-in view since.
      yes = !isSignInPath(win.location.pathname) && offersSignOut(win.document);
    } catch {
      // A page that breaks the check is treated as "not seen signed in": nothing is saved.
    }
    if (yes) save(localDate(now()));
    else if (++i < LOOKS_MS.length) later(look, LOOKS_MS[i]! - LOOKS_MS[i - 1]!);
  };
  later(look, 0);
}
