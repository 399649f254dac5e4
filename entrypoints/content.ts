import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteOfHost } from '@/utils/sites';
import { isTrustedStepQuery, stepReport } from '@/utils/messaging';
import { startStepWatcher } from '@/utils/steps/step-watcher';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main() {
    const site = siteOfHost(location.hostname);
    if (!site) return;
    const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

    const watcher = startStepWatcher(window, (step) => {
      // The panel may be closed: then nobody receives this, which is fine.
      browser.runtime.sendMessage(stepReport(site, step)).catch(() => undefined);
    });

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isTrustedStepQuery(message, sender, browser.runtime.id, ownOrigin)) return undefined;
      return Promise.resolve(stepReport(site, watcher.current()));
    });
  },
});
