import { describe, expect, it, vi } from 'vitest';
import { isSignInPath, localDate, offersSignOut, recordSignedIn } from '@/utils/page/signed-in';

const page = (html: string, path = '/') => {
  document.body.innerHTML = html;
  history.replaceState(null, '', path);
  return window;
};

describe('the closed-panel check: is someone signed in to iQIES?', () => {
  it('finds a sign-out control by its text or label, and nothing else counts', () => {
    expect(offersSignOut(page('<header><button>Sign Out</button></header>').document)).toBe(true);
    expect(offersSignOut(page('<a href="#"><span>Log out</span></a>').document)).toBe(true);
    expect(offersSignOut(page('<button aria-label="Log off"><svg></svg></button>').document)).toBe(true);
    // A link's address is not its name: only what the control says counts.
    expect(offersSignOut(page('<a href="/auth/logout">⎋</a>').document)).toBe(false);
    expect(offersSignOut(page('<p>Signed out?</p><a href="/help/why-logout-happens">Why this happens</a>').document)).toBe(false);
    expect(offersSignOut(page('<h2>Sign out</h2><p>Log out</p><input value="Sign Out">').document)).toBe(false);
    expect(offersSignOut(page('<button>Sign Up</button><button>Sign In</button><a href="/login">Login</a>').document)).toBe(false);
  });

  it('saves the local date of a signed-in page, looking only once the page is idle; a sign-in page is never read', () => {
    const save = vi.fn();
    const now = () => new Date(2026, 10, 30, 23, 59);
    const looks: [() => void, number][] = [];
    const querySelectorAll = vi.spyOn(Document.prototype, 'querySelectorAll');
    recordSignedIn(page('<button>Sign Out</button>', '/dashboard'), save, now, (fn, ms) => looks.push([fn, ms]));
    // Nothing is read while the page loads: the first look waits for an idle moment.
    expect(querySelectorAll).not.toHaveBeenCalled();
    expect(looks.map(([, ms]) => ms)).toEqual([0]);
    looks.shift()![0]();
    expect(save).toHaveBeenCalledWith('2026-11-30');
    expect(looks).toEqual([]);
    expect(localDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
    // The local day, not UTC's: late evening in Chicago is already tomorrow in UTC; just after midnight in Sydney is still yesterday.
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Chicago';
      expect(localDate(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
      process.env.TZ = 'Australia/Sydney';
      expect(localDate(new Date(2026, 11, 1, 0, 30))).toBe('2026-12-01');
    } finally {
      process.env.TZ = tz;
      if (tz === undefined) delete process.env.TZ;
    }

    save.mockClear();
    querySelectorAll.mockClear();
    const later = vi.fn();
    recordSignedIn(page('<button>Sign Out</button>', '/login'), save, now, later);
    expect(later).not.toHaveBeenCalled();
    expect(querySelectorAll).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(['/login', '/Login/', '/auth/sign-in', '/signin'].every(isSignInPath)).toBe(true);
    expect(['/', '/user-role', '/logins-report'].some(isSignInPath)).toBe(false);
  });

  it('looks twice more for a header drawn late, 2 s and 6 s after load, then stops for good', () => {
    const save = vi.fn();
    const timers: (() => void)[] = [];
    const delays: number[] = [];
    const win = page('<main>Loading…</main>', '/');
    recordSignedIn(win, save, () => new Date(2026, 10, 30), (fn, ms) => (timers.push(fn), delays.push(ms)));
    expect(save).not.toHaveBeenCalled();
    timers.shift()!();
    document.body.insertAdjacentHTML('afterbegin', '<button>Sign out</button>');
    timers.shift()!();
    expect(save).toHaveBeenCalledOnce();
    expect(timers).toEqual([]);

    const never = vi.fn();
    delays.length = 0;
    recordSignedIn(page('<main>No header</main>', '/'), never, undefined, (fn, ms) => (timers.push(fn), delays.push(ms)));
    while (timers.length) timers.shift()!();
    expect(never).not.toHaveBeenCalled();
    expect(delays).toEqual([0, 2_000, 4_000]);
  });

  it('only a control a user can see counts', () => {
    // Without the clock budget (it has its own tests): under load happy-dom's style checks can run past it.
    const offers = (doc: Document) => offersSignOut(doc, { nodes: 2_000, until: Infinity });
    for (const hidden of [
      '<a href="/logout" style="display:none">Log out</a>',
      '<div style="display:none"><button>Sign out</button></div>',
      '<button style="visibility:hidden">Log off</button>',
      '<a href="/logout" style="opacity:0">Sign out</a>',
    ]) {
      expect(offers(page(hidden).document), hidden).toBe(false);
    }
    expect(offers(page('<a href="/logout" style="display:none">Log out</a><a href="/logout">Log out</a>').document)).toBe(true);
  });

  it('recognises sign-in routes by their shape: extensions, matrix parameters, SSO endpoints, any spelling', () => {
    const signIn = [
      '/login.html',
      '/login;jsessionid=0123ABC',
      '/signin.aspx',
      '/auth/realms/cms/protocol/openid-connect/auth',
      '/sign_in',
      '/Account/LogOn',
      '/log-in/',
      '/portal/login.jsp;jsessionid=9F',
    ];
    for (const path of signIn) expect(isSignInPath(path), path).toBe(true);
    for (const path of ['/', '/user-role', '/logins-report', '/authorized-officials', '/author', '/help/why-logout-happens', '/signing-official']) {
      expect(isSignInPath(path), path).toBe(false);
    }
  });

  it('records nothing on a sign-in page that carries a hidden sign-out link, whatever its route', () => {
    const save = vi.fn();
    for (const path of ['/login.html', '/login;jsessionid=ABC', '/signin.aspx', '/auth/realms/x/protocol/openid-connect/auth', '/sign_in', '/']) {
      recordSignedIn(page('<h1>Sign In</h1><a href="/logout" style="display:none">Log out</a>', path), save, undefined, (fn) => fn());
    }
    recordSignedIn(page('<h1>Help</h1><a href="/help/why-logout-happens">Why were you signed out?</a>', '/help'), save, undefined, (fn) => fn());
    expect(save).not.toHaveBeenCalled();
  });
});
