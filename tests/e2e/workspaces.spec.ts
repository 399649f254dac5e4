import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { detected, expect, launch, openPanel, openSite, panelUrl, test } from './harness';
import type { Session } from './harness';

const PROFILE = 'https://harp.cms.gov/register/profile-info';
const ITEMS = ['own-account', 'legal-name', 'home-address', 'work-email'];

const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;
/** Progress keys only (not the version, quarantine or backup). */
const progressOf = (all: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(all).filter(([k, v]) => (k.startsWith('ws:') || k === 'settings.activeWorkspace') && v !== null));
const ready = (panel: Page) => expect(panel.locator('input[data-item-id]').first()).toBeEnabled();
const openWorkspace = (panel: Page) => panel.locator('[data-testid="workspace"] > summary').click();

async function seed(s: Session, tabId: number): Promise<Page> {
  const panel = await openPanel(s, tabId);
  await ready(panel);
  await panel.locator('[data-item-id="legal-name"]').check();
  await panel.locator('[data-item-id="work-email"]').check();
  await panel.locator('[data-step-done="harp-profile"]').check();
  await panel.locator('[data-step-note="harp-profile"]').fill('Used my work email; PSO is Dana.');
  await panel.locator('[data-step-note="harp-profile"]').blur();
  await openWorkspace(panel);
  await panel.getByLabel('HARP account created').fill('2026-11-20');
  await panel.getByLabel('HARP account created').blur();
  await expect.poll(async () => Object.keys(progressOf(await stored(panel))).length).toBe(5);
  return panel;
}

