import type { CDPSession, Page } from '@playwright/test';
import { CONTROLS } from '../../utils/page/controls';
import { CORPUS, LATE_MS } from '../fixtures/pages/corpus';
import { WIZARD_PREFIX } from '../fixtures/pages/wizard';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, panelUrl, test } from './harness';

/**
 * Installed in the content script's own isolated world (not the page's): every form-value getter and FormData
 * report a read. Console messages from that world reach the test through CDP, tagged with the context id.
 */
const TRAP_HEAD = `
  if (globalThis.__iqagTrapped) return 'again';
  globalThis.__iqagTrapped = true;
  const report = console.debug.bind(console);
  const wrap = (proto, prop, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, { ...d, get() { report('IQAG-READ ' + name); return d.get.call(this); } });
  };
  const wrapCall = (proto, prop, name) => {
    const f = proto[prop];
    proto[prop] = function (...args) {
      report('IQAG-READ ' + name);
      // A test can make every query fail (set from this world), to see what a reading error leaves behind.
      if (globalThis.__iqagFail) throw new TypeError('forced by the test');
      return f.apply(this, args);
    };
  };`;
const FORM_TRAP = `(() => {${TRAP_HEAD}
  wrap(HTMLInputElement.prototype, 'value', 'input.value');
  wrap(HTMLInputElement.prototype, 'checked', 'input.checked');
  wrap(HTMLInputElement.prototype, 'files', 'input.files');
  wrap(HTMLTextAreaElement.prototype, 'value', 'textarea.value');
  wrap(HTMLSelectElement.prototype, 'value', 'select.value');
  wrap(HTMLSelectElement.prototype, 'selectedOptions', 'select.selectedOptions');
  wrap(HTMLSelectElement.prototype, 'selectedIndex', 'select.selectedIndex');
  wrap(HTMLOptionElement.prototype, 'selected', 'option.selected');
  wrap(HTMLOptionElement.prototype, 'value', 'option.value');
  const RealFormData = FormData;
  globalThis.FormData = new Proxy(RealFormData, { construct(t, a) { report('IQAG-READ FormData'); return Reflect.construct(t, a); } });
  return 'trapped';
})()`;
/**
 * What a user picked in an ARIA widget (listbox, combobox, radio, tab, checkbox, switch, menu, grid): the form trap,
 * plus every read of a widget's state (aria-selected, aria-checked, their reflections, the active descendant), every
 * selector asking for it, and every read of text inside a widget.
 */
