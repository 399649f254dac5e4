import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { STEPS } from '../../utils/steps/catalogue';
import { detected, expect, openPanel, openSite, test } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const titleOf = (id: string) => STEPS.find((s) => s.id === id)!.title;

async function violations(panel: Page) {
  const result = await new AxeBuilder({ page: panel }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The shown step is `id`, and its problem `problem` is inside an open problems list. */
async function showsProblem(panel: Page, id: string, problem: string) {
  await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', id);
  await expect(panel.locator('#step-title')).toHaveText(titleOf(id));
  const shown = panel.locator(`details.problems[open] [data-problem-id="${problem}"]`);
  await expect(shown).toBeVisible();
  await expect(shown).toBeFocused();
}

test.describe('"What went wrong?" search', () => {
  test('type in plain words, pick a problem with the keyboard: its step is shown with the problem open', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    const field = panel.getByRole('searchbox', { name: 'What went wrong?' });
    expect(await field.evaluate((el) => el.matches('input[type=search][data-guide-search]'))).toBe(true);
    await field.fill('locked out');
    const first = panel.locator('[data-search-result]').first();
    await expect(first).toHaveAttribute('data-problem-id', 'locked-out');
    await expect(first).toHaveAttribute('data-step-id', 'harp-sign-in');
    await expect(first).toContainText(titleOf('harp-sign-in'));
    await expect(panel.getByTestId('search-status')).toContainText(/\d+ results?\./);
    await field.press('ArrowDown');
    await expect(first).toBeFocused();
    await panel.keyboard.press('Enter');
    await showsProblem(panel, 'harp-sign-in', 'locked-out');
    // Chosen: the field is cleared and the results are gone, so the step has the screen.
    await expect(field).toHaveValue('');
    await expect(panel.locator('[data-search-result]')).toHaveCount(0);
    // The page the user is on is still the one recognised.
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  });

  test('pick a problem with the mouse, in another step; Escape clears the field', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://iqies.cms.gov/');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    const field = panel.locator('input[type=search][data-guide-search]');
    await field.fill('our PSO quit');
    const result = panel.locator('[data-search-result][data-problem-id="pso-away"]');
    await expect(result).toHaveAttribute('data-step-id', 'iqies-request-submitted');
    await result.click();
    await showsProblem(panel, 'iqies-request-submitted', 'pso-away');

    await field.fill('no code on my phone');
    await expect(panel.locator('[data-search-result]').first()).toBeVisible();
    await field.press('Escape');
    await expect(field).toHaveValue('');
    await expect(panel.locator('[data-search-result]')).toHaveCount(0);
    await expect(field).toBeFocused();
  });

  test('axe: 0 violations with results showing, and with nothing found', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    const field = panel.locator('input[type=search][data-guide-search]');
    await field.fill('code');
    await expect(panel.locator('[data-search-result]').first()).toBeVisible();
    expect(await violations(panel)).toEqual([]);
    await field.fill('banana smoothie');
    await expect(panel.getByTestId('search-empty')).toContainText('Nothing found');
    await expect(panel.getByTestId('search-empty')).toContainText('1-800-339-9313');
    expect(await violations(panel)).toEqual([]);
  });
});
