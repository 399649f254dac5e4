import { readBudget, textOf } from './snapshot';
import { safeDom } from './safe-dom';

/**
 * The one thing the content script may learn from an iQIES page while no panel is open: whether the page offers a
 * sign-out control, i.e. whether someone is signed in (for the 60-day guard, see utils/activity/activity.ts).
 * It reads the URL's path (a sign-in page, recognised by the shape of its route, is never read at all), then looks at
 * links and buttons only — their text and `aria-label` — for "Sign out"/"Log out"/"Log off", at most MAX_CONTROLS of
 * them within a small node and time budget, and keeps one boolean. Only a control the user can see counts (sign-in
 * pages can carry a hidden one), and only by what it says: an address such as `/help/why-logout-happens` proves
 * nothing. No other text, no form field, no observer: a check at load and two retries for
 * pages that draw their header late, then nothing until the next load.
 */
export const SIGN_OUT_CONTROLS = 'a,button,[role=button],[role=menuitem]';
const MAX_CONTROLS = 60;
const SIGN_OUT = /^\W*(?:sign|log)[\s-]?(?:out|off)\b/i;
/**
 * A segment that names signing in (login, log-in, sign_in, signin, logon, …) or an SSO endpoint (auth, authenticate,
 * authorize, openid-connect, oauth, saml), with any extension or `;jsessionid=…` after it.
 */
const SIGN_IN_PATH = /(?:^|\/)(?:(?:log|sign)[-_]?(?:in|on)|auth(?:enticate|orize)?|openid-connect|oauth2?|saml2?)(?:[.;][^/]*)?(?:\/|$)/i;
const visible = (el: Element): boolean => Element.prototype.checkVisibility.call(el, { opacityProperty: true, visibilityProperty: true });
/** Retries after load, in ms, for headers drawn late by script. */
const RETRIES_MS = [2_000, 6_000];

export const isSignInPath = (pathname: string): boolean => SIGN_IN_PATH.test(pathname);

export function offersSignOut(doc: Document, budget = readBudget(2_000, 5)): boolean {
  const d = safeDom();
  const found = d.querySelectorAll(doc, SIGN_OUT_CONTROLS);
  const n = Math.min(found.length, MAX_CONTROLS);
  for (let i = 0; i < n; i++) {
    const el = found[i]!;
    if ((SIGN_OUT.test(d.getAttribute(el, 'aria-label') ?? '') || SIGN_OUT.test(textOf(el, budget))) && visible(el)) return true;
    if (budget.nodes <= 0 || performance.now() > budget.until) return false;
  }
  return false;
}

/** Today as YYYY-MM-DD, local time (written out here so the content script does not bundle utils/formats.ts). */
export function localDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * On a top-level iQIES page: unless it is a sign-in page, checks for a sign-out control at once and, until one is
 * found, after each of RETRIES_MS; when found, saves today's local date (once per load).
 */
export function recordSignedIn(
  win: Window,
  save: (date: string) => unknown,
  now: () => Date = () => new Date(),
  later: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
): void {
  if (win.top !== win) return;
  const check = (): boolean => {
    // Checked again before each retry: a single-page app may have moved to its sign-in view since.
    if (isSignInPath(win.location.pathname)) return false;
    let yes = false;
    try {
      yes = offersSignOut(win.document);
    } catch {
      // A page that breaks the check is treated as "not seen signed in": nothing is saved.
    }
    if (yes) save(localDate(now()));
    return yes;
  };
  if (isSignInPath(win.location.pathname) || check()) return;
  let i = 0;
  const retry = (): void => {
    if (!check() && ++i < RETRIES_MS.length) later(retry, RETRIES_MS[i]! - RETRIES_MS[i - 1]!);
  };
  later(retry, RETRIES_MS[0]!);
}
