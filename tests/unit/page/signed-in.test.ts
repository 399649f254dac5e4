import { describe, expect, it, vi } from 'vitest';
import { isSignInPath, localDate, offersSignOut, recordSignedIn } from '@/utils/page/signed-in';

const page = (html: string, path = '/') => {
  document.body.innerHTML = html;
  history.replaceState(null, '', path);
  return window;
};

describe('the closed-panel check: is someone signed in to iQIES?', () => {
  it('finds a sign-out control by its text, label or link, and nothing else counts', () => {
    expect(offersSignOut(page('<header><button>Sign Out</button></header>').document)).toBe(true);
    expect(offersSignOut(page('<a href="#"><span>Log out</span></a>').document)).toBe(true);
    expect(offersSignOut(page('<button aria-label="Log off"><svg></svg></button>').document)).toBe(true);
    expect(offersSignOut(page('<a href="/auth/logout">⎋</a>').document)).toBe(true);
    expect(offersSignOut(page('<h2>Sign out</h2><p>Log out</p><input value="Sign Out">').document)).toBe(false);
    expect(offersSignOut(page('<button>Sign Up</button><button>Sign In</button><a href="/login">Login</a>').document)).toBe(false);
  });

  it('saves the local date of a signed-in page; a sign-in page is never read', () => {
    const save = vi.fn();
    const now = () => new Date(2026, 10, 30, 23, 59);
    recordSignedIn(page('<button>Sign Out</button>', '/dashboard'), save, now, vi.fn());
    expect(save).toHaveBeenCalledWith('2026-11-30');
    expect(localDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');

    save.mockClear();
    const querySelectorAll = vi.spyOn(Document.prototype, 'querySelectorAll');
    recordSignedIn(page('<button>Sign Out</button>', '/login'), save, now, vi.fn());
    expect(querySelectorAll).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(['/login', '/Login/', '/auth/sign-in', '/signin'].every(isSignInPath)).toBe(true);
    expect(['/', '/user-role', '/logins-report'].some(isSignInPath)).toBe(false);
  });

  it('retries twice for a header drawn late, then stops for good', () => {
    const save = vi.fn();
    const timers: (() => void)[] = [];
    const win = page('<main>Loading…</main>', '/');
    recordSignedIn(win, save, () => new Date(2026, 10, 30), (fn) => timers.push(fn));
    expect(save).not.toHaveBeenCalled();
    timers.shift()!();
    document.body.insertAdjacentHTML('afterbegin', '<button>Sign out</button>');
    timers.shift()!();
    expect(save).toHaveBeenCalledOnce();
    expect(timers).toEqual([]);

    const never = vi.fn();
    recordSignedIn(page('<main>No header</main>', '/'), never, undefined, (fn) => timers.push(fn));
    while (timers.length) timers.shift()!();
    expect(never).not.toHaveBeenCalled();
  });
});