test.describe('progress: workspaces, export/import, corruption, print', () => {
  test('two panels on one tab × 100 interleaved toggles: nothing lost, both agree, a reload agrees', async ({ session }) => {
    const { tabId } = await openSite(session, PROFILE);
    const [a, b] = [await openPanel(session, tabId), await openPanel(session, tabId)];
    await Promise.all([ready(a), ready(b)]);
    // Each panel clicks its own items, 50 clicks each with random pauses, both at once (100 toggles in all).
    const run = (panel: Page, mine: string[], seed: number) =>
      panel.evaluate(
        async ({ mine, seed }) => {
          let x = seed;
          const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
          const clicks: Record<string, number> = {};
          for (let i = 0; i < 50; i++) {
            const id = mine[Math.floor(rnd() * mine.length)]!;
            (document.querySelector(`input[data-item-id="${id}"]`) as HTMLInputElement).click();
            clicks[id] = (clicks[id] ?? 0) + 1;
            await new Promise((r) => setTimeout(r, rnd() * 8));
          }
          return clicks;
        },
        { mine, seed },
      );
    const [ca, cb] = await Promise.all([run(a, [ITEMS[0]!, ITEMS[2]!], 7), run(b, [ITEMS[1]!, ITEMS[3]!], 11)]);
    const clicks = { ...ca, ...cb };
    expect(Object.values(clicks).reduce((n, c) => n + c, 0)).toBe(100);
    const expected = Object.fromEntries(ITEMS.map((id) => [id, (clicks[id] ?? 0) % 2 === 1]));
    for (const panel of [a, b]) {
      for (const id of ITEMS) await expect(panel.locator(`[data-item-id="${id}"]`), `${id}`).toBeChecked({ checked: expected[id] });
    }
    const keys = Object.keys(progressOf(await stored(a))).sort();
    expect(keys).toEqual(ITEMS.filter((id) => expected[id]).map((id) => `ws:default:tick:harp-profile:${id}`).sort());
    // And a panel that loads afresh agrees.
    await a.reload();
    for (const id of ITEMS) await expect(a.locator(`[data-item-id="${id}"]`), `${id} after reload`).toBeChecked({ checked: expected[id] });
  });

  test('workspaces keep progress apart, survive a restart, and delete after a confirm', async ({ session, profileDir }) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    await ready(panel);
    await panel.locator('[data-item-id="legal-name"]').check();
    await openWorkspace(panel);
    await panel.getByLabel('New workspace name').fill('Sunny Acres');
    await panel.getByRole('button', { name: 'Create' }).click();
    await expect(panel.locator('[data-testid="workspace"] > summary')).toContainText('Sunny Acres');
    await expect(panel.locator('[data-item-id="legal-name"]')).not.toBeChecked();
    await panel.locator('[data-item-id="home-address"]').check();
    await panel.getByRole('button', { name: 'Rename…' }).click();
    await panel.getByLabel(/New name for/).fill('Sunny Acres SNF');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await expect(panel.getByLabel('Workspace', { exact: true })).toContainText('Sunny Acres SNF');
    await session.context.close();

    const again = await launch(profileDir);
    try {
      const site = await openSite(again, PROFILE);
      const p = await openPanel(again, site.tabId);
      await ready(p);
      await expect(p.locator('[data-testid="workspace"] > summary')).toContainText('Sunny Acres SNF');
      await expect(p.locator('[data-item-id="home-address"]')).toBeChecked();
      await expect(p.locator('[data-item-id="legal-name"]')).not.toBeChecked();
      await openWorkspace(p);
      await p.getByLabel('Workspace', { exact: true }).selectOption('default');
      await expect(p.locator('[data-item-id="legal-name"]')).toBeChecked();
      await expect(p.locator('[data-item-id="home-address"]')).not.toBeChecked();
      await p.getByLabel('Workspace', { exact: true }).selectOption({ label: 'Sunny Acres SNF' });
      await p.getByRole('button', { name: 'Delete…' }).click();
      await p.getByRole('button', { name: 'Keep it' }).click();
      await expect(p.locator('[data-item-id="home-address"]')).toBeChecked();
      await p.getByRole('button', { name: 'Delete…' }).click();
      await p.getByRole('button', { name: /Yes, delete/ }).click();
      await expect(p.locator('[data-testid="workspace"] > summary')).toContainText('My progress');
      await expect(p.locator('[data-item-id="legal-name"]')).toBeChecked();
      expect(Object.keys(await stored(p)).filter((k) => k.startsWith('ws:') && !k.startsWith('ws:default:'))).toEqual([]);
      expect(again.extensionRequests).toEqual([]);
    } finally {
      await again.context.close();
    }
  });

  test('export → wipe → import restores exactly; a bad file is refused with its path', async ({ session }, info) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await seed(session, tabId);
    const before = progressOf(await stored(panel));
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export all workspaces' }).click();
    const file = info.outputPath('export.json');
    await (await download).saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'iqies-access-guide/progress', schemaVersion: 2 });

    await panel.evaluate(() => chrome.storage.local.clear());
    await panel.reload();
    await ready(panel);
    await expect(panel.locator('[data-item-id="legal-name"]')).not.toBeChecked();

    await openWorkspace(panel);
    const bad = JSON.parse(text);
    bad.workspaces[0].steps['harp-profile'].done = 'last week';
    await panel.getByLabel(/Import progress/).setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(panel.getByTestId('import-errors')).toContainText('workspaces.0.steps.harp-profile.done: expected a date');
    expect(progressOf(await stored(panel))).toEqual({});

    await panel.getByLabel(/Import progress/).setInputFiles(file);
    await expect(panel.getByTestId('import-preview')).toContainText('My progress');
    await panel.getByRole('button', { name: 'Import and replace' }).click();
    await expect(panel.locator('[data-item-id="legal-name"]')).toBeChecked();
    await expect(panel.locator('[data-step-note="harp-profile"]')).toHaveValue('Used my work email; PSO is Dana.');
    await expect.poll(async () => progressOf(await stored(panel))).toEqual(before);

    // The import kept a backup of the (wiped) state it replaced: undoing it puts that back.
    await panel.getByRole('button', { name: /Undo the last import/ }).click();
    await panel.getByRole('button', { name: 'Import and replace' }).click();
    await expect(panel.locator('[data-item-id="legal-name"]')).not.toBeChecked();
    await expect.poll(async () => progressOf(await stored(panel))).toEqual({});
  });

  test('every stored key corrupted: the panel still loads, shows the detected step and says so once', async ({ session }) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await seed(session, tabId);
    await panel.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const junk = [42, 'garbage', { at: 5 }, [], { name: 'x'.repeat(100_000) }, true, { __proto__: null }];
      const bad = Object.fromEntries(Object.keys(all).map((k, i) => [k, junk[i % junk.length]]));
      // The version key too (a number would read as "made by a newer version", tested in the unit tests).
      await chrome.storage.local.set({ ...bad, 'progress.version': 'garbage', 'settings.activeWorkspace': { id: 7 } });
    });
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('[aria-current="step"][data-step-id="harp-profile"]')).toBeVisible();
    await expect(panel.getByTestId('storage-notice')).toContainText('damaged');
    await ready(panel);
    await panel.locator('[data-item-id="home-address"]').check();
    await panel.reload();
    await expect(panel.locator('[data-item-id="home-address"]')).toBeChecked();
    await expect(panel.getByTestId('storage-notice')).toHaveCount(0);
    const keys = Object.keys(await stored(panel));
    expect(keys.some((k) => k.startsWith('quarantine:'))).toBe(true);
  });

  test('service worker stopped mid-flow: state and panel stay correct', async ({ session }) => {
    const { page, tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    await ready(panel);
    await panel.locator('[data-item-id="legal-name"]').check();
    const cdp = await session.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.locator('[data-item-id="home-address"]').check();
    await page.goto('https://harp.cms.gov/register/account-info');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    await panel.locator('[data-journey-step="harp-profile"]').click();
    await expect(panel.locator('[data-item-id="legal-name"]')).toBeChecked();
    await expect(panel.locator('[data-item-id="home-address"]')).toBeChecked();
  });

  test('the printable summary renders on one page and prints without controls', async ({ session }) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await seed(session, tabId);
    const summary = await session.context.newPage();
    await summary.setViewportSize({ width: 816, height: 1056 });
    await summary.goto(panelUrl(session).replace('sidepanel.html', 'summary.html?workspace=default'));
    await expect(summary.locator('[data-summary-done="harp-profile"]')).toContainText('Used my work email');
    await expect(summary.locator('[data-summary-left="prepare"]')).toBeVisible();
    await expect(summary.getByText('2026-11-20')).toBeVisible();
    await expect(summary.getByText('iQIES Service Center')).toBeVisible();
    await summary.emulateMedia({ media: 'print' });
    await expect(summary.getByRole('button', { name: 'Print this page' })).toBeHidden();
    // Printed to PDF (headless Chromium): exactly one Letter page.
    const pdf = await summary.pdf({ format: 'Letter' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await expect(panel.getByTestId('summary-link')).toHaveAttribute('href', '/summary.html?workspace=default');
  });
});

