import { describe, expect, it } from 'vitest';
import { isPresenterKeyEvent, presenterMove, presenterTarget } from '@/utils/practice/presenter-keys';
import { STEPS } from '@/utils/steps/catalogue';
import { getTrack } from '@/utils/tracks/data';

describe('presenter keys', () => {
  it('move through the list and stop at its ends', () => {
    expect(presenterMove('ArrowRight', -1, 5)).toBe(0);
    expect(presenterMove('ArrowRight', 2, 5)).toBe(3);
    expect(presenterMove('ArrowRight', 4, 5)).toBe(4);
    expect(presenterMove('ArrowLeft', 2, 5)).toBe(1);
    expect(presenterMove('ArrowLeft', 0, 5)).toBe(0);
    expect(presenterMove('ArrowLeft', -1, 5)).toBe(0);
    expect(presenterMove('Home', 3, 5)).toBe(0);
    expect(presenterMove('End', 0, 5)).toBe(4);
    expect(presenterMove('1', 3, 5)).toBe(0);
    expect(presenterMove('5', 0, 5)).toBe(4);
    expect(presenterMove('6', 0, 5)).toBeNull();
    expect(presenterMove('0', 0, 12)).toBe(9);
    expect(presenterMove('a', 0, 5)).toBeNull();
    expect(presenterMove('ArrowRight', -1, 0)).toBeNull();
  });

  it('never fire while typing, with a modifier, or when a control used the key', () => {
    const ev = (target: Element | null, extra: Partial<KeyboardEvent> = {}) =>
      ({ key: 'ArrowRight', altKey: false, ctrlKey: false, metaKey: false, defaultPrevented: false, target, ...extra }) as KeyboardEvent;
    const el = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild!;
    };
    expect(isPresenterKeyEvent(ev(document.body))).toBe(true);
    expect(isPresenterKeyEvent(ev(el('<button>x</button>')))).toBe(true);
    expect(isPresenterKeyEvent(ev(el('<input type="checkbox">')))).toBe(true);
    expect(isPresenterKeyEvent(ev(el('<input>')))).toBe(false);
    expect(isPresenterKeyEvent(ev(el('<input type="search">')))).toBe(false);
    expect(isPresenterKeyEvent(ev(el('<input type="radio">')))).toBe(false);
    expect(isPresenterKeyEvent(ev(el('<textarea></textarea>')))).toBe(false);
    expect(isPresenterKeyEvent(ev(el('<select></select>')))).toBe(false);
    expect(isPresenterKeyEvent(ev(document.body, { altKey: true }))).toBe(false);
    expect(isPresenterKeyEvent(ev(document.body, { ctrlKey: true }))).toBe(false);
    expect(isPresenterKeyEvent(ev(document.body, { defaultPrevented: true }))).toBe(false);
  });

  it('→ from a step that is not on the track goes to the next track step after it, ← to the one before it', () => {
    const order = ['a', 'b', 'c', 'd', 'e', 'f'];
    const track = ['a', 'c', 'f'];
    expect(presenterTarget('ArrowRight', track, 'd', order)).toBe('f');
    expect(presenterTarget('ArrowLeft', track, 'd', order)).toBe('c');
    expect(presenterTarget('ArrowRight', track, 'b', order)).toBe('c');
    expect(presenterTarget('ArrowLeft', track, 'b', order)).toBe('a');
    // On the track, and with nothing shown, as before.
    expect(presenterTarget('ArrowRight', track, 'c', order)).toBe('f');
    expect(presenterTarget('ArrowLeft', track, 'c', order)).toBe('a');
    expect(presenterTarget('ArrowRight', track, null, order)).toBe('a');
    expect(presenterTarget('Home', track, 'e', order)).toBe('a');
    expect(presenterTarget('2', track, 'e', order)).toBe('c');
    // Already there, or not a key: no move.
    expect(presenterTarget('ArrowRight', track, 'f', order)).toBeNull();
    expect(presenterTarget('x', track, 'd', order)).toBeNull();
    expect(presenterTarget('ArrowRight', [], 'd', order)).toBeNull();
  });

  it('on the real catalogue: → from a step off the staff track lands on the staff step that follows it', () => {
    const order = STEPS.map((s) => s.id);
    const staff = getTrack('staff')!.steps;
    const off = order.findIndex((id, i) => !staff.includes(id) && i > order.indexOf(staff[0]!) && order.slice(i).some((later) => staff.includes(later)));
    expect(off).toBeGreaterThan(0);
    const after = order.slice(off).find((id) => staff.includes(id));
    expect(presenterTarget('ArrowRight', staff, order[off]!, order)).toBe(after);
    expect(presenterTarget('ArrowRight', staff, order[off]!, order)).not.toBe(staff[0]);
  });
});
