import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteOfHost } from '@/utils/sites';
import { isTrustedStepQuery, stepReport } from '@/utils/messaging';
import { startStepWatcher } from '@/utils/steps/step-watcher';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main() {
    // Benchmarks only (scripts/bench.mjs builds with it set): the empty-content-script floor. Folded away otherwise.
    if (import.meta.env.VITE_IQAG_EMPTY_CONTENT_SCRIPT) return;
    const site = siteOfHost(location.hostname);
    if (!site) return;
    const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

    const watcher = startStepWatcher(window, (step) => {
      // The panel may be closed: then nobody receives this, which is fine.
      browser.runtime.sendMessage(stepReport(site, step)).catch(() => undefined);
    });

    // Answered synchronously with sendResponse: this script is built without webextension-polyfill (see
    // wxt.config.ts), and Chrome does not take a returned Promise as the reply.
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
      if (isTrustedStepQuery(message, sender, browser.runtime.id, ownOrigin)) sendResponse(stepReport(site, watcher.current()));
      return undefined;
    });
  },
});
