import { PRACTICE_PAGES, SENTINEL, SPA_PREFIX } from '../fixtures/pages';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, panelUrl, test } from './harness';

test.describe('the panel follows the page', () => {
  for (const practice of PRACTICE_PAGES) {
    test(`${practice.url} → "${practice.expected ?? ''}"`, async ({ session }) => {
      const { tabId } = await openSite(session, practice.url);
      const panel = await openPanel(session, tabId);
      await expect(detected(panel)).toHaveAttribute('data-detected-step', practice.expected ?? '');
      if (practice.expected) {
        const current = panel.locator('[aria-current="step"]');
        await expect(current).toHaveAttribute('data-step-id', practice.expected);
        await expect(panel.locator('input[type=checkbox][data-item-id]').first()).toBeVisible();
      } else {
        await expect(panel.getByText("I can't tell which step this is.")).toBeVisible();
        await expect(panel.locator('[aria-current="step"]')).toHaveCount(0);
      }
      await expect(panel.locator('body')).not.toContainText(SENTINEL);
    });
  }

  test('without ?tabId the panel follows the active tab of its window as the user switches tabs', async ({ session }) => {
    const profile = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const welcome = await openSite(session, 'https://iqies.cms.gov/');
    const panel = await session.context.newPage();
    await panel.goto(panelUrl(session));
    // The panel's own tab is the active one now: not a guided site.
    await expect(panel.locator('main')).toHaveAttribute('data-page-state', 'off-site');
    await profile.page.bringToFront();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'harp-profile');
    await welcome.page.bringToFront();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    // The followed tab navigates: still followed.
    await welcome.page.goto('https://iqies.cms.gov/user-category');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-user-category');
  });

  test('a page on another site shows the journey overview', async ({ session }) => {
    const { tabId } = await openSite(session, OTHER_SITE_URL);
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', '');
    await expect(panel.locator('main')).toHaveAttribute('data-page-state', 'off-site');
    await expect(panel.getByText('follows pages on harp.cms.gov and iqies.cms.gov')).toBeVisible();
    await expect(panel.getByTestId('overview')).toBeVisible();
  });

  test('an unknown page lets the user pick the step by hand, from the keyboard', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/login/help');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', '');
    const button = panel.locator('[data-journey-step="harp-account"]');
    await button.focus();
    await panel.keyboard.press('Enter');
    await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'harp-account');
    await expect(panel.getByTestId('step-view')).toContainText('Account Information');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', '');
  });

  test('follows in-page navigation: late render, push, back and forward', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${SPA_PREFIX}profile?delay=400`);
    const panel = await openPanel(session, tabId);
    const step = detected(panel);
    const within = { timeout: 1_000 };
    await expect(step).toHaveAttribute('data-detected-step', 'harp-profile', within);
    await page.getByRole('link', { name: 'Account' }).click();
    await expect(step).toHaveAttribute('data-detected-step', 'harp-account', within);
    await page.evaluate(() => (window as unknown as { go(p: string): void }).go('/spa/identity'));
    await expect(step).toHaveAttribute('data-detected-step', 'harp-identity', within);
    await page.getByRole('link', { name: 'Two-factor' }).click();
    await expect(step).toHaveAttribute('data-detected-step', 'harp-two-factor', within);
    await page.evaluate(() => history.back());
    await expect(step).toHaveAttribute('data-detected-step', 'harp-identity', within);
    await page.evaluate(() => history.back());
    await expect(step).toHaveAttribute('data-detected-step', 'harp-account', within);
    await page.evaluate(() => history.forward());
    await expect(step).toHaveAttribute('data-detected-step', 'harp-identity', within);
    await page.getByRole('link', { name: 'Help' }).click();
    await expect(step).toHaveAttribute('data-detected-step', '', within);
    await expect(panel.getByText("I can't tell which step this is.")).toBeVisible();
  });

  test('follows full page loads, including leaving the guided sites', async ({ session }) => {
    const { page, tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await page.goto('https://iqies.cms.gov/');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await page.goto(OTHER_SITE_URL);
    await expect(panel.locator('main')).toHaveAttribute('data-page-state', 'off-site');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', '');
  });

  test('follows back and forward across full page loads, pages restored from the back/forward cache included', async ({ session }) => {
    const { page, tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Page.enable');
    const notCached: string[] = [];
    cdp.on('Page.backForwardCacheNotUsed', (e) => notCached.push(...e.notRestoredExplanations.map((x) => x.reason)));
    const panel = await openPanel(session, tabId);
    const step = detected(panel);
    const state = panel.locator('main');
    // A restored page fires no load event: wait for the commit only.
    const back = () => page.goBack({ waitUntil: 'commit' });
    const forward = () => page.goForward({ waitUntil: 'commit' });
    await page.goto('https://iqies.cms.gov/');
    await expect(step).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await page.goto(OTHER_SITE_URL);
    await expect(state).toHaveAttribute('data-page-state', 'off-site');
    await back();
    await expect(step).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await back();
    await expect(step).toHaveAttribute('data-detected-step', 'harp-profile');
    await forward();
    await expect(step).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await forward();
    await expect(state).toHaveAttribute('data-page-state', 'off-site');
    // The guide kept every page eligible: all four history steps came from the cache.
    expect(notCached).toEqual([]);
    // And a restored page is followed live, like a loaded one.
    await back();
    await expect(step).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await page.evaluate(() => (document.body.innerHTML = '<main><h1>Select a User Category</h1></main>'));
    await expect(step).toHaveAttribute('data-detected-step', 'iqies-user-category');
  });

  test('announces step changes politely', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${SPA_PREFIX}profile`);
    const panel = await openPanel(session, tabId);
    const announcer = panel.getByTestId('announcer');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveText('You are here: HARP: Profile Information');
    await page.getByRole('link', { name: 'Account' }).click();
    await expect(announcer).toHaveText('You are here: HARP: Account Information');
  });
});
