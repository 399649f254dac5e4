import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_PAGES } from '../fixtures/pages';
import { OTHER_SITE_URL } from '../fixtures/pages/serve';
import { SNAPSHOT, accessOf } from '../snapshots/permissions';
import type { FirefoxSession } from './firefox-harness';
import { FIREFOX_EXTENSION_DIR, launchFirefox, waitForSidebar } from './firefox-harness';

it('the Firefox build asks for exactly the snapshotted access, no more', () => {
  expect(accessOf('firefox-mv2')).toEqual(SNAPSHOT['firefox-mv2']);
});

/** Firefox: the built add-on (MV2, sidebar_action) in Debian's firefox-esr, read through its real sidebar. */
describe('Firefox: the sidebar follows the tab', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs with the id the manifest declares and shows the panel in the sidebar', async () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(session.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    const state = await waitForSidebar(session, (s) => s.detectedStep !== null);
    expect(state.orgName, 'no policy is installed for this run').toBeNull();
    expect(state.url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/sidepanel\.html$/);
  });

  it('Firefox names the add-on and its sidebar from the English locale (__MSG_…__ in the manifest)', async () => {
    expect(await session.readAddon()).toEqual({
      name: 'iQIES Access Guide',
      description: 'Step-by-step guide beside HARP and iQIES: where you are, what to do next, your checklist saved on this computer.',
      sidebarTitle: 'iQIES Access Guide',
    });
    expect((await session.readSidebar()).title).toBe('iQIES Access Guide');
  });

  for (const practice of PRACTICE_PAGES) {
    it(`${practice.url} → ${practice.expected ?? "can't tell"}`, async () => {
      await session.page.goto(practice.url);
      const state = await waitForSidebar(
        session,
        (s) => s.detectedStep === (practice.expected ?? '') && s.pageState !== 'loading',
      );
      expect(state.detectedStep).toBe(practice.expected ?? '');
      expect(state.pageState).toBe(practice.expected ? 'known' : 'unknown');
    });
  }

  it('another site: no step, and the panel says it is off HARP/iQIES', async () => {
    await session.page.goto(OTHER_SITE_URL);
    const state = await waitForSidebar(session, (s) => s.pageState === 'off-site');
    expect(state.detectedStep).toBe('');
  });

  it('in-page navigation is followed (pushState to another step)', async () => {
    await session.page.goto('https://harp.cms.gov/spa/profile');
    await waitForSidebar(session, (s) => s.detectedStep === 'harp-profile');
    await session.page.click('a[href="/spa/account"]');
    const state = await waitForSidebar(session, (s) => s.detectedStep === 'harp-account');
    expect(state.pageState).toBe('known');
  });

  it('show me where: the panel asks on its port, the page outlines the control, Escape takes the outline away', async () => {
    await session.page.goto('https://iqies.cms.gov/');
    await waitForSidebar(session, (s) => s.detectedStep === 'iqies-welcome' && s.showWhere === null);
    expect(await session.clickSidebar('button[data-show-where]')).toBe(true);
    const state = await waitForSidebar(session, (s) => s.showWhere !== null);
    expect(state.showWhere).toBe('shown');
    // The outline covers the button, and is ours: the page's own elements are not changed.
    const boxes = await session.page.evaluate(() => {
      const box = (el: Element | null) => el && (({ x, y, width, height }) => ({ x, y, width, height }))(el.getBoundingClientRect());
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Request User Role') ?? null;
      return { outline: box(document.querySelector('[data-iqag-highlight]')), button: box(button), changed: !!document.querySelector('main [data-iqag-highlight]') };
    });
    expect(boxes.outline).toEqual(boxes.button);
    expect(boxes.changed).toBe(false);
    await session.page.keyboard.press('Escape');
    expect(await session.page.$$eval('[data-iqag-highlight]', (els) => els.length)).toBe(0);
  });

  it('asks for nothing outside the practice pages', () => {
    expect(session.strayRequests, session.strayRequests.join(' ')).toEqual([]);
  });
});
