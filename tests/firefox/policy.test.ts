import { accessSync, constants, existsSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirefoxSession } from './firefox-harness';
import { FIREFOX, FIREFOX_EXTENSION_DIR, launchFirefox, waitForSidebar } from './firefox-harness';

/**
 * Organisation policy in Firefox: policies.json in the installation's distribution folder, with the add-on's
 * settings under "3rdparty" → "Extensions" → its id, as an IT department deploys it (docs/it-administrators.md, "For IT
 * administrators"). Writing there needs root (as CI runs); a policies.json already there is put back afterwards.
 */
const DIST = path.join(path.dirname(realpathSync(FIREFOX)), 'distribution');
const FILE = path.join(DIST, 'policies.json');
const SAVED = `${FILE}.iqag-test-saved`;

function writable(): boolean {
  try {
    accessSync(DIST, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!writable())('Firefox: organisation policy from policies.json', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    if (existsSync(FILE)) renameSync(FILE, SAVED);
    const { id } = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')).browser_specific_settings.gecko;
    const settings = { organizationName: 'Sunny Care Group', helpContact: { name: 'Dana Reyes, IT help' } };
    writeFileSync(FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: settings } } } }));
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(FILE, { force: true });
    if (existsSync(SAVED)) renameSync(SAVED, FILE);
  });

  it('the sidebar shows the organisation the policy names', async () => {
    await session.page.goto('https://harp.cms.gov/register/profile-info');
    const state = await waitForSidebar(session, (s) => s.detectedStep === 'harp-profile' && s.orgName !== null);
    expect(state.orgName).toBe('For Sunny Care Group');
  });
});
