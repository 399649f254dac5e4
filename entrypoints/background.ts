import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { applyPolicyWorkspaces } from '@/utils/policy-store';
import { readMigrated } from '@/utils/progress/raw-store';

/** Firefox's sidebar API: not in the Chrome-based types WXT ships, so described here (Firefox builds only). */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

/**
 * Thin and stateless (MV3 workers stop at any time). Its jobs: the toolbar button (and its shortcut) opens the
 * guide (Chrome/Edge: the side panel, on every site, off HARP/iQIES it shows the journey overview; Firefox: the
 * sidebar; decided at build time by WXT's import.meta.env, not by probing at runtime); an install or update
 * brings stored progress to the current layout before any panel opens; and the facility workspaces an
 * organisation's policy names are created at install, at browser start and when the policy changes.
 */
export default defineBackground(() => {
  // Registered first and synchronously, so the event that woke the worker is not missed.
  browser.runtime.onInstalled.addListener(({ reason }): Promise<unknown> | undefined => {
    if (reason !== 'install' && reason !== 'update') return;
    return readMigrated()
      .catch((error: unknown) => {
        // The next panel load migrates again (and reports a full storage there); nothing is lost by waiting.
        console.error('iQIES Access Guide: could not migrate stored progress after the update', error);
      })
      .then(policyWorkspaces);
  });
  browser.runtime.onStartup.addListener(policyWorkspaces);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void policyWorkspaces();
  });

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

function policyWorkspaces(): Promise<void> {
  return applyPolicyWorkspaces().then(
    () => undefined,
    (error: unknown) => console.error("iQIES Access Guide: could not create the organisation's workspaces", error),
  );
}
