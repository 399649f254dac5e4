/** The panel's view of the browser's tabs, for following the active tab (injected, so this file stays pure). */
export interface ActiveTabApi {
  /** The id of the panel's own window. */
  ownWindowId(): Promise<number | undefined>;
  /** The active tab of a window. */
  activeTabId(windowId: number): Promise<number | undefined>;
  onActivated(callback: (info: { tabId: number; windowId: number }) => void): () => void;
}

/**
 * Calls back with the active tab of the panel's own window: once found, and again whenever the user switches
 * tabs in that window (other windows are ignored). An activation seen while the first look-up is under way
 * wins over that look-up's older answer. Returns the stop function.
 */
export function followActiveTab(api: ActiveTabApi, onTab: (tabId: number) => void): () => void {
  let live = true;
  let windowId: number | undefined;
  let activatedMeanwhile = false;
  const stop = api.onActivated((info) => {
    if (!live || (windowId !== undefined && info.windowId !== windowId)) return;
    activatedMeanwhile = true;
    onTab(info.tabId);
  });
  void (async () => {
    windowId = await api.ownWindowId();
    if (windowId === undefined || !live) return;
    const active = await api.activeTabId(windowId);
    if (live && !activatedMeanwhile && active !== undefined) onTab(active);
  })().catch(() => undefined);
  return () => {
    live = false;
    stop();
  };
}
