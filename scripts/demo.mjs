/* global chrome, Image, document, Buffer -- page functions run in the browser; Buffer is Node's */
// npm run demo: builds the extension and opens Chromium with it on the practice copies (practice.html), the
// guide following that tab in presenter mode beside it. For trainers rehearsing a session.
//
// npm run demo -- --screenshots DIR (or any run without a display): writes a screenshot tour instead, one PNG
// per practice screen with the panel beside it, into DIR (default: demo-screenshots). Nothing leaves the machine:
// every request that is not for the extension's own files is blocked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const headless = shotsAt >= 0 || !process.env.DISPLAY;
const outDir = path.resolve(shotsAt >= 0 && args[shotsAt + 1] && !args[shotsAt + 1].startsWith('--') ? args[shotsAt + 1] : 'demo-screenshots');
const extensionDir = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!args.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (headless && shotsAt < 0) console.log('demo: no display found, writing a screenshot tour instead (--screenshots DIR)');

const profile = mkdtempSync(path.join(tmpdir(), 'iqag-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 900, height: 820 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
// The practice copies load nothing from outside the extension; anything else is refused.
await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('blockedbyclient')));

try {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  const practice = context.pages()[0] ?? (await context.newPage());
  await practice.goto(`chrome-extension://${id}/practice.html#harp-profile`);
  const tabId = await practice.evaluate(async () => (await chrome.tabs.getCurrent()).id);
  const panel = await context.newPage();
  if (headless) await panel.setViewportSize({ width: 460, height: 820 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}${headless ? '' : '&mode=present'}`);

  if (!headless) {
    console.log('demo: Chromium is open on the practice copies with the guide beside them. Close the browser to finish.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    mkdirSync(outDir, { recursive: true });
    const screens = await practice.$$eval('.practice-shortcuts a', (links) => links.map((a) => a.getAttribute('href').slice(1)));
    const composer = await context.newPage();
    let n = 0;
    const shoot = async (name) => {
      const [left, right] = [await practice.screenshot({ type: 'png' }), await panel.screenshot({ type: 'png' })];
      // Side by side, drawn on a canvas in a blank page (no image library needed).
      const png = await composer.evaluate(async ([a, b]) => {
        const load = (src) => new Promise((ok) => { const i = new Image(); i.onload = () => ok(i); i.src = src; });
        const [l, r] = await Promise.all([load(a), load(b)]);
        const c = document.createElement('canvas');
        c.width = l.width + r.width + 8;
        c.height = Math.max(l.height, r.height);
        const g = c.getContext('2d');
        g.fillStyle = '#555';
        g.fillRect(0, 0, c.width, c.height);
        g.drawImage(l, 0, 0);
        g.drawImage(r, l.width + 8, 0);
        return c.toDataURL('image/png').split(',')[1];
      }, [`data:image/png;base64,${left.toString('base64')}`, `data:image/png;base64,${right.toString('base64')}`]);
      const file = path.join(outDir, `${String(++n).padStart(2, '0')}-${name}.png`);
      writeFileSync(file, Buffer.from(png, 'base64'));
      console.log(`demo: ${file}`);
    };
    const detected = () => panel.locator('main.app').getAttribute('data-detected-step');
    for (const screen of screens) {
      await practice.goto('about:blank');
      await practice.goto(`chrome-extension://${id}/practice.html#${screen}`);
      // Wait for the panel to recognise the screen (no fixed sleeps).
      await panel.waitForFunction((s) => document.querySelector('main.app')?.getAttribute('data-detected-step') === s, screen, { timeout: 10_000 });
      await shoot(screen);
    }
    // Presenter mode and a failure branch.
    await practice.goto('about:blank');
    await practice.goto(`chrome-extension://${id}/practice.html#harp-identity~failed`);
    await panel.waitForFunction(() => document.querySelector('main.app')?.getAttribute('data-detected-step') === 'harp-identity');
    await shoot('branch-identity-failed');
    await panel.setViewportSize({ width: 1000, height: 820 }); // a projector, not a side panel
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}&mode=present`);
    await panel.waitForFunction(() => document.querySelector('main.app')?.getAttribute('data-detected-step') === 'harp-identity');
    await panel.keyboard.press('ArrowRight');
    await panel.waitForFunction(() => document.querySelector('main.app')?.getAttribute('data-detected-step') === 'harp-confirmation');
    await practice.waitForSelector('[data-practice-screen="harp-confirmation"]');
    await shoot('presenter-mode');
    console.log(`demo: ${n} screenshots in ${outDir} (last step shown: ${await detected()})`);
  }
} finally {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}
