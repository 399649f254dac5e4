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

test('docs/panel.png: the panel on the HARP "Profile Information" practice page', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
  const panel = await openPanel(session, tabId);
  await panel.locator('[data-item-id="own-account"]').check();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: 'docs/panel.png' });
});

test('docs/panel-track.png: the panel on the iQIES welcome practice page, staff track chosen', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://iqies.cms.gov/');
  const panel = await openPanel(session, tabId);
  await panel.locator('[data-track="staff"]').click();
  await expect(panel.locator('main')).toHaveAttribute('data-track', 'staff');
  await panel.locator('[data-item-id="know-ccn"]').check();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: 'docs/panel-track.png' });
});

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
