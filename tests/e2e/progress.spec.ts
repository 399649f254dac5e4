import { PRACTICE_PAGES, SENTINEL, SPA_PREFIX } from '../fixtures/pages';
import { detected, expect, launch, openPanel, openSite, panelUrl, test } from './harness';

const PROFILE = 'https://harp.cms.gov/register/profile-info';

test.describe('progress is never lost', () => {
  test('ticks survive a panel reload and a browser restart', async ({ session, profileDir }) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    await panel.locator('[data-item-id="legal-name"]').check();
    await panel.locator('[data-item-id="home-address"]').check();
    await panel.reload();
    await expect(panel.locator('[data-item-id="legal-name"]')).toBeChecked();
    await expect(panel.locator('[data-item-id="home-address"]')).toBeChecked();
    await expect(panel.locator('[data-item-id="work-email"]')).not.toBeChecked();
    await session.context.close();

    const again = await launch(profileDir);
    try {
      const site = await openSite(again, PROFILE);
      const reopened = await openPanel(again, site.tabId);
      await expect(detected(reopened)).toHaveAttribute('data-detected-step', 'harp-profile');
      await expect(reopened.locator('[data-item-id="legal-name"]')).toBeChecked();
      await expect(reopened.locator('[data-item-id="home-address"]')).toBeChecked();
      await expect(reopened.locator('[data-item-id="work-email"]')).not.toBeChecked();
      expect(again.extensionRequests).toEqual([]);
    } finally {
      await again.context.close();
    }
  });

  test('stores no page content: sentinel form values never reach storage or the panel', async ({ session }) => {
    const panel = await session.context.newPage();
    for (const practice of PRACTICE_PAGES) {
      const { page, tabId } = await openSite(session, practice.url);
      const field = page.locator('input:not([type=radio]), textarea').first();
      if (await field.count()) await field.fill(`${SENTINEL}TYPED-4471`);
      await panel.goto(panelUrl(session, tabId));
      await expect(detected(panel)).toHaveAttribute('data-detected-step', practice.expected ?? '');
      const boxes = panel.locator('input[type=checkbox][data-item-id]');
      if (await boxes.count()) await boxes.first().check();
      await expect(panel.locator('body')).not.toContainText(SENTINEL);
      await page.close();
    }
    const { page: spa, tabId } = await openSite(session, `${SPA_PREFIX}account`);
    await panel.goto(panelUrl(session, tabId));
    await spa.getByRole('link', { name: 'Identity' }).click();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-identity');
    const stored = await panel.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored.length).toBeGreaterThan(2);
    expect(stored).not.toContain(SENTINEL);
    expect(stored).not.toContain('4471');
    await expect(panel.locator('body')).not.toContainText(SENTINEL);
  });

  test('the extension makes zero network requests', async ({ session }) => {
    const { page, tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    await panel.locator('[data-item-id="legal-name"]').check();
    await page.goto('https://iqies.cms.gov/');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await panel.locator('[data-journey-step="stay-active"]').click();
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    expect(session.strayRequests).toEqual([]);
    expect(session.extensionRequests).toEqual([]);
  });
});
