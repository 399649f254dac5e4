import type { Worker } from '@playwright/test';
import { OTHER_SITE_URL, daysAgo, expect, openPanel, openSite, panelUrl, test } from './harness';
import type { Session } from './harness';

const KEY = 'activity:iqies-last-signed-in';
const SIGNED_IN = 'https://iqies.cms.gov/';
const SIGN_IN = 'https://iqies.cms.gov/login';

const worker = (s: Session): Worker => s.context.serviceWorkers()[0]!;
const stored = (s: Session, key: string) => worker(s).evaluate(async (k) => (await chrome.storage.local.get(k))[k] as unknown, key);
test('with no panel open, a signed-in iQIES page records today; the sign-in page and other sites do not', async ({ session }) => {
  const { page } = await openSite(session, OTHER_SITE_URL);
  await page.goto(SIGN_IN);
  await expect(page.getByRole('heading', { name: 'Sign In' })).toBeVisible();
  // The content script decides on a sign-in page synchronously at load; leaving it settles any write it made.
  await page.goto(OTHER_SITE_URL);
  expect(await stored(session, KEY)).toBeUndefined();

  await page.goto(SIGNED_IN);
  await expect.poll(() => stored(session, KEY)).toBe(await daysAgo(session, 0));
  expect(session.strayRequests).toEqual([]);
});

test('with no panel open, hidden sign-out links, sign-in routes of any shape and a link to a help page about signing out record nothing', async ({ session }) => {
  test.setTimeout(90_000);
  const { page } = await openSite(session, OTHER_SITE_URL);
  const hiddenLinks = '<a href="/logout" hidden>Log out</a><a href="/logout" style="display:none">Log out</a><span style="visibility:hidden"><button>Sign out</button></span>';
  const bodies: Record<string, string> = {
    '/login.html': `<h1>Sign In</h1>${hiddenLinks}`,
    '/login;jsessionid=0123ABC': `<h1>Sign In</h1>${hiddenLinks}`,
    '/signin.aspx': `<h1>Sign In</h1>${hiddenLinks}`,
    '/auth/realms/cms/protocol/openid-connect/auth': `<h1>Sign In</h1>${hiddenLinks}`,
    '/sign_in': `<h1>Sign In</h1>${hiddenLinks}`,
    '/': `<h1>Sign In</h1>${hiddenLinks}`,
    '/help': '<h1>Help</h1><p>Signed out?</p><a href="/help/why-logout-happens">Why this happens</a>',
  };
  for (const [path, body] of Object.entries(bodies)) {
    const url = `https://iqies.cms.gov${path}`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>iQIES</title>${body}` }));
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    // Leaving the page settles any write the check at load made.
    await page.goto(OTHER_SITE_URL);
    expect(await stored(session, KEY), path).toBeUndefined();
  }
  // Positive control: the same hidden links beside a visible one record today.
  await page.unrouteAll();
  await page.route(SIGNED_IN, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><h1>iQIES</h1>${hiddenLinks}<a href="/logout">Log out</a>` }));
  await page.goto(SIGNED_IN);
  await expect.poll(() => stored(session, KEY)).toBe(await daysAgo(session, 0));
});

