import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteOfHost } from '@/utils/sites';
import { servePrivacyScreen } from '@/utils/privacy-screen';
import '@/utils/privacy-screen.css';
import { serveStepReports } from '@/utils/step-reporter';

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
    serveStepReports(browser.runtime, window, site);
    servePrivacyScreen(browser.runtime, document);
  },
});
