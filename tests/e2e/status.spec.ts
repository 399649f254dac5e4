import type { Locator, Page } from '@playwright/test';
import { getStep } from '../../utils/steps/catalogue';
import { OTHER_SITE_URL, expect, openPanel, openSite, panelUrl, test } from './harness';

/** step id → status, from the public contract attributes. */
const statuses = async (list: Locator) =>
  Object.fromEntries(await list.evaluateAll((els) => els.map((el) => [el.getAttribute('data-step-id'), el.getAttribute('data-status')])));
const open = (panel: Page, id: string) => panel.locator(`[data-journey-step="${id}"]`).click();

test('the journey, the progress bar, the step view and the printable summary agree on every step', async ({ session }) => {
  // Off the guided sites nothing is detected, so "current" is the first step not done in both views.
  const { tabId } = await openSite(session, OTHER_SITE_URL);
  const panel = await openPanel(session, tabId);
  await panel.locator('[data-track="staff"]').click();
  // "prepare": every item ticked; "harp-profile": marked finished with nothing ticked; "harp-account": one tick.
  await open(panel, 'prepare');
  for (const item of getStep('prepare')!.checklist) await panel.locator(`[data-item-id="${item.id}"]`).check();
  await open(panel, 'harp-profile');
  await panel.locator('[data-step-done="harp-profile"]').check();
  await expect(panel.getByTestId('step-view')).toHaveAttribute('data-status', 'done');
  await open(panel, 'harp-account');
  await panel.locator('[data-item-id]').first().check();
  await expect(panel.getByTestId('step-view')).toHaveAttribute('data-status', 'current');

  // The track's steps (the steps on other tracks are listed too, under "Other steps": not in the summary).
  const journey = panel.locator('ol[aria-label^="Steps for"] > li');
  await expect(panel.locator('li[data-step-id="harp-profile"]')).toHaveAttribute('data-status', 'done');
  const inPanel = await statuses(journey);
  expect(Object.entries(inPanel).slice(0, 3)).toEqual([
    ['prepare', 'done'],
    ['harp-profile', 'done'],
    ['harp-account', 'current'],
  ]);
  await expect(panel.getByTestId('track-progress')).toContainText('2 of');

  const summary = await session.context.newPage();
  await summary.goto(panelUrl(session).replace('sidepanel.html', 'summary.html?workspace=default'));
  const printed = summary.locator('[data-step-id][data-status]');
  await expect(printed).toHaveCount(Object.keys(inPanel).length);
  expect(await statuses(printed)).toEqual(inPanel);
});