test('an import preview made stale by another panel is not applied: it is shown again, then applied', async ({ session }, info) => {
  const { tabId } = await openSite(session, PROFILE);
  const a = await openPanel(session, tabId);
  await ready(a);
  await a.locator('[data-item-id="legal-name"]').check();
  await openWorkspace(a);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Export this workspace' }).click();
  const file = info.outputPath('one.json');
  await (await download).saveAs(file);
  await a.getByLabel(/Import progress/).setInputFiles(file);
  await expect(a.getByTestId('import-preview')).toContainText('1 ticked now → 1 ticked');

  // Meanwhile another panel ticks two more items.
  const b = await openPanel(session, tabId);
  await ready(b);
  await b.locator('[data-item-id="home-address"]').check();
  await b.locator('[data-item-id="work-email"]').check();
  await expect.poll(async () => Object.keys(progressOf(await stored(b))).length).toBe(3);

  await a.getByRole('button', { name: 'Import and replace' }).click();
  await expect(a.getByTestId('import-stale')).toBeVisible();
  await expect(a.getByTestId('import-preview')).toContainText('3 ticked now → 1 ticked');
  expect(Object.keys(progressOf(await stored(a))).length).toBe(3); // nothing was overwritten
  await a.getByRole('button', { name: 'Import and replace' }).click();
  await expect(a.getByTestId('import-preview')).toHaveCount(0);
  await expect(b.locator('[data-item-id="home-address"]')).not.toBeChecked();
  expect(Object.keys(progressOf(await stored(a)))).toEqual(['ws:default:tick:harp-profile:legal-name']);
});