const WIDGET_SELECTOR = '[role~=listbox],[role~=menu],[role~=radiogroup],[role~=tablist],[role~=combobox],[role~=grid],[role~=option],[role~=menuitemradio],[role~=radio],[role~=tab],[role~=menuitemcheckbox],[role~=checkbox],[role~=switch],[aria-selected],[aria-checked]';
const WIDGET_TRAP = `${FORM_TRAP.slice(0, FORM_TRAP.lastIndexOf("return 'trapped'"))}
  const STATE = /^(?:aria-(?:selected|checked|pressed|activedescendant|valuenow|valuetext))$/i;
  const ASKS = /aria-(?:selected|checked)\\s*[~|^$*]?=|:checked/i;
  const inWidget = (node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return !!el && !!Element.prototype.closest.call(el, ${JSON.stringify(WIDGET_SELECTOR)});
  };
  const attr = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (n) { if (STATE.test(n)) report('IQAG-READ getAttribute(' + n + ')'); return attr.call(this, n); };
  for (const p of ['ariaSelected', 'ariaChecked', 'ariaPressed', 'ariaActiveDescendantElement', 'ariaValueNow', 'ariaValueText']) {
    if (Object.getOwnPropertyDescriptor(Element.prototype, p)) wrap(Element.prototype, p, 'element.' + p);
  }
  for (const [proto, name] of [[Document.prototype, 'querySelectorAll'], [Document.prototype, 'querySelector'], [Element.prototype, 'querySelectorAll'], [Element.prototype, 'querySelector'], [Element.prototype, 'closest'], [Element.prototype, 'matches']]) {
    const f = proto[name];
    proto[name] = function (s, ...rest) { if (ASKS.test(String(s))) report('IQAG-READ ' + name + ' ' + s); return f.call(this, s, ...rest); };
  }
  const text = (proto, prop) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, { ...d, get() { if (inWidget(this)) report('IQAG-READ ' + prop + ' inside a widget'); return d.get.call(this); } });
  };
  text(Node.prototype, 'textContent');
  text(Node.prototype, 'nodeValue');
  text(HTMLElement.prototype, 'innerText');
  return 'trapped';
})()`;
/** A guided page with a choice made in each kind of ARIA widget; the chosen items name other steps. */
const WIDGET_PAGE = `<!doctype html><title>Profile Information</title><h1>HARP</h1><h2>Profile Information</h2>
<label>Jump to <ul role="listbox"><li role="option">Profile Information</li><li role="option" class="active" aria-selected="true">Account Information</li></ul></label>
<div role="radiogroup" aria-label="Plan"><div role="radio" class="step active" aria-checked="true">Remote Proofing</div><div role="radio" aria-checked="false">Other</div></div>
<div role="tablist"><button role="tab" aria-selected="true" aria-current="step">Two-Factor Authentication</button><button role="tab" aria-selected="false">More</button></div>
<div role="menu"><div role="menuitemradio" aria-checked="true" aria-current="true">Request Submitted</div></div>
<label>State <div role="combobox" aria-expanded="false">SENTINEL-COMBO</div></label><button role="combobox">SENTINEL-COMBO-BUTTON</button>
<label><span role="checkbox" aria-checked="true">SENTINEL-CHECK</span> I agree</label><span role="switch" aria-checked="true">SENTINEL-SWITCH</span>
<div role="grid"><div role="row" aria-selected="true"><span class="step active">SENTINEL-GRID</span></div></div>
<ul><li class="active" aria-selected="true">SENTINEL-SELECTED</li></ul><button>Next</button>`;

/** Every way the content script reads or watches the page: title, element queries, headings' text, DOM changes. */
const PAGE_TRAP = `(() => {${TRAP_HEAD}
  wrap(Document.prototype, 'title', 'document.title');
  wrapCall(Document.prototype, 'querySelectorAll', 'document.querySelectorAll');
  wrapCall(Document.prototype, 'querySelector', 'document.querySelector');
  wrapCall(Element.prototype, 'querySelectorAll', 'element.querySelectorAll');
  wrap(Node.prototype, 'firstChild', 'node.firstChild');
  wrap(Node.prototype, 'textContent', 'node.textContent');
  wrapCall(MutationObserver.prototype, 'observe', 'MutationObserver.observe');
  return 'trapped';
})()`;

/**
 * With no panel open on iQIES the content script may learn one thing: whether the page offers a sign-out control.
 * This trap reports every read as above, plus form values, and tells reads of controls (links and buttons matched by
 * the one selector it may use) from reads of anything else.
 */
const CLOSED_TRAP = `(() => {${TRAP_HEAD}
  const SEL = ${JSON.stringify(CONTROLS)};
  const where = (node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return el && Element.prototype.closest.call(el, SEL) ? 'in a control' : 'OUTSIDE a control';
  };
  const spy = (proto, prop, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, { ...d, get() { report('IQAG-READ ' + name + ' ' + where(this)); return d.get.call(this); } });
  };
  wrap(Document.prototype, 'title', 'document.title');
  const qsa = Document.prototype.querySelectorAll;
  Document.prototype.querySelectorAll = function (s) { report('IQAG-READ document.querySelectorAll ' + s); return qsa.call(this, s); };
  wrapCall(Document.prototype, 'querySelector', 'document.querySelector');
  wrapCall(Element.prototype, 'querySelectorAll', 'element.querySelectorAll');
  wrapCall(MutationObserver.prototype, 'observe', 'MutationObserver.observe');
  spy(Node.prototype, 'textContent', 'textContent');
  spy(Node.prototype, 'nodeValue', 'nodeValue');
  spy(Node.prototype, 'firstChild', 'firstChild');
  const attr = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (n) { report('IQAG-READ getAttribute(' + n + ') ' + where(this)); return attr.call(this, n); };
  wrap(HTMLInputElement.prototype, 'value', 'input.value');
  wrap(HTMLInputElement.prototype, 'checked', 'input.checked');
  wrap(HTMLTextAreaElement.prototype, 'value', 'textarea.value');
  wrap(HTMLSelectElement.prototype, 'value', 'select.value');
  const RealFormData = FormData;
  globalThis.FormData = new Proxy(RealFormData, { construct(t, a) { report('IQAG-READ FormData'); return Reflect.construct(t, a); } });
  return 'trapped';
})()`;

