import { browser } from 'wxt/browser';

/**
 * Opens the guide in its own window following `tabId` (the public `sidepanel.html?tabId=N` contract), for a second
 * screen or a projector. windows.create needs no permission; the window is our own extension page.
 */
export function popOut(tabId: number, present: boolean): void {
  const url = browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}${present ? '&mode=present' : ''}` as '/sidepanel.html');
  void browser.windows.create({ url, type: 'popup', width: 520, height: 860 }).catch(() => undefined);
}
