import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { WIZARD_PREFIX } from '../fixtures/pages/wizard';
import { detected, expect, openPanel, openSite, test } from './harness';

const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;
/** The store as a user has it: everything but the import backup (and import tombstones, which read as absent). */
const kept = async (page: Page) => Object.fromEntries(Object.entries(await stored(page)).filter(([k, v]) => k !== 'backup.beforeImport' && v !== null));
const openWorkspace = async (panel: Page) => {
  const details = panel.locator('[data-testid="workspace"]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
};

test('every kind of kept value, filled through the panel: export all → import → the same store; undo → the same again', async ({ session }, info) => {
  // Waiting: the request-submitted page records "role requested"; the PSO's track and counts.
  const { page, tabId } = await openSite(session, 'https://iqies.cms.gov/request-submitted');
  const panel = await openPanel(session, tabId);
  await expect(panel.locator('[data-waiting-since]')).toBeVisible();
  // On a recognised step the track is chosen through the header chip; the PSO's counts live with the PSO's step.
  await panel.getByTestId('change-track').click();
  await panel.locator('button[data-track="pso-duties"]').click();
  await expect(panel.locator('main')).toHaveAttribute('data-track', 'pso-duties');
  await page.goto('https://iqies.cms.gov/user-management');
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-manage-requests');
  await panel.getByTestId('pso-count').fill('3');
  await panel.getByTestId('pso-count').press('Tab');
  await panel.getByTestId('pso-pending').fill('2');
  await panel.getByTestId('pso-pending').press('Tab');

  // Ticks, a done mark, a note and a key date on a recognised page.
  await page.goto('https://harp.cms.gov/register/profile-info');
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  await panel.locator('[data-item-id="legal-name"]').check();
  await panel.locator('[data-step-done="harp-profile"]').check();
  await panel.locator('[data-step-note="harp-profile"]').fill('PSO is Dana; "quotes" and ünïcode kept.');
  await panel.locator('[data-step-note="harp-profile"]').blur();
  await openWorkspace(panel);
  await panel.getByLabel('HARP account created').fill('2026-11-20');
  await panel.getByLabel('HARP account created').blur();

  // A taught page.
  await page.goto(`${WIZARD_PREFIX}help`);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', '');
  await panel.locator('select[data-teach-step]').selectOption('harp-two-factor');
  await expect(panel.locator('main')).toHaveAttribute('data-detected-by', 'you');

  // The demo, kept apart: a tick on a practice copy (its own tab and panel).
  const practice = await openSite(session, `chrome-extension://${session.extensionId}/practice.html#harp-profile`);
  const demoPanel = await openPanel(session, practice.tabId);
  await expect(demoPanel.locator('main')).toHaveAttribute('data-workspace', 'demo');
  await demoPanel.locator('input[type=checkbox][data-item-id]').first().check();

  const ws = 'ws:default:';
  await expect
    .poll(async () => Object.keys(await kept(panel)).sort())
    .toEqual(
      expect.arrayContaining([
        `${ws}milestone:role-requested`,
        `${ws}milestone:harp-account-created`,
        `${ws}track`,
        `${ws}pso-duties`,
        `${ws}tick:harp-profile:legal-name`,
        `${ws}step:harp-profile`,
        `${ws}note:harp-profile`,
        'taught:harp.cms.gov/wizard/help',
        expect.stringMatching(/^demo:tick:harp-profile:/),
      ]),
    );
  expect((await kept(panel))[`${ws}pso-duties`]).toEqual({ psos: 3, pending: 2 });
  await expect(panel.locator('main')).toHaveAttribute('data-workspace', 'default');
  const before = await kept(panel);

  await openWorkspace(panel);
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export all workspaces' }).click();
  const file = info.outputPath('export.json');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('demo');

  await panel.getByLabel(/Import progress/).setInputFiles(file);
  await panel.getByRole('button', { name: 'Import and replace' }).click();
  await expect.poll(async () => Object.hasOwn(await stored(panel), 'backup.beforeImport')).toBe(true);
  await expect.poll(() => kept(panel)).toEqual(before);

  await panel.getByRole('button', { name: /Undo the last import/ }).click();
  await panel.getByRole('button', { name: 'Import and replace' }).click();
  await expect.poll(() => kept(panel)).toEqual(before);
  await page.goto('https://iqies.cms.gov/user-management');
  await panel.reload();
  await expect(panel.getByTestId('pso-count')).toHaveValue('3');
  expect(session.strayRequests).toEqual([]);
});