interface Trap {
  reads: string[];
  /** Isolated-world contexts of our content script, by id, that carry the trap. */
  trapped: Set<number>;
  isolated: Map<number, string>;
}

/**
 * Pause before every script runs; when the script about to run is our content script, install the trap in its
 * (isolated) world before its first statement, then resume.
 */
async function armTrap(cdp: CDPSession, extensionId: string, source = FORM_TRAP): Promise<Trap> {
  const trap: Trap = { reads: [], trapped: new Set(), isolated: new Map() };
  const contentScript = `chrome-extension://${extensionId}/content-scripts/`;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.includes(extensionId)) trap.isolated.set(context.id, context.name);
  });
  cdp.on('Runtime.consoleAPICalled', ({ args, executionContextId }) => {
    const text = String(args[0]?.value ?? '');
    if (text.startsWith('IQAG-READ') && trap.isolated.has(executionContextId)) trap.reads.push(text);
  });
  const scriptContexts = new Map<string, number>();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url, executionContextId }) => {
    if (url.startsWith(contentScript)) scriptContexts.set(scriptId, executionContextId);
  });
  // An instrumentation pause cannot evaluate, so it sets a breakpoint on the script's first position; that
  // pause can, and installs the trap from the script's own call frame (its isolated world).
  cdp.on('Debugger.paused', ({ reason, callFrames }) => {
    const frame = callFrames[0];
    const contextId = frame ? scriptContexts.get(frame.location.scriptId) : undefined;
    let step: Promise<unknown> = Promise.resolve();
    if (frame && contextId !== undefined && !trap.trapped.has(contextId)) {
      step =
        reason === 'instrumentation'
          ? cdp.send('Debugger.setBreakpoint', { location: { scriptId: frame.location.scriptId, lineNumber: 0, columnNumber: 0 } })
          : cdp.send('Debugger.evaluateOnCallFrame', { callFrameId: frame.callFrameId, expression: source }).then(() => trap.trapped.add(contextId));
    }
    void step.catch(() => undefined).finally(() => cdp.send('Debugger.resume').catch(() => undefined));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' });
  return trap;
}

const go = (page: Page, fn: 'go' | 'swap', path: string) =>
  page.evaluate(([f, p]) => (window as unknown as Record<string, (p: string) => void>)[f]!(p), [fn, path] as const);

test('the content script never reads a form value: loads and in-page navigations, with form getters trapped', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  const panel = await openPanel(session, tabId);
  const step = detected(panel);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId);
  const within = { timeout: 3_000 };

  // Loads: the trap is in place before the content script's first statement runs.
  const late = CORPUS.filter((p) => p.expected && p.late).slice(0, 3);
  const plain = CORPUS.filter((p) => p.expected && !p.late).slice(0, 4);
  for (const fixture of [...plain, ...late]) {
    await page.goto(fixture.url);
    await expect(step, fixture.id).toHaveAttribute('data-detected-step', fixture.expected!, within);
  }
  // In-page navigations in one document: push, replace, hash change, back, forward.
  await page.goto(`${WIZARD_PREFIX}profile`);
  await expect(step).toHaveAttribute('data-detected-step', 'harp-profile', within);
  await go(page, 'go', '/wizard/account');
  await expect(step).toHaveAttribute('data-detected-step', 'harp-account', within);
  await go(page, 'swap', '/wizard/sign-in');
  await expect(step).toHaveAttribute('data-detected-step', 'harp-sign-in', within);
  await page.evaluate(() => (location.hash = '#/two-factor'));
  await expect(step).toHaveAttribute('data-detected-step', 'harp-two-factor', within);
  await page.evaluate(() => history.back());
  await expect(step).toHaveAttribute('data-detected-step', 'harp-sign-in', within);
  await page.evaluate(() => history.forward());
  await expect(step).toHaveAttribute('data-detected-step', 'harp-two-factor', within);

  expect(trap.trapped.size, 'isolated worlds trapped (one per load)').toBeGreaterThanOrEqual(plain.length + late.length + 1);
  expect(trap.reads, 'form values read by the content script').toEqual([]);

  // Positive control: a read in the same isolated world is caught.
  const contextId = [...trap.trapped].pop();
  await cdp.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' }).catch(() => undefined);
  await cdp.send('Debugger.disable');
  await cdp.send('Runtime.evaluate', {
    expression: "document.querySelector('input').value; document.querySelector('select')?.selectedOptions; new FormData();",
    contextId: contextId!,
  });
  await expect.poll(() => trap.reads.length).toBeGreaterThanOrEqual(2);
  expect(trap.reads).toContain('IQAG-READ input.value');
  expect(trap.reads).toContain('IQAG-READ FormData');
});

