import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Session } from './harness';
import { OTHER_SITE_URL, detected, expect, openPanel, openSite, panelUrl, test } from './harness';

/**
 * "Show me where": the panel asks the followed page to outline the step's control (iqies-welcome: "Request User
 * Role"); the page answers shown or not-found. Pages with the control in several markups are served here, each
 * with hidden copies of it that must not count.
 */
const PREFIX = 'https://iqies.cms.gov/show-where/';
const HIDDEN_COPIES = '<button hidden>Request User Role</button><div style="display:none"><a href="/x">Request User Role</a></div>';
const MARKUPS: Record<string, string> = {
  'nested-spans-icon':
    '<button type="button" id="target" class="btn"><svg aria-hidden="true" width="16" height="16"><circle cx="8" cy="8" r="6"/></svg><span><span>Request</span> <span>User Role</span></span></button>',
  'submit-input': '<form onsubmit="return false"><label>Your name <input id="name" value="SENTINEL-NAME-2291"></label><input type="submit" id="target" value="Request User Role"></form>',
  'link-as-button': '<a href="/request" id="target" class="btn btn-primary" style="display:inline-block;padding:10px 18px;background:#046b99;color:#fff;text-decoration:none">Request User Role</a>',
  'below-the-fold': '<div style="height:4000px">Scroll down</div><button id="target">Request User Role</button><div style="height:600px"></div>',
  absent: '<button>Something else</button>',
};
const body = (variant: string) =>
  `<!doctype html><html lang="en"><title>iQIES</title><body style="margin:0;font:16px sans-serif"><h1>Welcome to iQIES</h1>${HIDDEN_COPIES}${MARKUPS[variant]}</body></html>`;

async function servePages(s: Session): Promise<void> {
  // Registered after the harness's catch-all, so it answers first for these URLs.
  await s.context.route(`${PREFIX}**`, (route) => {
    const variant = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body(variant) });
  });
}

/** The outline's host and the control, measured together in the page (viewport coordinates). */
const measure = (page: Page, control: string) =>
  page.evaluate((sel) => {
    const hosts = document.querySelectorAll('[data-iqag-highlight]');
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return { count: hosts.length, host: box(hosts[0] ?? null), control: box(document.querySelector(sel)), viewport: { width: innerWidth, height: innerHeight } };
  }, control);

const highlights = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-iqag-highlight]').length);

async function expectOutlined(page: Page, control: string) {
  const m = await measure(page, control);
  expect(m.count, 'one outline').toBe(1);
  const { host, control: c, viewport } = m;
  // The outline's box covers the control's (to the pixel), and the control is in view.
  expect(host!.left).toBeLessThanOrEqual(c!.left + 0.5);
  expect(host!.top).toBeLessThanOrEqual(c!.top + 0.5);
  expect(host!.right).toBeGreaterThanOrEqual(c!.right - 0.5);
  expect(host!.bottom).toBeGreaterThanOrEqual(c!.bottom - 0.5);
  expect(c!.top).toBeGreaterThanOrEqual(0);
  expect(c!.bottom).toBeLessThanOrEqual(viewport.height);
}

test.describe('Show me where', () => {
  test('outlines the control in several markups, says not-found without outlining, and goes on Escape', async ({ session }) => {
    test.setTimeout(120_000);
    await servePages(session);
    const { page, tabId } = await openSite(session, `${PREFIX}nested-spans-icon`);
    const panel = await openPanel(session, tabId);
    const main = panel.locator('main');
    const button = panel.locator('button[data-show-where]');
    for (const variant of ['nested-spans-icon', 'submit-input', 'link-as-button', 'below-the-fold']) {
      await page.goto(`${PREFIX}${variant}`);
      await expect(detected(panel), variant).toHaveAttribute('data-detected-step', 'iqies-welcome');
      await expect(main, `${variant}: a new page starts unasked`).not.toHaveAttribute('data-show-where', /./);
      await button.click();
      await expect(main, variant).toHaveAttribute('data-show-where', 'shown');
      await expectOutlined(page, '#target');
      // The page's own elements are untouched: nothing of ours inside its body.
      expect(await page.evaluate(() => document.body.querySelector('[data-iqag-highlight]'))).toBeNull();
    }
    // Escape removes it (keys go to the page's tab).
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => highlights(page)).toBe(0);

    // A click on the page removes it too.
    await panel.bringToFront();
    await button.click();
    await expect.poll(() => highlights(page)).toBe(1);
    await page.mouse.click(5, 5);
    await expect.poll(() => highlights(page)).toBe(0);

    // Not on the page: said plainly, announced, and nothing drawn.
    await page.goto(`${PREFIX}absent`);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await button.click();
    await expect(main).toHaveAttribute('data-show-where', 'not-found');
    await expect(panel.getByText("I can't find it on this page.").first()).toBeVisible();
    await expect(panel.getByTestId('announcer')).toHaveText("I can't find it on this page.");
    expect(await highlights(page)).toBe(0);
    // The button and the plain answer pass axe (WCAG 2.2 AA rules).
    const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('a page takes commands only on the watch port a panel holds: a message sent to the tab finds nobody listening, panel or not', async ({ session }) => {
    await servePages(session);
    const { page, tabId } = await openSite(session, `${PREFIX}link-as-button`);
    // An extension page of ours (the panel, following no tab) asks the page directly.
    const asker = await session.context.newPage();
    await asker.goto(panelUrl(session, 0));
    const ask = () =>
      asker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'iqag:show-where', names: ['Request User Role'] }).then(String, (e: Error) => `error: ${e.message}`),
        tabId,
      );
    expect(await ask()).toMatch(/^error: .*Receiving end does not exist/);
    expect(await highlights(page)).toBe(0);
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    expect(await ask()).toMatch(/^error: .*Receiving end does not exist/);
    expect(await highlights(page)).toBe(0);
    // The panel's own ask, on its port, is answered.
    await panel.locator('button[data-show-where]').click();
    await expect(panel.locator('main')).toHaveAttribute('data-show-where', 'shown');
    expect(await highlights(page)).toBe(1);
  });

  test('is offered only for steps with a known control', async ({ session }) => {
    const { tabId } = await openSite(session, 'https://harp.cms.gov/register/profile-info');
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('button[data-show-where]')).toHaveCount(0);
    const other = await openSite(session, OTHER_SITE_URL);
    const elsewhere = await openPanel(session, other.tabId);
    await expect(elsewhere.locator('button[data-show-where]')).toHaveCount(0);
  });

  test('works on a practice copy, and the W key asks for it while presenting', async ({ session }) => {
    const { page, tabId } = await openSite(session, `chrome-extension://${session.extensionId}/practice.html#iqies-welcome`);
    const panel = await session.context.newPage();
    await panel.goto(`${panelUrl(session, tabId)}&mode=present`);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await expect(panel.locator('main')).toHaveAttribute('data-practice', 'true');
    await panel.locator('body').press('w');
    await expect(panel.locator('main')).toHaveAttribute('data-show-where', 'shown');
    const control = page.getByRole('button', { name: 'Request User Role' });
    await expect(control).toBeVisible();
    await control.evaluate((el) => el.setAttribute('data-test-target', ''));
    await expectOutlined(page, '[data-test-target]');
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => highlights(page)).toBe(0);
  });
});
