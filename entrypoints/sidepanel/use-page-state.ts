import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ActiveTabApi } from '@/utils/panel/active-tab';
import { followActiveTab } from '@/utils/panel/active-tab';
import type { FollowApi, FollowedTab } from '@/utils/panel/follow-tab';
import { followTab } from '@/utils/panel/follow-tab';
import type { SenderInfo } from '@/utils/messaging';
import { WATCH_PORT, ownOriginOf } from '@/utils/messaging';
import type { PageState } from '@/utils/panel/page-state';

/** `sidepanel.html?tabId=N` follows tab N; otherwise the panel follows the active tab of its own window. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** followTab's view of the real browser. */
const followApi: FollowApi = {
  get ownId() {
    return browser.runtime.id;
  },
  get ownOrigin() {
    return ownOriginOf(browser.runtime.getURL);
  },
  connect(tabId) {
    const port = browser.tabs.connect(tabId, { name: WATCH_PORT, frameId: 0 });
    // Read the error of a port nobody answered, so Chrome does not log it as unchecked.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    return port;
  },
  onMessage(callback) {
    const listener = (message: unknown, sender: SenderInfo) => {
      callback(message, sender);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
  async tabNow(tabId) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab && { status: tab.status, url: tab.url };
  },
  onTabStatus(callback) {
    const listener = (tabId: number, change: { status?: string }) => {
      if (change.status === 'loading' || change.status === 'complete') callback(tabId, change.status);
    };
    browser.tabs.onUpdated.addListener(listener);
    return () => browser.tabs.onUpdated.removeListener(listener);
  },
  onTabRemoved(callback) {
    const listener = (tabId: number) => callback(tabId);
    browser.tabs.onRemoved.addListener(listener);
    return () => browser.tabs.onRemoved.removeListener(listener);
  },
};

/** followActiveTab's view of the real browser. */
const activeTabApi: ActiveTabApi = {
  ownWindowId: async () => (await browser.windows.getCurrent()).id,
  activeTabId: async (windowId) => (await browser.tabs.query({ active: true, windowId }))[0]?.id,
  onActivated(callback) {
    browser.tabs.onActivated.addListener(callback);
    return () => browser.tabs.onActivated.removeListener(callback);
  },
};

/** The commands the panel sends the page it follows (on the watch port): stable, always the followed tab's. */
export type TabCommands = Omit<FollowedTab, 'stop'>;

export function usePageState(search: string): { tabId: number | null; page: PageState; commands: TabCommands } {
  const pinned = pinnedTabId(search);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const followedRef = useRef<FollowedTab | null>(null);
  /** Whether the panel presents: kept here too, so a tab followed later is told at once. */
  const presentingRef = useRef(false);

  // Which tab to follow: the pinned one, or the active tab of the panel's window.
  useEffect(() => (pinned === null ? followActiveTab(activeTabApi, setTabId) : undefined), [pinned]);

  // What the followed tab shows, kept current over a watch port.
  useEffect(() => {
    if (tabId === null) return undefined;
    const followed = followTab(followApi, tabId, setPage);
    followed.present(presentingRef.current);
    followedRef.current = followed;
    return () => {
      followed.stop();
      if (followedRef.current === followed) followedRef.current = null;
    };
  }, [tabId]);

  const commands = useMemo<TabCommands>(
    () => ({
      showWhere: (names) => followedRef.current?.showWhere(names) ?? Promise.resolve('not-found'),
      practiceGo: (screen) => followedRef.current?.practiceGo(screen) ?? false,
      present: (on) => {
        presentingRef.current = on;
        followedRef.current?.present(on);
      },
    }),
    [],
  );
  return { tabId, page, commands };
}
