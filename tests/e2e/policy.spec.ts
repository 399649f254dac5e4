import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { EXTENSION_DIR, expect, openPanel, openSite, test } from './harness';

/**
 * Organisation policy through the real thing: Debian's Chromium reads enterprise policy from
 * /etc/chromium/policies/managed/*.json (also headless), including per-extension "3rdparty" policy, which the
 * extension reads from storage.managed. Writing there needs root (as CI runs).
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/iqies-access-guide-e2e-${process.pid}.json`;
const PROFILE = 'https://harp.cms.gov/register/profile-info';

/** An unpacked extension's id: the first 32 hex digits of the SHA-256 of its absolute path, 0–f mapped to a–p. */
function unpackedId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function writePolicy(policy: unknown) {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(EXTENSION_DIR)]: policy } } }));
}

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

test.describe('organisation policy (managed storage)', () => {
  test.skip(!canWritePolicy(), `needs write access to ${POLICY_DIR} (run as root, as CI does)`);
  test.afterEach(() => rmSync(POLICY_FILE, { force: true }));

  test('a policy sets the organisation, its contact, facility workspaces, tracks and notes; a change applies live', async ({ session }) => {
    expect(session.extensionId).toBe(unpackedId(EXTENSION_DIR));
    // Written before the browser reads it: the fixture's browser is already up, so it picks the file up live.
    writePolicy({
      organizationName: 'Sunny Care Group',
      helpContact: { name: 'Dana Reyes, IT help', email: 'help@sunnycare.example', phone: '555 010 0199' },
      workspaces: ['Sunny Acres SNF', 'Maple Court'],
      defaultTrack: 'staff',
      hiddenTracks: ['vendor'],
      allowNotes: false,
    });
    const { tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    const org = panel.locator('[data-org-contact]').first();
    await expect(org).toContainText('Dana Reyes, IT help', { timeout: 30_000 });
    await expect(org).toContainText('Sunny Care Group');
    await expect(org.getByRole('link', { name: 'help@sunnycare.example' })).toHaveAttribute('href', 'mailto:help@sunnycare.example');
    // First under "Who can help".
    await expect(panel.locator('section[aria-labelledby="contacts-heading"] li').first()).toHaveAttribute('data-org-contact', '');
    await expect(panel.locator('[data-org-name]')).toHaveText('For Sunny Care Group');
    // The default track applies to a workspace with none chosen; the hidden track is not offered.
    await expect(panel.locator('main')).toHaveAttribute('data-track', 'staff');
    await panel.getByTestId('change-track').or(panel.getByRole('button', { name: /change/i })).first().click();
    await expect(panel.locator('button[data-track="staff"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.locator('button[data-track]')).toHaveCount(5);
    await expect(panel.locator('button[data-track="vendor"]')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Keep my current track' }).click();
    // Notes are off; the facility workspaces exist (created by the background, not switched to).
    await expect(panel.getByTestId('notes-off')).toBeVisible();
    await expect(panel.locator('[data-step-note]')).toHaveCount(0);
    await panel.locator('[data-testid="workspace"] > summary').click();
    const options = panel.getByLabel('Workspace', { exact: true }).locator('option');
    await expect(options).toContainText(['My progress', 'Maple Court', 'Sunny Acres SNF'], { ignoreCase: true, useInnerText: true });
    await expect(panel.getByTestId('policy-note')).toHaveCount(0);

    // IT changes the policy while the panel is open: applied without a reload; a value of the wrong shape is
    // ignored and named, the rest still applies.
    writePolicy({ organizationName: 'Sunny Care Group West', helpContact: { email: 'call Dana' }, allowNotes: true });
    await expect(panel.locator('[data-org-name]')).toHaveText('For Sunny Care Group West', { timeout: 30_000 });
    await expect(panel.getByTestId('policy-note')).toHaveAttribute('data-policy-ignored', 'helpContact');
    await expect(panel.locator('[data-step-note]')).toHaveCount(1);
    await expect(panel.locator('main')).toHaveAttribute('data-track', '');
  });

  test('a policy of the wrong shape is ignored with a note; the panel works as usual', async ({ session }) => {
    // Wrong types Chrome itself drops (checked against public/managed_schema.json); wrong values of the right
    // type reach the extension, which ignores them and names them.
    writePolicy({
      organizationName: ['x'],
      allowNotes: 'maybe',
      workspaces: 'all',
      helpContact: { email: 'not an email' },
      hiddenTracks: ['first-pso', 'additional-pso', 'staff', 'vendor', 'pso-duties', 'restore-access'],
      orgName: 'a key the schema does not have',
      defaultTrack: 'not-a-track',
    });
    const { tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    await expect(panel.getByTestId('policy-note')).toHaveAttribute('data-policy-ignored', 'helpContact hiddenTracks', { timeout: 30_000 });
    // What Chrome hands the extension: wrong types, values outside an enum and unknown keys are already gone, so
    // the guide cannot name them (chrome://policy lists them as "Not set").
    const managed = await panel.evaluate(async () => chrome.storage.managed.get(null));
    expect(Object.keys(managed).sort()).toEqual(['helpContact', 'hiddenTracks']);
    await expect(panel.getByTestId('policy-note')).not.toHaveAttribute('data-policy-unknown');
    await expect(panel.locator('main')).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.locator('[data-org-contact]')).toHaveCount(0);
    await panel.locator('[data-item-id="legal-name"]').check();
    await expect(panel.locator('[data-item-id="legal-name"]')).toBeChecked();
    await expect(panel.locator('[data-step-note]')).toHaveCount(1);
  });
  test('every facility workspace the policy names is created, non-Latin names too; one whose place is taken is named in the note', async ({ session }) => {
    const { tabId } = await openSite(session, PROFILE);
    const panel = await openPanel(session, tabId);
    // A workspace the policy made earlier for "Old", renamed by the user since: its place is taken.
    await panel.evaluate(async () => chrome.storage.local.set({ 'ws:org-old:meta': { name: 'Renamed by me' } }));
    const names = ['北院', '南院', 'Пансионат', 'Maple Court', 'Maple-Court'];
    writePolicy({ workspaces: [...names, 'Old'] });
    const stored = async () => {
      const all = await panel.evaluate(async () => chrome.storage.local.get(null));
      return Object.entries(all)
        .filter(([key]) => /^ws:[^:]+:meta$/.test(key))
        .map(([, value]) => (value as { name: string }).name)
        .sort();
    };
    await expect.poll(stored, { timeout: 30_000 }).toEqual(expect.arrayContaining(names));
    expect(await stored()).toEqual([...names, 'Renamed by me'].sort());
    const note = panel.getByTestId('policy-note');
    await expect(note).toHaveAttribute('data-policy-not-created', '1', { timeout: 30_000 });
    await expect(note).toContainText('“Old”');
  });
});
