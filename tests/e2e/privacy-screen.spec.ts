import type { Page } from '@playwright/test';
import { OTHER_SITE_URL, detected, expect, openSite, test } from './harness';
import type { Session } from './harness';

/**
 * The privacy screen from the page's side: which fields are blurred while a panel presents, in every place a field
 * can be (the document, open shadow roots, same-origin and srcdoc frames, editable regions), for exactly as long as
 * at least one presenting panel is alive, and nothing a page can see or trigger while none is.
 */
const PAGE_URL = 'https://harp.cms.gov/register/profile-info';
const FRAME_URL = 'https://harp.cms.gov/register/frame';
const PAGE = `<!doctype html><title>Profile Information</title><h1>HARP</h1><h2>Profile Information</h2>
<label>SSN <input id="top" value="SENTINEL-TOP"></label>
<div id="host"></div>
<iframe id="srcdoc" srcdoc="<label>Name <input value=SENTINEL-SRCDOC></label>"></iframe>
<iframe id="same" src="${FRAME_URL}"></iframe>
<div id="ed" contenteditable="true">SENTINEL-EDITABLE</div>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<label>DOB <input value="SENTINEL-SHADOW"></label>';</script>`;
const FRAME = '<!doctype html><label>Address <input value="SENTINEL-FRAME"></label>';

/** The computed `filter` of each field, read in the page's own world. */
const filters = (page: Page) =>
  page.evaluate(() => {
    const of = (el: Element | null | undefined) => (el ? getComputedStyle(el).filter : 'missing');
    const inFrame = (id: string) => {
      const f = document.getElementById(id) as HTMLIFrameElement | null;
      const el = f?.contentDocument?.querySelector('input');
      return el ? f!.contentWindow!.getComputedStyle(el).filter : 'missing';
    };
    return {
      top: of(document.getElementById('top')),
      shadow: of(document.getElementById('host')?.shadowRoot?.querySelector('input')),
      srcdoc: inFrame('srcdoc'),
      same: inFrame('same'),
      editable: of(document.getElementById('ed')),
    };
  });
const BLURRED = { top: 'blur(6px)', shadow: 'blur(6px)', srcdoc: 'blur(6px)', same: 'blur(6px)', editable: 'blur(6px)' };
const CLEAR = { top: 'none', shadow: 'none', srcdoc: 'none', same: 'none', editable: 'none' };

async function openPage(session: Session) {
  const site = await openSite(session, OTHER_SITE_URL);
  await site.page.route(PAGE_URL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await site.page.route(FRAME_URL, (route) => route.fulfill({ contentType: 'text/html', body: FRAME }));
  await site.page.goto(PAGE_URL);
  return site;
}

async function present(session: Session, tabId: number): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}&mode=present`);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  return panel;
}

test('with no panel presenting, the page cannot make the extension blur anything (nothing to tell it is installed)', async ({ session }) => {
  const { page, tabId } = await openPage(session);
  // A panel that follows the tab without presenting: the page is read, nothing is styled.
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
  // The attribute the privacy screen once used, and a random one: set by the page itself, they blur nothing.
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-iqag-blur', '');
    for (const name of ['data-iqag', 'data-iqag-present']) document.documentElement.setAttribute(name, '');
  });
  expect(await filters(page)).toEqual(CLEAR);
  // No stylesheet of ours is in the page.
  const sheets = await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length);
  expect(sheets).toBe(0);
});

test('while presenting, fields are blurred everywhere: the document, open shadow roots, same-origin and srcdoc frames, editable regions', async ({ session }) => {
  const { page, tabId } = await openPage(session);
  const panel = await present(session, tabId);
  await expect.poll(() => filters(page)).toEqual(BLURRED);
  await panel.getByTestId('presenter-toggle').click();
  await expect.poll(() => filters(page)).toEqual(CLEAR);
  // Nothing of ours is left in the page once presenting stops.
  expect(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length)).toBe(0);
});

test('the blur lasts while any presenting panel lives: two presenters and one closes, a rewritten document, the last one goes', async ({ session }) => {
  test.setTimeout(90_000);
  const { page, tabId } = await openPage(session);
  const first = await present(session, tabId);
  const second = await present(session, tabId);
  await expect.poll(() => filters(page).then((f) => f.top)).toBe('blur(6px)');
  // The pop-out stops presenting and closes: the side panel still presents.
  await first.close({ runBeforeUnload: true });
  await page.waitForTimeout(300);
  expect((await filters(page)).top).toBe('blur(6px)');
  // The page replaces its document in place: the new fields are blurred too.
  await page.evaluate(() => {
    document.open();
    document.write('<!doctype html><h2>Profile Information</h2><label>SSN <input id="top" value="SENTINEL-REWRITTEN"></label>');
    document.close();
  });
  await expect.poll(() => filters(page).then((f) => f.top)).toBe('blur(6px)');
  // The last presenter goes (its port closes): the page is clear again. A crash closes the port the same way (unit
  // tests: tests/unit/page/privacy-screen.test.ts); CDP's Page.crash on the panel left this test unable to read the page.
  await second.close();
  await expect.poll(() => filters(page).then((f) => f.top)).toBe('none');
});
