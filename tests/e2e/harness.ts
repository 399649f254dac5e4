import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { test as base, chromium, expect } from '@playwright/test';
import { itemOf } from '../../utils/storage/items';
import { OTHER_SITE_URL, practiceBody } from '../fixtures/pages/serve';

export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export { OTHER_SITE_URL, practiceBody };

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Requests that were not for a practice page: should stay empty (the extension talks to no server). */
  strayRequests: string[];
  /** Requests made by the extension itself (its pages or worker) to anything but its own files. */
  extensionRequests: string[];
}

export async function launch(userDataDir: string, extensionDir = EXTENSION_DIR): Promise<Session> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 900 },
    // Playwright turns the back/forward cache off; users have it on, so the tests do too.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  const strayRequests: string[] = [];
  const extensionRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (panel, scripts) load from the package, never from a network.
    if (url.startsWith(`chrome-extension://`)) return route.continue();
    const body = practiceBody(url);
    if (body === null) {
      strayRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const fromExtension = (req: Request) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    let origin: string;
    try {
      origin = req.serviceWorker()?.url() ?? req.frame().url();
    } catch {
      origin = ''; // a request with no frame (e.g. from the browser itself)
    }
    if (origin.startsWith('chrome-extension://')) extensionRequests.push(url);
  };
  context.on('request', fromExtension);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, strayRequests, extensionRequests };
}

export function panelUrl(s: Session, tabId?: number): string {
  return `chrome-extension://${s.extensionId}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
}

/** Ids of all tabs, read from an extension page (the extension has no `tabs` permission, so no URLs). */
async function tabIds(s: Session): Promise<number[]> {
  const control = await s.context.newPage();
  await control.goto(panelUrl(s, 0));
  const own = await control.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const ids = await control.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
  await control.close();
  return ids.filter((id) => id !== own);
}

/** Opens a site page in a new tab and returns it with its tab id. */
export async function openSite(s: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(s));
  const page = await s.context.newPage();
  await page.goto(url);
  const fresh = (await tabIds(s)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab, found ${fresh.length}`);
  return { page, tabId: fresh[0]! };
}

/** Opens the panel in a tab, following tabId (the public `sidepanel.html?tabId=N` contract). */
export async function openPanel(s: Session, tabId: number): Promise<Page> {
  const panel = await s.context.newPage();
  await panel.goto(panelUrl(s, tabId));
  await expect(panel.locator('main[data-page-state]')).not.toHaveAttribute('data-page-state', 'loading');
  return panel;
}

export const detected = (panel: Page) => panel.locator('main[data-detected-step]');

/** A local date `back` days before today (YYYY-MM-DD), as the browser (not Node) sees it. */
export const daysAgo = (s: Session, back: number): Promise<string> =>
  s.context.serviceWorkers()[0]!.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, back);

/**
 * Every key in the extension's storage, read from an extension page (the service worker may have been stopped by
 * the test); null when the test closed the browser itself.
 */
async function storedKeys(s: Session): Promise<string[] | null> {
  let page: Page;
  try {
    page = await s.context.newPage();
  } catch {
    return null;
  }
  await page.goto(panelUrl(s));
  const keys = await page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
  await page.close();
  return keys;
}

export const test = base.extend<{ profileDir: string; session: Session; undeclaredAllowed: RegExp | undefined }>({
  /** Keys a test writes itself that are not the app's (e.g. filler to fill storage up). */
  undeclaredAllowed: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iqag-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  session: async ({ profileDir, undeclaredAllowed }, use) => {
    const s = await launch(profileDir);
    await use(s);
    // Every test also proves the extension made no network request of its own.
    expect(s.extensionRequests, 'requests made by the extension').toEqual([]);
    // …and wrote no key that utils/storage/items.ts does not declare (export, import and Undo would not know it).
    const undeclared = ((await storedKeys(s)) ?? []).filter((k) => !itemOf(k) && !undeclaredAllowed?.test(k));
    expect(undeclared, 'stored keys that utils/storage/items.ts does not declare').toEqual([]);
    await s.context.close();
  },
});

export { expect };
