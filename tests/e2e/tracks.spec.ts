import { TRACKS } from '../../utils/tracks/data';
import { STEPS } from '../../utils/steps/catalogue';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, test } from './harness';

const track = TRACKS.find((t) => t.id === 'first-pso')!;
const itemsOf = (id: string) => STEPS.find((s) => s.id === id)!.checklist.map((i) => i.id);

test.describe('tracks', () => {
  test('choose a track, walk every step by hand, tick everything, reload: all kept', async ({ session }) => {
    const { tabId } = await openSite(session, OTHER_SITE_URL);
    const panel = await openPanel(session, tabId);
    const main = panel.locator('main');
    await expect(panel.getByTestId('track-chooser')).toBeVisible();
    await panel.locator('[data-track="first-pso"]').click();
    await expect(main).toHaveAttribute('data-track', 'first-pso');
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(panel.getByTestId('overview')).toContainText(track.intro);

    await panel.getByTestId('continue').click();
    for (const [i, id] of track.steps.entries()) {
      await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', id);
      for (const item of itemsOf(id)) await panel.locator(`input[type=checkbox][data-item-id="${item}"]`).check();
      const next = track.steps[i + 1];
      if (next) await panel.locator(`[data-next-step="${next}"]`).click();
      else await expect(panel.getByTestId('what-next')).toContainText('last step of your track');
    }
    await expect(panel.locator('#track-progress-bar')).toHaveAttribute('data-percent', '100');

    await panel.reload();
    await expect(main).toHaveAttribute('data-track', 'first-pso');
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(panel.getByTestId('track-progress')).toContainText(`${track.steps.length} of ${track.steps.length} steps done`);
    await expect(panel.locator('#track-progress-bar')).toHaveAttribute('data-percent', '100');
    for (const id of track.steps) {
      await expect(panel.locator(`li[data-step-id="${id}"]`)).toHaveAttribute('data-status', 'done');
    }
    await panel.locator('[data-journey-step="harp-account"]').click();
    for (const item of itemsOf('harp-account')) await expect(panel.locator(`[data-item-id="${item}"]`)).toBeChecked();
  });

  test('the chooser works from the keyboard, and the track can be changed any time', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://iqies.cms.gov/');
    const panel = await openPanel(session, tabId);
    // First run on a recognised page: the step comes first; the track is one chip that opens the chooser.
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'iqies-welcome');
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await panel.getByTestId('change-track').focus();
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('track-chooser')).toBeVisible();
    await panel.locator('[data-track="staff"]').focus();
    await panel.keyboard.press('Enter');
    await expect(panel.locator('main')).toHaveAttribute('data-track', 'staff');
    await expect(panel.locator('#step-title')).toBeFocused(); // focus is not lost when the chooser closes
    // "You are here" from detection: the detected step is the current one on the track.
    await expect(panel.locator('li[data-step-id="iqies-welcome"]')).toHaveAttribute('data-status', 'current');
    await expect(panel.locator('li[data-step-id="iqies-user-category"]')).toHaveAttribute('data-status', 'todo');
    await expect(panel.locator('li[data-step-id="iqies-user-category"]')).toContainText('Next');
    await expect(panel.getByTestId('what-next')).toContainText('Select a user category');

    await panel.getByTestId('change-track').click();
    await panel.locator('[data-track="vendor"]').click();
    await expect(panel.locator('main')).toHaveAttribute('data-track', 'vendor');
    await panel.reload();
    await expect(panel.locator('main')).toHaveAttribute('data-track', 'vendor');
    await expect(panel.locator('[aria-current="step"][data-step-id]')).toHaveCount(1);
  });

  test('"Not now" is remembered and reaches every open panel; a detected step that is not on the track still shows, under "Other steps"', async ({ session }) => {
    // The full chooser opens by itself only where there is no step to show: off the CMS sites.
    const { page, tabId } = await openSite(session, OTHER_SITE_URL);
    const panel = await openPanel(session, tabId);
    const other = await openPanel(session, tabId);
    await expect(other.getByTestId('track-chooser')).toBeVisible();
    await panel.getByText('Not now: show all steps').click();
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(other.getByTestId('track-chooser')).toHaveCount(0);
    await other.close();
    await page.goto('https://iqies.cms.gov/user-management');
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-manage-requests');
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(panel.locator('[data-journey-step]')).toHaveCount(STEPS.length);
    await panel.getByTestId('change-track').click();
    await panel.locator('[data-track="staff"]').click();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-manage-requests');
    const current = panel.locator('[aria-current="step"]');
    await expect(current).toHaveAttribute('data-step-id', 'iqies-manage-requests');
    await expect(current).toBeVisible();
    await expect(panel.locator('input[type=checkbox][data-item-id]').first()).toBeVisible();
  });
});
