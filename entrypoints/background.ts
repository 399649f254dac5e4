import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * Thin and stateless (MV3 workers stop at any time). Its one job: the toolbar button (and its shortcut) opens
 * the guide. Chrome/Edge: the side panel, on every site (off HARP/iQIES it shows the journey overview).
 * Firefox: the sidebar.
 */
export default defineBackground(() => {
  const chromePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (chromePanel) {
    chromePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('iQIES Access Guide: could not set the side panel to open from the toolbar', error);
    });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebar && action) {
    // Must stay synchronous inside the click handler: Firefox only opens sidebars on a user gesture.
    action.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
});
