import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OTHER_SITE_URL, daysAgo, detected, expect, openPanel, openSite, test } from './harness';

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

test.describe('the step-first layout: each area passes axe and works from the keyboard alone', () => {
  const KEY = 'activity:iqies-last-signed-in';
  /** Tabs forward until `selector` has focus; returns how many presses it took (fails after 80). */
  async function tabTo(panel: Page, selector: string): Promise<number> {
    const target = panel.locator(selector).first();
    let presses = 0;
    while (!(await target.evaluate((el) => el === document.activeElement)) && presses < 80) {
      await panel.keyboard.press('Tab');
      presses++;
    }
    await expect(target).toBeFocused();
    expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none'), selector).toBe(true);
    return presses;
  }

  test('status line (60-day warning), track chip and chooser, More with workspace and reminders, trainer tools', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://iqies.cms.gov/user-management');
    const worker = session.context.serviceWorkers()[0]!;
    const signedIn = (iso: string) => worker.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), [KEY, iso] as const);
    // A sign-in seen 50 days ago: the warning earns the top of the panel, as one line.
    const fiftyDaysAgo = await daysAgo(session, 50);
    await signedIn(fiftyDaysAgo);
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-manage-requests');
    // Opening the followed page may have written today's sign-in: put the stored date back to 50 days.
    await signedIn(fiftyDaysAgo);
    await expect(panel.locator('main.app')).toHaveAttribute('data-activity', 'warn');
    const line = panel.locator('[data-status-line]');
    await expect(line).toHaveAttribute('data-status-line', 'warn');
    expect(await line.evaluate((el, step) => !!(el.compareDocumentPosition(document.querySelector(step)!) & Node.DOCUMENT_POSITION_FOLLOWING), '[data-step-title]')).toBe(true);

    // Keyboard: the status line opens with Enter and shows the card with the date.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, '[data-status-line] > summary');
    await panel.keyboard.press('Enter');
    await expect(panel.locator('[data-activity-card="warn"]')).toBeVisible();
    expect(await violations(panel)).toEqual([]);

    // The track chip opens the chooser and takes focus into it; choosing closes it and returns to the step.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, '[data-testid="change-track"]');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('track-chooser')).toBeVisible();
    await expect(panel.locator('[data-track="staff"]')).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.hasAttribute('data-track'))).toBe(true);
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(panel.locator('#step-title')).toBeFocused();

    // More: one action from the header takes focus to the More area; the next Tab continues inside it.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(panel, '[data-testid="more-button"]');
    await panel.keyboard.press('Enter');
    await expect(panel.locator('#more-heading')).toBeFocused();
    await panel.keyboard.press('Tab');
    await expect(panel.locator('[data-testid="workspace"] > summary')).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect(panel.getByLabel('Workspace', { exact: true })).toBeVisible();
    await tabTo(panel, '[data-testid="reminders-toggle"]');
    await tabTo(panel, '[data-testid="presenter-toggle"]');
    await expect(panel.locator('[data-trainer-tools]')).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    // Trainer tools are not in front of the step for someone who is not training.
    expect(await panel.locator('[data-trainer-tools]').evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-step-title]')!) & Node.DOCUMENT_POSITION_PRECEDING))).toBe(true);
  });

  test('on a practice copy the trainer tools come first, and work from the keyboard', async ({ session }) => {
    const { tabId } = await openSite(session, `chrome-extension://${session.extensionId}/practice.html#harp-profile`);
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    const tools = panel.locator('[data-trainer-tools]');
    await expect(tools).toBeVisible();
    expect(await tools.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-step-title]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await expect(tools.getByTestId('demo-reset')).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    await tabTo(panel, '[data-testid="presenter-toggle"]');
    await panel.keyboard.press('Enter');
    await expect(panel.locator('main.app')).toHaveAttribute('data-mode', 'present');
    expect(await violations(panel)).toEqual([]);
  });
});
