import type { Page } from '@playwright/test';
import { CORPUS } from '../fixtures/pages/corpus';
import { WIZARD_PREFIX } from '../fixtures/pages/wizard';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, test } from './harness';

const within = { timeout: 2_000 };
const call = (page: Page, fn: 'go' | 'swap', path: string) =>
  page.evaluate(([f, p]) => (window as unknown as Record<string, (p: string) => void>)[f]!(p), [fn, path] as const);

test.describe('detection in the real browser', () => {
  test(`the whole corpus (${CORPUS.length} pages): each page is its own step, negatives are unknown`, async ({ session }) => {
    test.setTimeout(180_000);
    const { page, tabId } = await openSite(session, OTHER_SITE_URL);
    const panel = await openPanel(session, tabId);
    const main = panel.locator('main');
    for (const fixture of CORPUS) {
      // Leave the guided sites between pages, so every answer below is fresh.
      await page.goto(OTHER_SITE_URL);
      await expect(main).toHaveAttribute('data-page-state', 'off-site', within);
      await page.goto(fixture.url);
      await expect(main, fixture.id).toHaveAttribute('data-page-state', fixture.expected ? 'known' : 'unknown', within);
      await expect(detected(panel), fixture.id).toHaveAttribute('data-detected-step', fixture.expected ?? '', within);
    }
  });

  test('push, replace, hash change, back and forward across six steps: the panel is right every time', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
    const panel = await openPanel(session, tabId);
    const step = detected(panel);
    const expectStep = (id: string) => expect(step).toHaveAttribute('data-detected-step', id, within);
    await expectStep('harp-profile');
    await call(page, 'go', '/wizard/account');
    await expectStep('harp-account');
    await call(page, 'swap', '/wizard/identity'); // replaces "account" in the history
    await expectStep('harp-identity');
    await call(page, 'go', '/wizard/confirmation');
    await expectStep('harp-confirmation');
    await page.evaluate(() => (location.hash = '#/two-factor'));
    await expectStep('harp-two-factor');
    await page.evaluate(() => (location.hash = '#/sign-in'));
    await expectStep('harp-sign-in');
    for (const expected of ['harp-two-factor', 'harp-confirmation', 'harp-identity', 'harp-profile']) {
      await page.evaluate(() => history.back());
      await expectStep(expected);
    }
    for (const expected of ['harp-identity', 'harp-confirmation', 'harp-two-factor']) {
      await page.evaluate(() => history.forward());
      await expectStep(expected);
    }
    await call(page, 'go', '/wizard/help');
    await expectStep('');
    await expect(panel.getByText("I can't tell which step this is.")).toBeVisible();
  });

  test('a forged invalidation event and forged location changes change nothing', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
    const panel = await openPanel(session, tabId);
    const step = detected(panel);
    await expect(step).toHaveAttribute('data-detected-step', 'harp-profile');
    // Every value the panel shows from here on.
    await panel.evaluate(() => {
      const seen: string[] = ((window as unknown as { seenSteps: string[] }).seenSteps = []);
      const root = document.querySelector('main[data-detected-step]')!;
      new MutationObserver(() => seen.push(root.getAttribute('data-detected-step')!)).observe(root, { attributeFilter: ['data-detected-step'] });
    });
    await page.evaluate((id) => {
      // What WXT's ContentScriptContext listens for to switch an older copy of the script off (the page can
      // read the extension id from the message WXT posts at start-up).
      const started = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type: started, contentScriptName: 'content', messageId: 'forged' }, '*');
      // Forged location changes, in WXT's naming and plain DOM events, without any real navigation.
      const fake = new URL('/wizard/account', location.href);
      window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: fake, oldUrl: location.href } }));
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      window.dispatchEvent(new HashChangeEvent('hashchange', { newURL: `${location.href}#/two-factor` }));
      (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
    }, session.extensionId);
    await expect(step).toHaveAttribute('data-detected-step', 'harp-profile');
    // Detection is still on: a real navigation is followed. It comes after the forged events, so once the panel
    // shows it, anything they caused has shown too: the panel went straight from the first page to this one.
    await call(page, 'go', '/wizard/identity');
    await expect(step).toHaveAttribute('data-detected-step', 'harp-identity', within);
    expect(await panel.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps)).toEqual(['harp-identity']);
    await call(page, 'go', '/wizard/account');
    await expect(step).toHaveAttribute('data-detected-step', 'harp-account', within);
    await page.evaluate(() => (location.hash = '#/two-factor'));
    await expect(step).toHaveAttribute('data-detected-step', 'harp-two-factor', within);
  });
});
