import { describe, expect, it } from 'vitest';
import { isPresenterKeyEvent, presenterMove } from '@/utils/practice/presenter-keys';

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
});
