import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STEP_QUERY, acceptStepReport, parseStepReport } from '@/utils/messaging';
import type { PageState } from '@/utils/page-state';
import { pageStateFrom } from '@/utils/page-state';

/** `sidepanel.html?tabId=N` follows tab N; otherwise the panel follows the active tab of its own window. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

async function queryTab(tabId: number): Promise<PageState> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, STEP_QUERY);
    return pageStateFrom(parseStepReport(reply));
  } catch {
    // No content script answered: another site, a browser page, or a tab opened before the guide was installed.
    return { kind: 'off-site' };
  }
}

export function usePageState(search: string): { tabId: number | null; page: PageState } {
  const pinned = pinnedTabId(search);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });

  // Which tab to follow.
  useEffect(() => {
    if (pinned !== null) return undefined;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void browser.windows.getCurrent().then(async (win) => {
      windowId = win.id;
      const [active] = await browser.tabs.query({ active: true, windowId: win.id });
      if (active?.id !== undefined) setTabId(active.id);
    });
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  // What the followed tab shows: ask once, then listen for reports and full page loads.
  useEffect(() => {
    if (tabId === null) return undefined;
    let live = true;
    const refresh = () => void queryTab(tabId).then((state) => live && setPage(state));
    setPage({ kind: 'loading' });
    refresh();
    const onMessage = (message: unknown, sender: Parameters<typeof acceptStepReport>[1]) => {
      const report = acceptStepReport(message, sender, browser.runtime.id, tabId);
      if (report) setPage(pageStateFrom(report));
      return undefined;
    };
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status === 'complete') refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tabId, page };
}
