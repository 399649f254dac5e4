import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PRACTICE_SCREENS } from '../../utils/practice/screens';
import type { Session } from './harness';
import { detected, expect, openPanel, openSite, test } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const practiceUrl = (s: Session, screen: string) => `chrome-extension://${s.extensionId}/practice.html#${screen}`;

/** Every request a page makes that is not for the extension's own files. */
function outsideRequests(page: Page): string[] {
  const out: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:')) out.push(r.url());
  });
  return out;
}

test.describe('practice copies', () => {
  test('every practice screen is recognised by a panel following its tab', async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-profile'));
    const outside = outsideRequests(page);
    const panel = await openPanel(session, tabId);
    for (const screen of PRACTICE_SCREENS) {
      await page.goto(practiceUrl(session, screen.id));
      await expect(page.locator(`[data-practice-screen="${screen.id}"]`)).toBeVisible();
      await expect(detected(panel), screen.id).toHaveAttribute('data-detected-step', screen.step);
      await expect(panel.locator('main')).toHaveAttribute('data-practice', 'true');
    }
    expect(outside).toEqual([]);
  });

  test("the flow's buttons walk HARP into iQIES, and the failure branches are reachable", async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-profile'));
    const panel = await openPanel(session, tabId);
    const walk: [string, string][] = [
      ['Next', 'harp-account'],
      ['Next', 'harp-identity'],
      ['Next', 'harp-confirmation'],
      ['Login to Complete Setup', 'harp-sign-in'],
      ['Login', 'harp-two-factor'],
      ['Submit', 'iqies-sign-in'],
      ['Login', 'iqies-welcome'],
      ['Request User Role', 'iqies-user-category'],
      ['Next', 'iqies-user-role'],
      ['Next', 'iqies-provider'],
      ['Submit', 'iqies-request-submitted'],
    ];
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    for (const [button, step] of walk) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(detected(panel), `${button} → ${step}`).toHaveAttribute('data-detected-step', step);
    }
    // Failure branches.
    await page.goto(practiceUrl(session, 'harp-identity'));
    await page.getByRole('link', { name: 'The identity check fails' }).click();
    await expect(page.getByRole('heading', { name: 'We were unable to verify your identity' })).toBeVisible();
    await page.getByRole('link', { name: 'Initiate Manual Proofing' }).click();
    await expect(page.getByRole('heading', { name: 'Manual (Identity) Proofing' })).toBeVisible();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-identity');
    await page.goto(practiceUrl(session, 'harp-profile'));
    await page.getByRole('link', { name: 'The email already exists' }).click();
    await expect(page.getByRole('alert')).toContainText('already exists');
    await page.goto(practiceUrl(session, 'iqies-sign-in'));
    await page.getByRole('link', { name: /Roles revoked after 60 days/ }).click();
    await expect(page.getByRole('alert')).toContainText('re-request your user role(s)');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
  });

  test('practice pages pass axe with no violations', async ({ session }) => {
    const page = await session.context.newPage();
    for (const screen of PRACTICE_SCREENS) {
      await page.goto('about:blank'); // a fresh load of each screen, not a hash change
      await page.goto(practiceUrl(session, screen.id));
      await expect(page.locator(`[data-practice-screen="${screen.id}"]`)).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(result.violations.map((v) => `${screen.id} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('the demo workspace', () => {
  test('ticks on a practice copy land only in the demo workspace, and reset restores the start', async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-profile'));
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('main')).toHaveAttribute('data-workspace', 'demo');
    await expect(panel.getByTestId('demo-bar')).toBeVisible();
    const box = panel.locator('input[type=checkbox][data-item-id]').first();
    await box.check();
    await expect(box).toBeChecked();
    const stored = async () => panel.evaluate(async () => chrome.storage.local.get(null));
    const itemId = await box.getAttribute('data-item-id');
    await expect.poll(async () => Object.keys(await stored()).filter((k) => k.startsWith('demo:'))).toEqual([`demo:tick:harp-profile:${itemId}`]);
    expect(Object.keys(await stored()).filter((k) => k.startsWith('ws:'))).toEqual([]);

    // The real site, followed by the same panel, shows real progress: nothing ticked there.
    const real = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const realPanel = await openPanel(session, real.tabId);
    await expect(detected(realPanel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(realPanel.locator('main')).toHaveAttribute('data-workspace', 'default');
    await expect(realPanel.locator('input[type=checkbox][data-item-id]').first()).not.toBeChecked();

    // Reset to the start of another track: ticks cleared, the practice tab back at the track's first screen.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    await panel.getByLabel('Track', { exact: true }).selectOption('staff');
    await panel.getByTestId('demo-reset').click();
    await expect(panel.getByTestId('demo-bar')).toHaveAttribute('data-demo-track', 'staff');
    await expect(page.locator('[data-practice-screen="harp-profile"]')).toBeVisible();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('input[type=checkbox][data-item-id]').first()).not.toBeChecked();
    // The demo holds only its new track; real progress was never written.
    expect(Object.entries(await stored()).filter(([k]) => k.startsWith('demo:') || k.startsWith('ws:'))).toEqual([['demo:track', { id: 'staff' }]]);
  });
  test('nothing can be taught on a practice copy: no teaching controls, no taught page stored', async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-profile'));
    const panel = await openPanel(session, tabId);
    for (const screen of ['harp-profile', 'iqies-welcome']) {
      await page.goto(practiceUrl(session, screen));
      await expect(page.locator(`[data-practice-screen="${screen}"]`)).toBeVisible();
      await expect(panel.locator('main')).toHaveAttribute('data-practice', 'true');
      await expect(panel.locator('main')).not.toHaveAttribute('data-page-state', 'loading');
      await expect(panel.getByText('Not this step?')).toHaveCount(0);
      await expect(panel.locator('select[data-teach-step]')).toHaveCount(0);
    }
    const stored = await panel.evaluate(async () => chrome.storage.local.get(null));
    expect(Object.keys(stored).filter((k) => k.startsWith('taught:'))).toEqual([]);
  });
});
