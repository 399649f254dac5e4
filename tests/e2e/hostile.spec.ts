import type { Page } from '@playwright/test';
import { HOSTILE_CASES, HOSTILE_PREFIX, MEMBERS, STORM_PREFIX, hostileStep } from '../fixtures/pages/hostile';
import { WIZARD_PREFIX } from '../fixtures/pages/wizard';
import { detected, expect, openPanel, openSite, test } from './harness';

/**
 * Pages at the real hostnames that attack the guide: DOM clobbering, forged lifecycle events, listening for the
 * extension. Whatever the page does, it stays responsive and the panel reaches a definite answer: the right
 * step, or an honest "can't tell", never a stuck "loading".
 */
const state = (panel: Page) => panel.locator('main[data-page-state]');
/** The page still runs script: a hung tab never answers (the test's timeout then fails it). */
const responsive = async (page: Page) => expect(await page.evaluate(() => document.readyState)).toBe('complete');
const within = { timeout: 10_000 };

test('a control outside its form, named nextSibling, neither hangs the tab nor blinds the panel', async ({ session }) => {
  const { page, tabId } = await openSite(session, `${HOSTILE_PREFIX}case/cycle`);
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account', within);
  await responsive(page);
});

test('controls named after DOM members inside read elements: the step is told, and later navigations too', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
  const panel = await openPanel(session, tabId);
  for (const name of Object.keys(HOSTILE_CASES).filter((n) => n !== 'cycle')) {
    await page.goto(`${WIZARD_PREFIX}profile`);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile', within);
    await page.goto(`${HOSTILE_PREFIX}case/${name}`);
    await expect(detected(panel), name).toHaveAttribute('data-detected-step', 'harp-account', within);
    // The content script is still alive on this page: an in-page navigation to another view is reported.
    await page.evaluate(() => {
      history.pushState(null, '', '/hostile/elsewhere');
      document.querySelector('h1')!.textContent = 'Profile Information';
    });
    await expect(detected(panel), `${name}, after navigating`).toHaveAttribute('data-detected-step', 'harp-profile', within);
  }
  await responsive(page);
});

test(`a generated family of ${MEMBERS.length} clobbering pages: every page responsive, every answer right`, async ({ session }) => {
  test.setTimeout(240_000);
  const { page, tabId } = await openSite(session, `${HOSTILE_PREFIX}${MEMBERS[0]}`);
  const panel = await openPanel(session, tabId);
  const wrong: string[] = [];
  for (const [i, member] of MEMBERS.entries()) {
    await page.goto(`${HOSTILE_PREFIX}${member}`);
    // Consecutive pages show different steps, so each answer is this page's own.
    const answer = await expect
      .poll(async () => `${await state(panel).getAttribute('data-page-state')} ${await detected(panel).getAttribute('data-detected-step')}`, within)
      .toBe(`known ${hostileStep(i)}`)
      .then(() => 'ok')
      .catch(async () => `${member}: ${await state(panel).getAttribute('data-page-state')} "${await detected(panel).getAttribute('data-detected-step')}"`);
    if (answer !== 'ok') wrong.push(answer);
    await responsive(page);
  }
  expect(wrong).toEqual([]);
});

test('during a 1-ms DOM mutation storm on 20,000 controls, the page stays responsive and every change of step is told', async ({ session }) => {
  const { page, tabId } = await openSite(session, `${STORM_PREFIX}20000`);
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account', within);
  type Storm = { toggled: number; startStorm(): void; stopStorm(): void };
  await page.evaluate(() => (window as unknown as Storm).startStorm());
  // Changes of step in the middle of the storm: the observer is off between a change and its reading, and the
  // reader rests after costly readings; neither may lose a change.
  for (const [heading, step] of [['Profile Information', 'harp-profile'], ['Account Information', 'harp-account']] as const) {
    const from = await page.evaluate(() => (window as unknown as Storm).toggled);
    await page.evaluate((h) => (document.querySelector('h1')!.textContent = h), heading);
    await expect(detected(panel), heading).toHaveAttribute('data-detected-step', step, within);
    await expect.poll(() => page.evaluate(() => (window as unknown as Storm).toggled), within).toBeGreaterThan(from + 100);
    await responsive(page);
  }
  await page.evaluate(() => (window as unknown as Storm).stopStorm());
  await expect(state(panel)).toHaveAttribute('data-page-state', 'known');
});

