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

  test('two panels on one tab ticking different items at once lose nothing', async ({ session }) => {
    const { tabId } = await openSite(session, PROFILE);
    const [a, b] = [await openPanel(session, tabId), await openPanel(session, tabId)];
    const ids = ['own-account', 'legal-name', 'home-address', 'work-email'];
    // Each panel works through its own items (as one person would); the two panels run at the same time.
    const work = (panel: typeof a, mine: string[]) => async () => {
      for (let round = 0; round < 5; round++) {
        for (const id of mine) await panel.locator(`[data-item-id="${id}"]`).setChecked(round % 2 === 0);
      }
    };
    await Promise.all([work(a, [ids[0]!, ids[2]!])(), work(b, [ids[1]!, ids[3]!])()]);
    // The last round (4) checked everything: both panels agree, and so does storage after a reload.
    for (const panel of [a, b]) {
      for (const id of ids) await expect(panel.locator(`[data-item-id="${id}"]`)).toBeChecked();
    }
    await a.reload();
    for (const id of ids) await expect(a.locator(`[data-item-id="${id}"]`)).toBeChecked();
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
