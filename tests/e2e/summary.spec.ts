import AxeBuilder from '@axe-core/playwright';
import { expect, panelUrl, test } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('the printable summary', () => {
  test('a workspace id that does not exist is said so, with the workspaces that do', async ({ session }) => {
    const control = await session.context.newPage();
    await control.goto(panelUrl(session, 0));
    await control.evaluate(async () => chrome.storage.local.set({ 'ws:maple-ab12:meta': { name: 'Maple Court' } }));
    const summary = await session.context.newPage();
    for (const asked of ['gone-x1y2', 'Not An Id!']) {
      await summary.goto(panelUrl(session).replace('sidepanel.html', `summary.html?workspace=${encodeURIComponent(asked)}`));
      await expect(summary.getByTestId('summary-missing')).toBeVisible();
      await expect(summary.getByRole('heading', { level: 1 })).toContainText('No such workspace');
      await expect(summary.getByTestId('summary-missing')).toContainText(asked);
      // Nothing is summarised under the name from the address.
      await expect(summary.getByTestId('summary')).toHaveCount(0);
      const links = summary.getByTestId('summary-missing').getByRole('link');
      await expect(links).toHaveText(['My progress', 'Maple Court']);
    }
    expect((await new AxeBuilder({ page: summary }).withTags(WCAG).analyze()).violations).toEqual([]);
    await summary.getByRole('link', { name: 'Maple Court' }).click();
    await expect(summary.getByTestId('summary')).toHaveAttribute('data-workspace-id', 'maple-ab12');
    await expect(summary.getByText('Maple Court')).toBeVisible();
    // No workspace asked for: the active one, as before.
    await summary.goto(panelUrl(session).replace('sidepanel.html', 'summary.html'));
    await expect(summary.getByTestId('summary')).toHaveAttribute('data-workspace-id', 'default');
  });
});