test('the content script never reads what a user picked in an ARIA widget, with widget state and widget text trapped', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  await page.route('https://harp.cms.gov/register/profile-info', (route) => route.fulfill({ contentType: 'text/html', body: WIDGET_PAGE }));
  const panel = await openPanel(session, tabId);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId, WIDGET_TRAP);
  await page.goto('https://harp.cms.gov/register/profile-info');
  // The heading decides the step; no chosen item (each names another step) is read.
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  // The user picks another option: the page changes, is read again, and the choice is still not read.
  await page.evaluate(() => {
    const [a, b] = document.querySelectorAll('[role=option]');
    a!.setAttribute('aria-selected', 'true');
    a!.className = 'active';
    b!.setAttribute('aria-selected', 'false');
    b!.className = '';
    document.body.insertAdjacentHTML('beforeend', '<h3>Changed</h3>');
  });
  await page.waitForTimeout(300);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  expect(trap.trapped.size, 'isolated worlds trapped').toBe(1);
  expect(trap.reads, 'widget choices read by the content script').toEqual([]);

  // Positive control: reads of a widget's state and text in the same isolated world are caught.
  const contextId = [...trap.trapped][0]!;
  await cdp.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' }).catch(() => undefined);
  await cdp.send('Debugger.disable');
  await cdp.send('Runtime.evaluate', {
    expression: "const o = document.querySelector('[role=option]'); o.getAttribute('aria-selected'); o.textContent; document.querySelectorAll('[aria-selected=true]');",
    contextId,
  });
  await expect.poll(() => trap.reads.length).toBeGreaterThanOrEqual(3);
  expect(trap.reads).toContain('IQAG-READ getAttribute(aria-selected)');
  expect(trap.reads).toContain('IQAG-READ textContent inside a widget');
});

test('with no panel following the tab the content script does not read the page; a panel starts it, closing it stops it', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId, PAGE_TRAP);
  const pages = [...CORPUS.filter((p) => p.expected && p.late).slice(0, 1), ...CORPUS.filter((p) => p.expected && !p.late).slice(0, 2)];
  for (const fixture of pages) {
    await page.goto(fixture.url);
    await page.waitForTimeout(LATE_MS + 200);
  }
  expect(trap.trapped.size, 'isolated worlds trapped (one per load)').toBe(pages.length);
  expect(trap.reads, 'page reads with no panel open').toEqual([]);

  // A panel following this tab makes it read (the positive control, in the real flow)…
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', pages.at(-1)!.expected!);
  expect(trap.reads).toContain('IQAG-READ document.querySelectorAll');
  expect(trap.reads).toContain('IQAG-READ MutationObserver.observe');
  // …and closing it stops the reading: DOM changes and in-page navigation are no longer looked at.
  await panel.close();
  await page.waitForTimeout(200);
  const before = trap.reads.length;
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<h2>Account Information</h2>');
    history.pushState(null, '', '/elsewhere');
  });
  await page.waitForTimeout(300);
  expect(trap.reads.slice(before), 'page reads after the panel closed').toEqual([]);
});

