import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, test } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(panel: Page) {
  const result = await new AxeBuilder({ page: panel }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the panel is accessible (axe-core, WCAG 2.2 AA rules)', () => {
  test('on a recognised step, with problems expanded', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await panel.locator('details.problems summary').first().click();
    expect(await violations(panel)).toEqual([]);
  });

  test('on an unknown page and on another site', async ({ session }) => {
    const unknown = await openSite(session, 'https://harp.cms.gov/login/help');
    const panel = await openPanel(session, unknown.tabId);
    await expect(panel.getByText("I can't tell which step this is.")).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    const other = await openSite(session, OTHER_SITE_URL);
    const overview = await openPanel(session, other.tabId);
    await expect(overview.getByTestId('overview')).toBeVisible();
    expect(await violations(overview)).toEqual([]);
  });

  test('can be used with the keyboard alone, with a visible focus ring', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    const first = panel.locator('[data-item-id="own-account"]');
    // Tab through the panel (track chooser first) until the step's first checkbox has focus.
    let presses = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && presses < 40) {
      await panel.keyboard.press('Tab');
      presses++;
    }
    await expect(first).toBeFocused();
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await panel.keyboard.press('Space');
    await expect(first).toBeChecked();
  });
});
