import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ACTIVITY_KEY } from '@/utils/activity/key';
import { recordSignedIn } from '@/utils/page/signed-in';
import { CONTENT_MATCHES, siteOfHost } from '@/utils/sites';
import { privacyScreen } from '@/utils/page/privacy-screen';
import { serveStepReports } from '@/utils/page/reporter';
import { showWhere } from '@/utils/page/show-where';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // main() takes no ctx: in this build WXT's content-script context is an inert stand-in (wxt.config.ts), because
  // WXT's own announces the extension id to the page. Listeners here are torn down by their own AbortSignals.
  main() {
    // Benchmarks only (scripts/bench.mjs builds with it set): the empty-content-script floor. Folded away otherwise.
    if (import.meta.env.VITE_IQAG_EMPTY_CONTENT_SCRIPT) return;
    const site = siteOfHost(location.hostname);
    // Built without webextension-polyfill (see wxt.config.ts): `browser.runtime` is the native, promise-based one.
    if (!site) return;
    // Everything a panel asks of the page comes on the watch port it holds: "show me where", and the privacy
    // screen while it presents from this page.
    serveStepReports(browser.runtime, window, site, {
      'iqag:show-where': (m) => showWhere(window, m.names),
      'iqag:present': privacyScreen(document),
    });
    // The 60-day guard (utils/page/signed-in.ts): on iQIES only, panel open or not, the date of a signed-in
    // page. Written straight to extension storage (the `storage` permission covers content scripts): only a date,
    // under one fixed key; the panel and the background salvage whatever is stored there.
    if (site === 'iqies') {
      recordSignedIn(window, (date) => void browser.storage.local.set({ [ACTIVITY_KEY]: date }).catch(() => undefined));
    }
  },
});
