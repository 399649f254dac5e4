import { detected, expect, openPanel, openSite, test } from './harness';

test.describe('sources beside each claim', () => {
  test('the step view cites each claim with named, labelled sources', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    const view = panel.getByTestId('step-view');

    // Every guidance block carries its own sources, inside the block.
    const blocks = view.locator('[data-claim="guidance"]');
    const count = await blocks.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) await expect(blocks.nth(i).locator('.cites a[data-source-id]').first()).toBeVisible();

    // The email rule cites a state agency, and says so in the link's own name (what a screen reader reads).
    const email = blocks.filter({ hasText: '2 or fewer providers' });
    const state = email.getByRole('link', { name: 'Missouri DHSS notice 16002 state agency' });
    await expect(state).toBeVisible();
    await expect(state.locator('[data-source-kind="state-agency"]')).toHaveText('state agency');
    await expect(state).toHaveAttribute('href', 'https://ltc.health.mo.gov/archives/16002');
    // The old video is marked as such (CMS's: its HARP page linked it as its tutorial).
    await expect(blocks.getByRole('link', { name: /HARP tutorial video \(YouTube\) possibly outdated/ })).toBeVisible();

    // Problems and fixes cite too (the list is collapsed until opened).
    await view.locator('details.problems > summary').click();
    const fixes = view.locator('[data-claim="problem"]');
    await expect(fixes.first().locator('.cites a[data-source-id]').first()).toBeVisible();
    await expect(fixes.filter({ hasText: 'QualityNet Help Desk: qnetsupport@cms.hhs.gov or 1-866-288-8912' }).getByRole('link', { name: /QTSO: Register for iQIES \(2019\) page dated 2019/ })).toBeVisible();

    // The list at the bottom says who publishes each source and when it was checked.
    await expect(view.locator('[data-source-entry="mo-16002"]')).toContainText('Published by a state agency (not CMS). Checked 2026-12-03.');

    // Change of ownership rests on a trade association: the panel says so beside the claim.
    await panel.locator('[data-journey-step="change-of-ownership"]').click();
    await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'change-of-ownership');
    const trade = view.locator('[data-claim="guidance"]').first().getByRole('link', { name: 'AAPACN: change in ownership trade association' });
    await expect(trade).toBeVisible();
    await expect(trade.locator('[data-source-kind="trade-association"]')).toBeVisible();

  });
});