test("the page's own pagehide events are ignored: a storm of them never blinds the panel", async ({ session }) => {
  const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  // Every state the panel shows from now on.
  await panel.evaluate(() => {
    const w = window as unknown as { states: string[] };
    w.states = [];
    const main = document.querySelector('main')!;
    new MutationObserver(() => w.states.push(main.dataset.pageState ?? '')).observe(main, { attributes: true, attributeFilter: ['data-page-state'] });
  });
  type Storm = { forged: number; storm: ReturnType<typeof setInterval> };
  await page.evaluate(() => {
    const w = window as unknown as Storm;
    w.forged = 0;
    w.storm = setInterval(() => {
      w.forged++;
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    }, 1);
  });
  await page.evaluate(() => (window as unknown as { go(p: string): void }).go('/wizard/account'));
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
  await expect.poll(() => page.evaluate(() => (window as unknown as Storm).forged)).toBeGreaterThan(200);
  await page.evaluate(() => clearInterval((window as unknown as Storm).storm));
  expect(await panel.evaluate(() => (window as unknown as { states: string[] }).states.filter((s) => s !== 'known'))).toEqual([]);
});

test("the page's main world sees nothing that carries the extension id, with or without a panel", async ({ session }) => {
  const id = session.extensionId;
  // Installed before any other script of the page: every message to the window, WXT's event names (which carry
  // the id), and anything the page could find in its DOM or performance timeline.
  await session.context.addInitScript((extId) => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const note = (kind: string, data: unknown) => {
      let text: string;
      try {
        text = JSON.stringify(data) ?? String(data);
      } catch {
        text = String(data);
      }
      seen.push(`${kind} ${text}`);
    };
    addEventListener('message', (e) => note('message', e.data), true);
    for (const name of ['content-script-started', 'locationchange']) {
      const type = `${extId}:content:wxt:${name}`;
      document.addEventListener(type, (e) => note(`event ${type}`, (e as CustomEvent).detail), true);
      addEventListener(type, (e) => note(`event ${type}`, (e as CustomEvent).detail), true);
    }
    new MutationObserver((records) => records.forEach((r) => note('dom', (r.target as Element).outerHTML ?? r.target.textContent))).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, id);
  // First with no panel (the content script only says READY), then with one following the tab.
  const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
  const panel = await openPanel(session, tabId);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  await page.evaluate(() => (window as unknown as { go(p: string): void }).go('/wizard/account'));
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
  await page.reload();
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');

  const found = await page.evaluate(() => [
    ...(window as unknown as { seen: string[] }).seen,
    ...performance.getEntries().map((e) => `performance ${e.name}`),
    `html ${document.documentElement.outerHTML}`,
  ]);
  expect(found.filter((s) => s.includes(id))).toEqual([]);
  // Positive control: what the page posts itself is seen, id and all.
  await page.evaluate((extId) => postMessage({ probe: extId }, '*'), id);
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.filter((s) => s.startsWith('message')))).toEqual([`message {"probe":"${id}"}`]);
});

test('a deeply nested import file gets a plain message, not a stack overflow', async ({ session }) => {
  const panel = await openPanel(session, 0);
  await panel.locator('[data-testid="workspace"] > summary').click();
  const deep = '['.repeat(8000) + ']'.repeat(8000);
  await panel.getByLabel(/Import progress/).setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(panel.getByTestId('import-errors')).toContainText('(file): nested more than 32 levels deep; this is not a progress file');
});
