import { afterEach, describe, expect, it, vi } from 'vitest';
import { WATCH_PORT, showWhereMessage, whereAnswer } from '@/utils/messaging';
import type { SenderInfo } from '@/utils/messaging';
import { serveStepReports } from '@/utils/page/reporter';
import { READ_NODES, readBudget } from '@/utils/page/snapshot';
import { HIGHLIGHT_ATTR, MAX_CONTROLS, SHOW_MS, findControl, hideWhere, showWhere } from '@/utils/page/show-where';
import { OWN_ID, OWN_ORIGIN, PANEL_SENDER, fakeReporterRuntime } from '../messaging/fakes';

/** Searched with no time limit: these tests are about what is matched, and happy-dom under load is slow. */
const find = (html: string, names: string[] = ['Request User Role']) => {
  document.body.innerHTML = html;
  return findControl(document, names, readBudget(READ_NODES, Infinity));
};
const found = (html: string, names?: string[]) => find(html, names)?.getAttribute('data-t') ?? null;

afterEach(() => {
  hideWhere();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('finding the control by its visible name', () => {
  it('finds a button, a link, a submit input and a role=button by name, whatever the case, punctuation or hidden icon', () => {
    expect(found('<button data-t="b"><span><i class="icon" aria-hidden="true">→</i><span>Request</span> user role</span></button>')).toBe('b');
    expect(found('<a href="/r" class="btn" data-t="a">Request User Role »</a>')).toBe('a');
    expect(found('<input type="submit" value="Request User Role" data-t="i">')).toBe('i');
    expect(found('<div role="button" tabindex="0" data-t="r">REQUEST USER ROLE</div>')).toBe('r');
    expect(found('<button aria-label="Request User Role" data-t="l"><svg></svg></button>')).toBe('l');
    expect(found('<form><input type="submit" data-t="s"></form>', ['Submit'])).toBe('s');
  });

  it('takes the exact name only: a longer name that merely holds it is another control', () => {
    expect(found('<button data-t="x">Request User Role for another provider</button>')).toBeNull();
    expect(found('<button data-t="x">Request User Role for another provider</button><button data-t="y">Request User Role</button>')).toBe('y');
  });

  it('says not found for two controls with the name: never a guess', () => {
    expect(found('<button data-t="a">Request User Role</button><a href="/x" data-t="b">Request User Role</a>')).toBeNull();
    expect(found('<button data-t="a">Submit</button><input type="submit" data-t="b">', ['Submit'])).toBeNull();
  });

  it('counts a link wrapping a button (or a button inside a role=button) as one control, the innermost', () => {
    expect(found('<a href="/r" data-t="a"><button data-t="b">Request User Role</button></a>')).toBe('b');
    expect(found('<div role="button" data-t="a"><button data-t="b">Request User Role</button></div>')).toBe('b');
  });

  it('ignores hidden controls', () => {
    expect(
      found(
        // The browser's own stylesheet hides [hidden]; happy-dom's does not, so the page says it here.
        '<style>[hidden]{display:none}</style><button hidden>Request User Role</button><div style="display:none"><button>Request User Role</button></div>' +
          '<button style="visibility:hidden">Request User Role</button><button style="opacity:0">Request User Role</button>' +
          '<button data-t="v">Request User Role</button>',
      ),
    ).toBe('v');
    expect(found('<button style="display:none">Request User Role</button>')).toBeNull();
  });

  it('never reads a field: a text input, even one claiming to be a button, is not named by its value', () => {
    expect(found('<input type="text" role="button" value="Request User Role"><textarea role="button">Request User Role</textarea>')).toBeNull();
    expect(found('<input type="text" role="button" value="Submit">', ['Submit'])).toBeNull();
  });

  it('reads nothing inside a group of answers (fieldset, label, radio group)', () => {
    document.body.innerHTML = '';
    for (const wrap of ['fieldset', 'label', 'div role="radiogroup"', 'div role="listbox"']) {
      const tag = wrap.split(' ')[0];
      expect(found(`<${wrap}><button>Initiate Manual Proofing</button></${tag}>`, ['Initiate Manual Proofing']), wrap).toBeNull();
    }
    expect(found('<fieldset><button>Submit</button></fieldset><a href="/m" data-t="m">Initiate Manual Proofing</a>', ['Initiate Manual Proofing'])).toBe('m');
  });

  it(`looks at the first ${MAX_CONTROLS} controls only, however large the page`, () => {
    const decoys = (n: number) => '<button>Other</button>'.repeat(n);
    expect(found(`${decoys(MAX_CONTROLS - 1)}<button data-t="last">Request User Role</button>`)).toBe('last');
    expect(found(`${decoys(MAX_CONTROLS)}<button data-t="late">Request User Role</button>`)).toBeNull();
  });

  it('stops when the node budget is spent, and then says not found rather than guess', () => {
    document.body.innerHTML = '<button>Other</button>'.repeat(20) + '<button>Request User Role</button>';
    expect(findControl(document, ['Request User Role'], readBudget(10, Infinity))).toBeNull();
  });
});

describe('the outline', () => {
  const highlights = () => document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`);

  it('is one element of ours, with no pointer events; the page is not changed', () => {
    document.body.innerHTML = '<main><p>Hello</p><button id="go">Request User Role</button></main>';
    const before = document.body.innerHTML;
    expect(showWhere(window, ['Request User Role'])).toBe('shown');
    expect(highlights()).toHaveLength(1);
    const host = highlights()[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(host.shadowRoot).toBeNull(); // closed
    expect(document.body.innerHTML).toBe(before);
  });

  it('goes on Escape, a click, a navigation, after a few seconds, and when asked again', () => {
    document.body.innerHTML = '<button>Request User Role</button>';
    const show = () => expect(showWhere(window, ['Request User Role'])).toBe('shown');
    show();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(highlights()).toHaveLength(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(highlights()).toHaveLength(0);
    for (const type of ['pointerdown', 'pagehide', 'popstate', 'hashchange']) {
      show();
      window.dispatchEvent(new Event(type));
      expect(highlights(), type).toHaveLength(0);
    }
    show();
    show();
    expect(highlights()).toHaveLength(1);
    vi.useFakeTimers();
    show();
    vi.advanceTimersByTime(SHOW_MS);
    expect(highlights()).toHaveLength(0);
  });

  it('is not drawn, and the answer is not-found, when the control is not there', () => {
    document.body.innerHTML = '<button>Something else</button>';
    expect(showWhere(window, ['Request User Role'])).toBe('not-found');
    expect(highlights()).toHaveLength(0);
  });
});

describe('the show-where command (on the watch port)', () => {
  /** The content script as entrypoints/content.ts sets it up; `send` opens a port as `sender` and posts on it. */
  function setup() {
    const fake = fakeReporterRuntime();
    serveStepReports(fake.runtime, window, 'harp', { 'iqag:show-where': (m) => showWhere(window, m.names) }, () => ({
      current: () => null,
      route: () => '/',
      check() {},
      stop() {},
    }));
    return (m: unknown, sender: SenderInfo = PANEL_SENDER) => {
      const pair = fake.open(WATCH_PORT, sender);
      const before = pair.posted.length;
      if (pair.panel.isOpen()) pair.panel.postMessage(m);
      return pair.posted.slice(before);
    };
  }

  it('answers our panel with shown or not-found, at once, on the same port', () => {
    document.body.innerHTML = '<button>Request User Role</button>';
    const send = setup();
    expect(send(showWhereMessage(['Request User Role']))).toEqual([whereAnswer('shown')]);
    expect(send(showWhereMessage(['Login to Complete Setup']))).toEqual([whereAnswer('not-found')]);
    // Any of our own pages may hold the port (the panel opened in a tab is a page of ours too).
    expect(send(showWhereMessage(['Request User Role']), { id: OWN_ID, url: `${OWN_ORIGIN}/sidepanel.html?tabId=4` })).toEqual([whereAnswer('shown')]);
  });

  it('ignores ports from others and malformed asks, without an answer', () => {
    document.body.innerHTML = '<button>Request User Role</button>';
    const send = setup();
    expect(send(showWhereMessage(['Request User Role']), { id: 'other', url: PANEL_SENDER.url })).toEqual([]);
    expect(send(showWhereMessage(['Request User Role']), { id: OWN_ID, url: 'https://harp.cms.gov/' })).toEqual([]);
    for (const bad of [
      { type: 'iqag:show-where', names: [] },
      { type: 'iqag:show-where', names: 'Request User Role' },
      { type: 'iqag:show-where', names: ['x'.repeat(61)] },
      { type: 'iqag:show-where', names: ['a', 'b', 'c', 'd', 'e'].map((c) => c.repeat(3)) },
      { ...showWhereMessage(['Request User Role']), extra: 1 },
      // The page's own answer sent back to it is no command.
      whereAnswer('shown'),
    ]) {
      expect(send(bad), JSON.stringify(bad)).toEqual([]);
    }
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)).toHaveLength(0);
  });

  it('a page with no locator (no handler) takes no command and answers nothing', () => {
    document.body.innerHTML = '<button>Request User Role</button>';
    const fake = fakeReporterRuntime();
    serveStepReports(fake.runtime, window, 'harp', {}, () => ({ current: () => null, route: () => '/', check() {}, stop() {} }));
    const pair = fake.open(WATCH_PORT);
    const before = pair.posted.length;
    pair.panel.postMessage(showWhereMessage(['Request User Role']));
    expect(pair.posted.slice(before)).toEqual([]);
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)).toHaveLength(0);
  });
});