test('a stored date 50 days back warns with the date to sign in by; 61 days back explains the lapse and offers restoring access', async ({ session }) => {
  await worker(session).evaluate(async ([k, v]) => chrome.storage.local.set({ [k!]: v }), [KEY, await daysAgo(session, 50)]);
  const panel = await session.context.newPage();
  await panel.goto(panelUrl(session));
  const root = panel.locator('main.app');
  await expect(root).toHaveAttribute('data-activity', 'warn');
  await expect(root).toHaveAttribute('data-days-since-iqies', '50');
  await expect(panel.locator('[data-activity-card="warn"]')).toContainText('Sign in to iQIES by');
  await expect(panel.locator('[data-activity-card="warn"]')).toContainText('50 days ago');
  await expect(panel.locator('[data-activity-card="warn"]')).toContainText('only knows sign-ins it saw in this browser');

  // Live: a change in storage reaches the open panel.
  await worker(session).evaluate(async ([k, v]) => chrome.storage.local.set({ [k!]: v }), [KEY, await daysAgo(session, 61)]);
  await expect(root).toHaveAttribute('data-activity', 'lapsed');
  await expect(root).toHaveAttribute('data-days-since-iqies', '61');
  const card = panel.locator('[data-activity-card="lapsed"]');
  await expect(card).toContainText('revokes your roles');
  await expect(card).toContainText('Your HARP account stays');
  await card.getByRole('button', { name: 'Show the steps to restore access' }).click();
  await expect(root).toHaveAttribute('data-track', 'restore-access');

  // A corrupt value is salvaged, never a crash: unknown, with an empty count.
  await worker(session).evaluate(async (k) => chrome.storage.local.set({ [k]: { not: 'a date' } }), KEY);
  await expect(root).toHaveAttribute('data-activity', 'unknown');
  await expect(root).toHaveAttribute('data-days-since-iqies', '');
});

test('the request-submitted page records the request and shows the waiting card, until approval is recorded', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://iqies.cms.gov/request-submitted');
  const panel = await openPanel(session, tabId);
  const today = await daysAgo(session, 0);
  const card = panel.locator('[data-waiting-since]');
  await expect(card).toHaveAttribute('data-waiting-since', today);
  await expect(card).toContainText('Waiting for your iQIES role');
  // No track chosen: both approvers are named.
  await expect(card).toContainText("CMS approves a facility's first PSO; a PSO of the facility approves everyone else");
  await expect(panel.locator('[data-milestone="role-requested"]')).toHaveValue(today);
  // The page carries a sign-out control: this visit also counts for the 60-day guard.
  await expect(panel.locator('main.app')).toHaveAttribute('data-activity', 'ok');
  await expect(panel.locator('main.app')).toHaveAttribute('data-days-since-iqies', '0');

  await card.getByRole('button', { name: 'My role was approved' }).click();
  await expect(panel.locator('[data-waiting-since]')).toHaveCount(0);
  await expect(panel.locator('[data-milestone="role-approved"]')).toHaveValue(today);
});

test('reminders on: the alarms exist in the service worker; off: only the refresh remains', async ({ session }) => {
  await worker(session).evaluate(async ([k, v]) => chrome.storage.local.set({ [k!]: v }), [KEY, await daysAgo(session, 10)]);
  const names = () => worker(session).evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
  await expect.poll(names).toEqual(['iqag:refresh']);
  // Turned on as the panel's toggle does after the notifications permission was granted (the permission prompt
  // itself cannot be answered in a headless browser; the toggle's request is covered by unit tests).
  await worker(session).evaluate(async () => chrome.storage.local.set({ 'settings.reminders': { on: true } }));
  const last = await daysAgo(session, 10);
  await expect.poll(names).toEqual(['iqag:refresh', `iqag:sign-in-45:${last}`, `iqag:sign-in-55:${last}`]);
  const panel = await session.context.newPage();
  await panel.goto(panelUrl(session));
  await expect(panel.getByTestId('reminders-toggle')).toBeChecked();
  await panel.getByTestId('reminders-toggle').uncheck();
  await expect.poll(names).toEqual(['iqag:refresh']);
});

test('the HARP confirmation page records "HARP account created" (once; it stays editable)', async ({ session }) => {
  const { tabId } = await openSite(session, 'https://harp.cms.gov/register/confirmation');
  const panel = await openPanel(session, tabId);
  await expect(panel.locator('[data-milestone="harp-account-created"]')).toHaveValue(await daysAgo(session, 0));
  await expect(panel.locator('[data-milestone="role-requested"]')).toHaveValue('');
  await expect(panel.locator('[data-waiting-since]')).toHaveCount(0);
});
