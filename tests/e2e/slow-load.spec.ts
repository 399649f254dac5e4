import type { Page } from '@playwright/test';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, practiceBody, test } from './harness';

/** Records every value the panel's `data-page-state` takes from now on (read back with `seenStates`). */
async function recordPageStates(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const main = document.querySelector('main[data-page-state]')!;
    const seen: string[] = [main.getAttribute('data-page-state') ?? ''];
    (window as unknown as { seenStates: string[] }).seenStates = seen;
    new MutationObserver(() => {
      const now = main.getAttribute('data-page-state') ?? '';
      if (seen.at(-1) !== now) seen.push(now);
    }).observe(main, { attributes: true, attributeFilter: ['data-page-state'] });
  });
}
const seenStates = (panel: Page) => panel.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates);

test.describe('full page loads between CMS pages', () => {
  test('a slow CMS page reads "loading" while it loads, never "off-site"', async ({ session }) => {
    // A slow server (the response comes late) and a slow page (a script that holds the parser): the tab spends
    // well over a second between the two CMS pages, both before and after the new page is committed.
    const slowly = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await session.context.route('https://*.cms.gov/**', async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.get('slow') === 'script') {
        await slowly(1_500);
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* held the parser */' });
      }
      if (url.searchParams.get('slow') !== 'page') return route.fallback();
      await slowly(1_500);
      const body = practiceBody(route.request().url())!;
      const held = `<script src="${url.origin}/held.js?slow=script"></script>`;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body.replace('<h1', `${held}<h1`) });
    });

    const { page, tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await recordPageStates(panel);

    const stops = [
      { url: 'https://iqies.cms.gov/user-category?slow=page', step: 'iqies-user-category' },
      { url: 'https://harp.cms.gov/register/profile-info?slow=page', step: 'harp-profile' },
      { url: 'https://iqies.cms.gov/?slow=page', step: 'iqies-welcome' },
    ];
    for (const stop of stops) {
      // An ordinary full load started by the page itself, as a link would.
      await page.evaluate((href) => void (location.href = href), stop.url);
      await expect(detected(panel)).toHaveAttribute('data-detected-step', stop.step, { timeout: 15_000 });
    }
    const seen = await seenStates(panel);
    expect(seen, 'every data-page-state the panel showed').not.toContain('off-site');
    // The panel did go through the in-between state, so the recorder was listening.
    expect(seen).toContain('loading');

    // Leaving for another site is still "off-site".
    await page.goto(OTHER_SITE_URL);
    await expect(panel.locator('main')).toHaveAttribute('data-page-state', 'off-site');
  });
});
