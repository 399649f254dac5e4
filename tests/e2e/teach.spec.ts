import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { WIZARD_PREFIX } from '../fixtures/pages/wizard';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, test } from './harness';

const within = { timeout: 2_000 };
const go = (page: Page, path: string) => page.evaluate((p) => (window as unknown as { go(p: string): void }).go(p), path);
const stored = (panel: Page) => panel.evaluate(() => chrome.storage.local.get(null));
const expectShown = async (panel: Page, step: string, by: string) => {
  await expect(detected(panel)).toHaveAttribute('data-detected-step', step, within);
  await expect(panel.locator('main')).toHaveAttribute('data-detected-by', by, within);
};

test.describe('teaching a page', () => {
  test('an unrecognised page, taught once, is recognised after a reload and after in-page navigation back; other routes are not', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}help?session=SENTINEL-QUERY-4471#section`);
    const panel = await openPanel(session, tabId);
    await expectShown(panel, '', '');
    await panel.locator('select[data-teach-step]').selectOption('harp-two-factor');
    await expectShown(panel, 'harp-two-factor', 'you');
    await expect(panel.locator('[data-taught-note]')).toContainText('You told me this page is');
    await expect(panel.locator('[aria-current="step"][data-step-id="harp-two-factor"]').first()).toBeVisible();

    await page.reload();
    await expectShown(panel, 'harp-two-factor', 'you');

    await go(page, '/wizard/account');
    await expectShown(panel, 'harp-account', 'rules');
    await go(page, '/wizard/not-taught'); // another route on the same host: still unknown
    await expectShown(panel, '', '');
    await expect(panel.locator('select[data-teach-step]')).toBeVisible();
    await page.evaluate(() => history.back());
    await expectShown(panel, 'harp-account', 'rules');
    await page.evaluate(() => history.back());
    await expectShown(panel, 'harp-two-factor', 'you');

    // What is stored: the host and the route shape, the step and the date; nothing from the page or its URL's query.
    const all = await stored(panel);
    const taught = Object.entries(all).filter(([k]) => k.startsWith('taught:'));
    expect(taught).toEqual([['taught:harp.cms.gov/wizard/help', { step: 'harp-two-factor', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]]);
    expect(JSON.stringify(all)).not.toContain('SENTINEL');
    expect(session.strayRequests).toEqual([]);
  });

  test('"Not this step?" corrects a recognised page; the correction wins over the rules until undone', async ({ session }) => {
    const { page, tabId } = await openSite(session, `${WIZARD_PREFIX}profile`);
    const panel = await openPanel(session, tabId);
    await expectShown(panel, 'harp-profile', 'rules');
    await panel.getByText('Not this step?').click();
    await panel.locator('select[data-teach-step]').selectOption('harp-account');
    await expectShown(panel, 'harp-account', 'you');
    const all = await stored(panel);
    expect(all['taught:harp.cms.gov/wizard/profile']).toEqual({ step: 'harp-account', on: expect.any(String), fix: true });
    // Typed values on the page (the wizard's fields hold SENTINEL values) never reach storage.
    expect(JSON.stringify(all)).not.toContain('SENTINEL');

    await page.reload();
    await expectShown(panel, 'harp-account', 'you');
    await panel.locator('[data-teach-undo]').click();
    await expectShown(panel, 'harp-profile', 'rules');
    expect(Object.keys(await stored(panel)).filter((k) => k.startsWith('taught:'))).toEqual([]);
  });

  test('a taught page applies to every page of its route shape, is listed, and can be forgotten', async ({ session }) => {
    const { page, tabId } = await openSite(session, 'https://iqies.cms.gov/portal/facility/015432/requests/');
    const panel = await openPanel(session, tabId);
    await expectShown(panel, '', '');
    await panel.locator('select[data-teach-step]').selectOption('iqies-manage-requests');
    await expectShown(panel, 'iqies-manage-requests', 'you');
    await expect(panel.getByText('Pages you taught (1)')).toBeVisible();
    await expect(panel.locator('[data-taught-page="iqies.cms.gov/portal/facility/:id/requests"]')).toBeAttached();

    // Another facility's page of the same shape.
    await page.goto('https://iqies.cms.gov/Portal/Facility/998877/Requests');
    await expectShown(panel, 'iqies-manage-requests', 'you');
    // The same path on the other CMS site is another page.
    await page.goto('https://harp.cms.gov/portal/facility/015432/requests');
    await expectShown(panel, '', '');

    await panel.getByText('Pages you taught (1)').click();
    await panel.getByRole('button', { name: 'Forget iqies.cms.gov/portal/facility/:id/requests' }).click();
    await expect(panel.locator('[data-taught-pages]')).toHaveCount(0);
    await page.goto('https://iqies.cms.gov/portal/facility/015432/requests');
    await expectShown(panel, '', '');
    expect(Object.keys(await stored(panel)).filter((k) => k.startsWith('taught:'))).toEqual([]);
  });

  test('nothing can be taught off the CMS sites', async ({ session }) => {
    const { tabId } = await openSite(session, OTHER_SITE_URL);
    const panel = await openPanel(session, tabId);
    await expect(panel.locator('main')).toHaveAttribute('data-page-state', 'off-site');
    await expect(panel.locator('select[data-teach-step]')).toHaveCount(0);
    await expect(panel.getByText('Not this step?')).toHaveCount(0);
  });

  test('with the keyboard alone: teach, undo; focus stays on the teaching controls; no axe violations', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/changed/screen');
    const panel = await openPanel(session, tabId);
    await expectShown(panel, '', '');
    const select = panel.getByLabel('This page is…');
    await select.focus();
    await panel.keyboard.press('ArrowDown'); // a closed select takes the next option at once: that is choosing it
    await expect(panel.locator('main')).toHaveAttribute('data-detected-by', 'you', within);
    await expect(select).toBeFocused();
    const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    await panel.getByText(/^Pages you taught/).click();
    expect((await new AxeBuilder({ page: panel }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await panel.locator('[data-teach-undo]').focus();
    await panel.keyboard.press('Enter');
    await expectShown(panel, '', '');
    await expect(select).toBeFocused();
    await expect(panel.getByTestId('announcer')).toHaveText("I can't tell which step this page is.");
  });
});