test('the privacy screen blurs sentinel-valued fields while presenting, with form getters trapped: zero reads', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId);
  await page.goto('https://harp.cms.gov/register/profile-info');
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}&mode=present`);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  // Computed style from the page's own world (the trap lives in the content script's world).
  const blurOf = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).filter, selector);
  for (const selector of ['#ssn', '#addr', '#st', '#fn']) await expect.poll(() => blurOf(selector), selector).toContain('blur');
  // Presenting stops: the fields are clear again.
  await panel.getByTestId('presenter-toggle').click();
  await expect.poll(() => blurOf('#ssn')).toBe('none');
  // On again, then the panel closes while presenting: the fields are clear again.
  await panel.getByTestId('presenter-toggle').click();
  await expect.poll(() => blurOf('#ssn')).toContain('blur');
  await panel.close({ runBeforeUnload: true });
  await expect.poll(() => blurOf('#ssn')).toBe('none');
  expect(trap.trapped.size, 'isolated worlds trapped').toBeGreaterThanOrEqual(1);
  expect(trap.reads, 'form values read by the content script').toEqual([]);
});

test('after 20 panels opened and closed, half of them on a reading that fails, nothing reads the page', async ({ session }) => {
  test.setTimeout(180_000);
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId, PAGE_TRAP);
  await page.goto(`${WIZARD_PREFIX}profile`);
  await expect.poll(() => trap.trapped.size).toBe(1);
  const contextId = [...trap.trapped][0]!;
  const failReads = (on: boolean) => cdp.send('Runtime.evaluate', { expression: `globalThis.__iqagFail = ${on}`, contextId });
  const panel = await session.context.newPage();
  for (let i = 0; i < 20; i++) {
    const failing = i % 2 === 1;
    await failReads(failing);
    await panel.goto(panelUrl(session, tabId));
    // A reading that fails is an honest "can't tell", never a panel left on "loading".
    await expect(panel.locator('main'), `panel ${i}`).toHaveAttribute('data-page-state', failing ? 'unknown' : 'known');
    await expect(detected(panel), `panel ${i}`).toHaveAttribute('data-detected-step', failing ? '' : 'harp-profile');
    // A change while it watches: read again (and fail again) while the panel is open.
    await page.evaluate((n) => document.body.insertAdjacentHTML('beforeend', `<p>change ${n}</p>`), i);
    await panel.goto('about:blank');
  }
  await panel.close();
  await failReads(false);
  // Give the last port's closing time to reach the page (the absence of reads can only be seen over a while).
  await page.waitForTimeout(300);
  const before = trap.reads.length;
  await go(page, 'go', '/wizard/account');
  await page.evaluate(() => document.body.setAttribute('class', 'changed'));
  await page.waitForTimeout(500);
  expect(trap.reads.slice(before), 'page reads with no panel after 20 panels and 10 failed readings').toEqual([]);

  // Positive control: one more panel reads the page again.
  const last = await openPanel(session, tabId);
  await expect(detected(last)).toHaveAttribute('data-detected-step', 'harp-account');
  expect(trap.reads.length).toBeGreaterThan(before);
});

test('on iQIES with no panel open the content script reads only the URL and whether a sign-out control is offered; on the sign-in page, nothing', async ({ session }) => {
  test.setTimeout(90_000);
  const { page } = await openSite(session, OTHER_SITE_URL);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId, CLOSED_TRAP);
  const worker = session.context.serviceWorkers()[0]!;
  const stored = () => worker.evaluate(async () => (await chrome.storage.local.get('activity:iqies-last-signed-in'))['activity:iqies-last-signed-in']);

  // The sign-in page (its fields hold sentinel values): not read at all.
  await page.goto('https://iqies.cms.gov/login');
  await expect.poll(() => trap.trapped.size).toBe(1);
  // The script decides on a sign-in page synchronously at load: no read, no write.
  await expect(page.getByRole('heading', { name: 'Sign In' })).toBeVisible();
  expect(trap.reads, 'reads on the iQIES sign-in page').toEqual([]);
  expect(await stored()).toBeUndefined();

  // A signed-in page with a form field holding a value: the check finds the sign-out control and stops there.
  await page.goto('https://iqies.cms.gov/request-submitted');
  await expect.poll(() => trap.trapped.size).toBe(2);
  await expect.poll(stored).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const allowed = new Set([
    `IQAG-READ document.querySelectorAll ${CONTROLS}`,
    'IQAG-READ getAttribute(aria-label) in a control',
    'IQAG-READ getAttribute(type) in a control',
    'IQAG-READ getAttribute(href) in a control',
    'IQAG-READ textContent in a control',
  ]);
  expect(trap.reads.length, 'the check ran').toBeGreaterThan(0);
  expect(trap.reads.filter((r) => !allowed.has(r)), 'reads beyond the sign-out check').toEqual([]);
  // Nothing more happens on the page: no observer, no later reads (the page has been signed-in since load).
  const before = trap.reads.length;
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<h2>Account Information</h2><button>Sign out</button>'));
  await page.waitForTimeout(300);
  expect(trap.reads.slice(before), 'reads after the check').toEqual([]);
});

/** The form trap, plus getAttribute('value') on any input that is not a submit or button input (whose value is its label). */
const SHOW_WHERE_TRAP = FORM_TRAP.replace(
  "return 'trapped';",
  `const attr = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (n) {
    if (String(n).toLowerCase() === 'value' && this instanceof HTMLInputElement && !/^(submit|button)$/i.test(attr.call(this, 'type') || '')) report('IQAG-READ input[value] attribute');
    return attr.call(this, n);
  };
  return 'trapped';`,
);

test('"Show me where" reads no form value: the outline is drawn with value getters and value attributes trapped', async ({ session }) => {
  test.setTimeout(90_000);
  const url = 'https://harp.cms.gov/show-where-privacy/confirmation';
  await session.context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>HARP</title><h1>Confirmation</h1>
        <form onsubmit="return false"><label>Email <input id="email" value="SENTINEL-EMAIL-8812"></label>
        <input type="text" role="button" value="Login to Complete Setup"><select><option selected>SENTINEL-OPT</option></select>
        <textarea>SENTINEL-TEXT</textarea><input type="submit" value="Not this one"></form>
        <button id="target">Login to Complete Setup</button></html>`,
    }),
  );
  const { page, tabId } = await openSite(session, OTHER_SITE_URL);
  const cdp = await session.context.newCDPSession(page);
  const trap = await armTrap(cdp, session.extensionId, SHOW_WHERE_TRAP);
  await page.goto(url);
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-confirmation');
  await panel.locator('button[data-show-where]').click();
  await expect(panel.locator('main')).toHaveAttribute('data-show-where', 'shown');
  expect(await page.evaluate(() => document.querySelectorAll('[data-iqag-highlight]').length)).toBe(1);
  expect(trap.trapped.size, 'isolated worlds trapped').toBe(1);
  expect(trap.reads, 'form values read while showing where').toEqual([]);

  // Positive control: the same reads from that world are caught.
  await cdp.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' }).catch(() => undefined);
  await cdp.send('Debugger.disable');
  await cdp.send('Runtime.evaluate', { expression: "document.querySelector('#email').getAttribute('value'); document.querySelector('#email').value", contextId: [...trap.trapped][0]! });
  await expect.poll(() => trap.reads).toEqual(['IQAG-READ input[value] attribute', 'IQAG-READ input.value']);
});
