import { expect, openPanel, openSite, panelUrl, test } from '../e2e/harness';

/**
 * The README's screenshots, from the built extension in Chromium on practice pages: `npm run docs` (not part of
 * `npm test`, which must leave the tree as it found it). The clock is fixed, so a run changes a picture only
 * when the panel or the summary really changed.
 */
const FIXED_NOW = new Date('2026-11-20T10:00:00');

test.beforeEach(async ({ session }) => {
  await session.context.clock.setFixedTime(FIXED_NOW);
});

const PANEL_SHOTS = [
  // The panel on the HARP "Profile Information" practice page, first run (no track yet: the step comes first), one
  // item ticked; at 360 × 700, a side panel's realistic size.
  { file: 'docs/panel.png', url: 'https://harp.cms.gov/register/profile-info', track: null, tick: 'own-account' },
  // The panel on the iQIES welcome practice page, staff track chosen.
  { file: 'docs/panel-track.png', url: 'https://iqies.cms.gov/', track: 'staff', tick: 'know-ccn' },
];

for (const shot of PANEL_SHOTS) {
  test(shot.file, async ({ session }) => {
    const { tabId } = await openSite(session, shot.url);
    const panel = await openPanel(session, tabId);
    await panel.setViewportSize({ width: 360, height: 700 });
    if (shot.track) {
      await panel.getByTestId('change-track').click();
      await panel.locator(`button[data-track="${shot.track}"]`).click();
      await expect(panel.locator('main')).toHaveAttribute('data-track', shot.track);
    }
    await panel.locator(`[data-item-id="${shot.tick}"]`).check();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: shot.file });
  });
}

test('docs/summary.png: the printable summary, as printed', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
  const panel = await openPanel(session, tabId);
  await panel.locator('[data-item-id="legal-name"]').check();
  await panel.locator('[data-item-id="work-email"]').check();
  await panel.locator('[data-step-done="harp-profile"]').check();
  await panel.locator('[data-step-note="harp-profile"]').fill('Used my work email; PSO is Dana.');
  await panel.locator('[data-step-note="harp-profile"]').blur();
  await panel.locator('[data-testid="workspace"] > summary').click();
  await panel.getByLabel('HARP account created').fill('2026-11-18');
  await panel.getByLabel('HARP account created').blur();
  const summary = await session.context.newPage();
  await summary.setViewportSize({ width: 816, height: 1056 });
  await summary.goto(panelUrl(session).replace('sidepanel.html', 'summary.html?workspace=default'));
  await expect(summary.locator('[data-summary-done="harp-profile"]')).toContainText('Used my work email');
  await expect(summary.getByText('printed 2026-11-20')).toBeVisible();
  await summary.emulateMedia({ media: 'print' });
  await summary.screenshot({ path: 'docs/summary.png', fullPage: true });
});

test('docs/sources-in-panel.png: sources beside each claim, non-CMS sources labelled', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://iqies.cms.gov/');
  const panel = await openPanel(session, tabId);
  await panel.locator('[data-journey-step="change-of-ownership"]').click();
  await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'change-of-ownership');
  const view = panel.getByTestId('step-view');
  await view.locator('[data-claim="guidance"]').first().scrollIntoViewIfNeeded();
  await view.locator('section:has(#guidance-heading)').screenshot({ path: 'docs/sources-in-panel.png' });
});
