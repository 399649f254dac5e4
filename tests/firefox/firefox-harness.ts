import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { practiceBody } from '../fixtures/pages/serve';

/**
 * A real Firefox run: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core), with the built add-on
 * installed as a temporary add-on and the practice pages answered at the real hostnames by request interception.
 *
 * WebDriver BiDi will not navigate a tab to a `moz-extension://` page, so the guide is read where users see it:
 * the real sidebar. `--remote-allow-system-access` lets the test evaluate script in the browser window's chrome
 * scope, where it opens the add-on's sidebar and loads a one-line frame script into the sidebar's browser that
 * answers with the panel root's `data-detected-step`. The add-on itself is not changed for the test.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

interface SidebarState {
  url: string;
  detectedStep: string | null;
  pageState: string | null;
  /** The organisation name the panel shows from managed policy, if any. */
  orgName: string | null;
  /** The panel page's title (set from the locale). */
  title: string;
  /** The panel root's `data-show-where` ("shown", "not-found"), null before asking. */
  showWhere: string | null;
}

export interface FirefoxSession {
  browser: Browser;
  page: Page;
  addonId: string;
  /** Requests from the tab that were not for a practice page (or the browser's own favicon): should stay empty. */
  strayRequests: string[];
  /** What the sidebar's panel shows now. */
  readSidebar(): Promise<SidebarState>;
  /** Clicks the first element of the sidebar's panel matching `selector`; false when there is none. */
  clickSidebar(selector: string): Promise<boolean>;
  /** What Firefox itself shows for the add-on (its manifest strings, localised): name, description, sidebar title. */
  readAddon(): Promise<{ name: string; description: string; sidebarTitle: string }>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const strayRequests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const body = practiceBody(request.url());
    // Firefox asks every site for its icon by itself; that is the browser, not the add-on.
    if (body === null && new URL(request.url()).pathname === '/favicon.ico') {
      request.abort().catch(() => undefined);
    } else if (body === null) {
      strayRequests.push(request.url());
      request.abort().catch(() => undefined);
    } else {
      // A request superseded by the next navigation is gone by the time it is answered: nothing to do then.
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => undefined);
    }
  });

  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const chromeContext = tree.contexts[0]?.context;
  if (!chromeContext) throw new Error('Firefox exposed no browser window (is --remote-allow-system-access supported?)');
  const evaluate = async (expression: string): Promise<unknown> => {
    const reply = (await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    })).result as EvaluateResult;
    if (reply.type !== 'success') throw new Error(`chrome-scope script failed: ${reply.exceptionDetails?.text ?? 'unknown'}`);
    return reply.result?.value;
  };

  // Open the add-on's sidebar (its id is derived from the add-on id). Right after the install the sidebar may
  // not be ready to load a panel yet, so this is retried until the panel's browser exists.
  const sidebarId = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
  const showUntil = Date.now() + 15_000;
  for (;;) {
    const shown = await evaluate(`(async () => {
      if (!SidebarController.sidebars.has(${JSON.stringify(sidebarId)})) return false;
      await SidebarController.show(${JSON.stringify(sidebarId)});
      return !!document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
    })()`).catch(() => false);
    if (shown) break;
    if (Date.now() > showUntil) throw new Error(`the add-on's sidebar (${sidebarId}) never opened`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  /** Runs `script` (a frame script that answers with sendAsyncMessage('iqag-test:read', …)) in the sidebar's panel. */
  const inSidebar = async (script: string): Promise<unknown> =>
    JSON.parse(
      String(
        await evaluate(`new Promise((resolve, reject) => {
      const browser = document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
      if (!browser) return reject(new Error('the sidebar has no extension browser yet'));
      const mm = browser.messageManager;
      const onReply = (message) => { mm.removeMessageListener('iqag-test:read', onReply); resolve(JSON.stringify(message.data)); };
      mm.addMessageListener('iqag-test:read', onReply);
      mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
      setTimeout(() => reject(new Error('the sidebar did not answer')), 5000);
    })`),
      ),
    );
  const readSidebar = async () => (await inSidebar(FRAME_SCRIPT)) as SidebarState;
  const clickSidebar = async (selector: string) =>
    (await inSidebar(`
      const el = content.document.querySelector(${JSON.stringify(selector)});
      if (el) el.click();
      sendAsyncMessage('iqag-test:read', !!el);
    `)) as boolean;
  const readAddon = async () => {
    const value = await evaluate(`(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(addonId)});
      return JSON.stringify({ name: addon.name, description: addon.description, sidebarTitle: SidebarController.sidebars.get(${JSON.stringify(sidebarId)})?.title ?? '' });
    })()`);
    return JSON.parse(String(value)) as { name: string; description: string; sidebarTitle: string };
  };
  return { browser, page, addonId, strayRequests, readSidebar, clickSidebar, readAddon, close: () => browser.close() };
}

/** Runs once in the sidebar's content process; reads two attributes of the panel root and the page's URL. */
const FRAME_SCRIPT = `
  const root = content.document.querySelector('[data-detected-step]');
  sendAsyncMessage('iqag-test:read', {
    url: content.location.href,
    detectedStep: root ? root.getAttribute('data-detected-step') : null,
    pageState: root ? root.getAttribute('data-page-state') : null,
    orgName: content.document.querySelector('[data-org-name]')?.textContent ?? null,
    title: content.document.title,
    showWhere: content.document.querySelector('main')?.getAttribute('data-show-where') ?? null,
  });
`;

/** Polls the sidebar until `check` holds (the panel updates asynchronously after each navigation). */
export async function waitForSidebar(
  session: FirefoxSession,
  check: (state: Awaited<ReturnType<FirefoxSession['readSidebar']>>) => boolean,
  timeoutMs = 10_000,
): Promise<Awaited<ReturnType<FirefoxSession['readSidebar']>>> {
  const until = Date.now() + timeoutMs;
  let last = await session.readSidebar().catch(() => null);
  while (!last || !check(last)) {
    if (Date.now() > until) throw new Error(`sidebar never matched; last state: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await session.readSidebar().catch(() => null);
  }
  return last;
}
