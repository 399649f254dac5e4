import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Firefox's sidebar API: not in the Chrome-based types WXT ships, so described here (Firefox builds only). */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

/**
 * Thin and stateless (MV3 workers stop at any time). Its one job: the toolbar button (and its shortcut) opens
 * the guide. Chrome/Edge: the side panel, on every site (off HARP/iQIES it shows the journey overview).
 * Firefox: the sidebar. Which one is decided at build time (WXT's import.meta.env), not by probing at runtime.
 */
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    const { sidebarAction } = browser as unknown as FirefoxSidebar;
    const action = import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action;
    // Must stay synchronous inside the click handler: Firefox only opens sidebars on a user gesture.
    action.onClicked.addListener(() => {
      void sidebarAction.toggle();
    });
    return;
  }
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('iQIES Access Guide: could not set the side panel to open from the toolbar', error);
  });
});
