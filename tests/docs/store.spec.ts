import type { Page } from '@playwright/test';
import { expect, openPanel, openSite, test } from '../e2e/harness';

/**
 * Store screenshots (1280×800, as the Chrome Web Store, Edge Add-ons and AMO take them): a practice page on the left
 * and the real panel following it on the right, each captured from the built extension and set side by side.
 * Part of `npm run docs`, not of `npm test`.
 */
const FIXED_NOW = new Date('2026-11-20T10:00:00');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 420;

const SHOTS = [
  { file: 'store/screenshots/1-you-are-here.png', url: 'https://harp.cms.gov/register/profile-info', track: 'staff', tick: 'legal-name', open: null },
  { file: 'store/screenshots/2-role-request.png', url: 'https://iqies.cms.gov/user-role', track: 'first-pso', tick: null, open: null },
  { file: 'store/screenshots/3-sources.png', url: 'https://iqies.cms.gov/', track: 'pso-duties', tick: null, open: 'change-of-ownership' },
] as const;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

async function sideBySide(canvas: Page, site: Buffer, panel: Buffer, file: string) {
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#fff"><img alt="" src="${dataUrl(site)}" style="display:block;border-right:1px solid #ccc">` +
      `<img alt="" src="${dataUrl(panel)}" style="display:block"></body>`,
  );
  await expect(canvas.locator('img').nth(1)).toHaveJSProperty('complete', true);
  await canvas.screenshot({ path: file, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
}

for (const shot of SHOTS) {
  test(shot.file, async ({ session }) => {
    await session.context.clock.setFixedTime(FIXED_NOW);
    const { page, tabId } = await openSite(session, shot.url);
    await page.setViewportSize({ width: WIDTH - PANEL_WIDTH - 1, height: HEIGHT });
    // The practice pages carry sentinel values for the privacy tests; a store picture shows empty fields.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) el.value = '';
      for (const el of document.querySelectorAll('select')) el.selectedIndex = -1;
    });
    const panel = await openPanel(session, tabId);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
    // On a recognised page the step comes first; the track is chosen through the header's chip.
    await panel.getByTestId('change-track').click();
    await panel.locator(`button[data-track="${shot.track}"]`).click();
    await expect(panel.locator('main')).toHaveAttribute('data-track', shot.track);
    if (shot.tick) await panel.locator(`[data-item-id="${shot.tick}"]`).check();
    if (shot.open) {
      await panel.locator(`[data-journey-step="${shot.open}"]`).click();
      await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', shot.open);
      await panel.locator('#guidance-heading').scrollIntoViewIfNeeded();
    } else {
      await panel.evaluate(() => window.scrollTo(0, 0));
    }
    await sideBySide(await session.context.newPage(), await page.screenshot(), await panel.screenshot(), shot.file);
  });
}
