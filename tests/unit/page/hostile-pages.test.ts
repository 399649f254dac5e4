import { describe, expect, it } from 'vitest';
import { detectStep } from '@/utils/steps/detect-step';
import { MAX_SCAN, MAX_WALK, READ_NODES, readBudget, safeText, takeSnapshot } from '@/utils/page/snapshot';
import { RULES } from '@/utils/steps/rules';
import { CONTAINERS, HOSTILE_SENTINEL, MEMBERS, hostilePage, hostileStep } from '../../fixtures/pages/hostile';

const loc = { hostname: 'harp.cms.gov', pathname: '/hostile/x', hash: '' };
/** A getter read more often than any bounded walk could: the reader is going round in circles. */
const LOOPING = 100_000;

/**
 * Builds a page and shadows members the way Chromium does (happy-dom does not): a form answers a control's name
 * with the control (also for a control placed outside it with form="…"), the document answers a named form or
 * image. As in a browser, only script sees the shadow: happy-dom's own code (the browser's internals here) gets
 * the real member. The getters count their reads, and throw once a reader has gone round too often, so a hang
 * fails fast instead of freezing the test run.
 */
function clobbered(html: string): Document {
  const doc = document.implementation.createHTMLDocument('Practice: hostile page');
  doc.documentElement.innerHTML = html;
  const shadow = (target: object, name: string, value: unknown) => {
    let reads = 0;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        // The first caller that is not happy-dom's own proxy for forms (a Proxy whose get trap calls this getter).
        const caller = (new Error().stack ?? '').split('\n').slice(2).find((f) => !/at Object\.get .*happy-dom/.test(f)) ?? '';
        if (caller.includes('happy-dom')) {
          for (let p = Object.getPrototypeOf(this); p; p = Object.getPrototypeOf(p)) {
            const real = Object.getOwnPropertyDescriptor(p, name);
            if (real) return real.get ? real.get.call(this) : real.value;
          }
        }
        if (++reads > LOOPING) throw new Error(`walked round ${name} ${LOOPING} times`);
        return value;
      },
    });
  };
  for (const control of doc.querySelectorAll('input[name]')) {
    const formId = control.getAttribute('form');
    const form = formId ? doc.getElementById(formId) : control.closest('form');
    if (form) shadow(form, control.getAttribute('name')!, control);
  }
  for (const named of doc.querySelectorAll('form[name], img[name]')) shadow(doc, named.getAttribute('name')!, named);
  return doc;
}

/** Read with no time limit: these tests are about what is read, and happy-dom under load is slow. */
const read = (doc: Document) => {
  const snapshot = takeSnapshot(doc, loc, readBudget(READ_NODES, Infinity));
  return { snapshot, step: detectStep(snapshot, RULES).step };
};

describe('a page that shadows DOM members cannot hang, crash or fool the reader', () => {
  it('a control outside its form, named nextSibling, does not send the text walk round in a circle', () => {
    const doc = clobbered(`<h1>Account Information</h1><h2><span>Note</span><input name="nextSibling" form="cyc"><form id="cyc" hidden></form></h2>`);
    const { snapshot, step } = read(doc);
    expect(snapshot.headings).toEqual(['Account Information', 'Note']);
    expect(step).toBe('harp-account');
  });

  it.each([
    ['a form that is a heading, with a control named closest', `<form role="heading"><input name="closest"></form>`],
    ['a form that is the current step, with a control named matches', `<form aria-current="step"><input name="matches"></form>`],
    ['a form inside a heading, with a control named getAttribute', `<h3><b>Note</b><form><input name="getAttribute"></form></h3>`],
    ['a named image shadowing the document title', `<img name="title">`],
    ['a named form shadowing querySelectorAll on the document', `<form name="querySelectorAll"></form>`],
  ])('%s is read without an error', (_label, html) => {
    const { step } = read(clobbered(`<h1>Account Information</h1>${html}`));
    expect(step).toBe('harp-account');
  });

  // The generated family: every member in every container (the window's members are left to the e2e tests:
  // here the window is Node's global).
  const pairs = Object.entries(CONTAINERS)
    .filter(([name]) => name !== 'window')
    .flatMap(([name, container]) => MEMBERS.map((m, i) => [name, m, i, container(m, i)] as const));
  it(`reads all ${pairs.length} generated pages (${MEMBERS.length} members × ${Object.keys(CONTAINERS).length - 1} containers): right step, no value`, () => {
    const wrong: string[] = [];
    for (const [name, m, i, part] of pairs) {
      let result: string;
      try {
        const { snapshot, step } = read(clobbered(hostilePage(i, [part])));
        result = JSON.stringify(snapshot).includes(HOSTILE_SENTINEL) ? 'read a value' : step === hostileStep(i) ? 'ok' : `step ${step}`;
      } catch (error) {
        result = String(error);
      }
      if (result !== 'ok') wrong.push(`${name} × ${m}: ${result}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('every reading is bounded, whatever the page', () => {
  it('looks at no more than MAX_SCAN elements of a kind: 1,000 icon-only buttons hide the text after them', () => {
    const doc = clobbered(`<h1>Account Information</h1>${'<button><i class="icon"></i></button>'.repeat(1000)}<button>Next</button>`);
    expect(read(doc).snapshot.buttons).toEqual([]);
    const few = clobbered(`<h1>Account Information</h1>${'<button><i class="icon"></i></button>'.repeat(MAX_SCAN - 1)}<button>Next</button>`);
    expect(read(few).snapshot.buttons).toEqual(['Next']);
  });

  it('stops walking an element after MAX_WALK nodes (a heading holding a huge run of skipped controls)', () => {
    const h2 = clobbered(`<h2>Account <b>Information</b>${'<input>'.repeat(5 * MAX_WALK)}<b>SENTINEL-AFTER-THE-RUN</b></h2>`).querySelector('h2')!;
    expect(safeText(h2)).toBe('Account Information');
  });

  it('stops a whole reading when its node budget is spent, keeping what it read first', () => {
    const doc = clobbered(`<h1>Account Information</h1>${'<label><b>L</b></label>'.repeat(100)}`);
    const s = takeSnapshot(doc, loc, readBudget(20));
    expect(s.headings).toEqual(['Account Information']);
    expect(s.labels.length).toBeLessThan(10);
  });

  it('stops a whole reading when its time is up', () => {
    const doc = clobbered(`<h1>Account Information</h1><label>First Name</label>`);
    const s = takeSnapshot(doc, loc, readBudget(Infinity, -1));
    expect(s.headings).toEqual([]);
    expect(s.labels).toEqual([]);
  });

  it('stops walking a deeply nested heading after MAX_WALK nodes', () => {
    const nested = (depth: number) => {
      let inner: Element = document.createElement('span');
      inner.textContent = 'Account Information';
      for (let i = 1; i < depth; i++) {
        const outer = document.createElement('span');
        outer.append(inner);
        inner = outer;
      }
      const h2 = document.createElement('h2');
      h2.append(inner);
      return h2;
    };
    expect(safeText(nested(MAX_WALK + 10))).toBe('');
    expect(safeText(nested(MAX_WALK - 1))).toBe('Account Information');
  });
});
