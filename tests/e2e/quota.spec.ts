import { expect, openPanel, openSite, test } from './harness';

const PROFILE = 'https://harp.cms.gov/register/profile-info';
// This test's own filler, written to fill storage up.
test.use({ undeclaredAllowed: /^(?:filler\d+|probe)$/ });

test('storage full: the panel says so and nothing is half-written', async ({ session }) => {
  const { tabId } = await openSite(session, PROFILE);
  const panel = await openPanel(session, tabId);
  await expect(panel.locator('input[data-item-id]').first()).toBeEnabled();

  // Figures for the report: bytes of a workspace with every item ticked, every step done and a full note each.
  const figures = await panel.evaluate(async () => {
    const before = await chrome.storage.local.getBytesInUse(null);
    const boxes = [...document.querySelectorAll<HTMLButtonElement>('[data-journey-step]')].map((b) => b.dataset.journeyStep!);
    const full: Record<string, unknown> = {};
    for (const step of boxes) {
      full[`ws:full:step:${step}`] = { done: '2026-11-25' };
      full[`ws:full:note:${step}`] = { text: 'n'.repeat(2000) };
      for (let i = 0; i < 6; i++) full[`ws:full:tick:${step}:item-${i}`] = { at: '2026-11-25' };
    }
    await chrome.storage.local.set(full);
    const workspace = (await chrome.storage.local.getBytesInUse(null)) - before;
    await chrome.storage.local.remove(Object.keys(full));
    // Fill storage to within a few bytes of the quota with a key that is not progress.
    const quota = chrome.storage.local.QUOTA_BYTES;
    let free = quota - (await chrome.storage.local.getBytesInUse(null));
    let n = 0;
    for (const pad of [200, 60, 20]) {
      await chrome.storage.local.set({ [`filler${n++}`]: 'x'.repeat(Math.max(0, free - pad - 12)) }).catch(() => undefined);
      free = quota - (await chrome.storage.local.getBytesInUse(null));
    }
    let message = '';
    await chrome.storage.local.set({ probe: 'x'.repeat(100) }).catch((e: Error) => (message = e.message));
    return { quota, workspace, free, message };
  });
  console.info(`quota figures: ${JSON.stringify(figures)}`);
  expect(figures.message).toMatch(/quota/i);
  expect(figures.free).toBeLessThan(60);

  // A plain click: the box flips back as soon as the refusal comes, too fast for check()'s own verification.
  await panel.locator('[data-item-id="legal-name"]').click();
  await expect(panel.getByRole('alert').filter({ hasText: 'Storage for this extension is full' })).toBeVisible();
  await expect(panel.locator('[data-item-id="legal-name"]')).not.toBeChecked();
  const stored = await panel.evaluate(() => chrome.storage.local.get(null));
  expect(Object.keys(stored).filter((k) => k.startsWith('ws:'))).toEqual([]);
});
