import type { FollowApi, WatchPort } from '@/utils/panel/follow-tab';
import type { SenderInfo } from '@/utils/messaging';
import { READY, WATCH_PORT } from '@/utils/messaging';
import type { ReporterPort, ReporterRuntime } from '@/utils/page/reporter';

export const OWN_ID = 'ownextensionid';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}`;
export const PANEL_SENDER: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}/sidepanel.html` };

type Listener<A extends unknown[]> = (...args: A) => void;
const listeners = <A extends unknown[]>() => {
  const set = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void set.add(l),
    remove: (l: Listener<A>) => void set.delete(l),
    size: () => set.size,
    fire: (...args: A) => [...set].forEach((l) => l(...args)),
  };
};

/**
 * Two ends of one runtime port, like Chrome's: a message posted on one end arrives on the other (asynchronously
 * in a browser; synchronously here, which only makes ordering bugs easier to see), and disconnecting one end
 * fires onDisconnect on the other end only. Posting on a closed port throws, as in Chrome.
 */
export function portPair(name: string, sender: SenderInfo | undefined) {
  let open = true;
  const panelMessages = listeners<[unknown]>();
  const contentMessages = listeners<[unknown]>();
  const panelDisconnect = listeners<[]>();
  const contentDisconnect = listeners<[]>();
  /** Everything the content end posted, in order (also delivered to the panel end's listeners). */
  const posted: unknown[] = [];
  const content: ReporterPort = {
    name,
    sender,
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      posted.push(structuredClone(message));
      panelMessages.fire(structuredClone(message));
    },
    onMessage: contentMessages,
    disconnect() {
      if (!open) return;
      open = false;
      panelDisconnect.fire();
    },
    onDisconnect: contentDisconnect,
  };
  /** Everything the panel end posted (commands), in order (also delivered to the content end's listeners). */
  const commands: unknown[] = [];
  const panel: WatchPort & { isOpen(): boolean } = {
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      commands.push(structuredClone(message));
      contentMessages.fire(structuredClone(message));
    },
    onMessage: panelMessages,
    onDisconnect: panelDisconnect,
    disconnect() {
      if (!open) return;
      open = false;
      contentDisconnect.fire();
    },
    isOpen: () => open,
  };
  /** The panel end closed, and the content end has not been told yet (a race the content script must survive). */
  const vanish = () => {
    open = false;
  };
  return { content, panel, vanish, posted, commands };
}

/** A content-script runtime whose onConnect can be driven from the test, recording what it sends. */
export function fakeReporterRuntime() {
  const connect = listeners<[ReporterPort]>();
  const sent: unknown[] = [];
  const runtime: ReporterRuntime = {
    id: OWN_ID,
    getURL: (path) => `${OWN_ORIGIN}${path}`,
    sendMessage: async (message) => {
      sent.push(message);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    onConnect: connect,
  };
  return { runtime, sent, /** Opens a port as `sender` would (null: a port with no sender at all). */
    open: (name: string, sender: SenderInfo | null = PANEL_SENDER) => {
    const pair = portPair(name, sender ?? undefined);
    connect.fire(pair.content);
    return pair;
  } };
}

/**
 * The browser as the panel sees it, with one tab whose content script the test plays: `answer` decides whether
 * a port opened to the tab is served (a guided page with our content script) or closed at once (anything else).
 */
export function fakeFollowApi(tabId: number) {
  const message = listeners<[unknown, SenderInfo]>();
  const status = listeners<[number, 'loading' | 'complete']>();
  const removed = listeners<[number]>();
  const ports: ReturnType<typeof portPair>[] = [];
  const removedCount = { n: 0 };
  let answer: ((pair: ReturnType<typeof portPair>) => void) | null = null;
  /** The tab as the browser knows it now (events about it may still be on their way); null once closed. */
  let tab: { status: 'loading' | 'complete'; url?: string } | null = { status: 'complete' };
  const on = <A extends unknown[]>(l: ReturnType<typeof listeners<A>>) => (cb: Listener<A>) => {
    l.addListener(cb);
    return () => {
      removedCount.n++;
      l.remove(cb);
    };
  };
  const api: FollowApi = {
    ownId: OWN_ID,
    connect(id) {
      const pair = portPair(WATCH_PORT, PANEL_SENDER);
      ports.push(pair);
      // Chrome opens the port and closes it asynchronously when nobody answers.
      queueMicrotask(() => {
        if (!pair.panel.isOpen()) return; // the panel gave up on it already
        if (id === tabId && answer) answer(pair);
        else pair.content.disconnect();
      });
      return pair.panel;
    },
    onMessage: on(message),
    tabNow: async (id) => (id === tabId && tab ? { ...tab } : undefined),
    onTabStatus: on(status),
    onTabRemoved: on(removed),
  };
  return {
    api,
    ports,
    removedCount,
    /** What the tab shows now: a content script that answers with this step, or nothing (null). */
    serve(handler: ((pair: ReturnType<typeof portPair>) => void) | null) {
      answer = handler;
    },
    ready: (sender: SenderInfo) => message.fire(READY, sender),
    /**
     * Changes the tab as the browser sees it, without an event yet (`url`: what the extension may read, i.e. only
     * on the hosts it has access to).
     */
    setTab: (now: { status: 'loading' | 'complete'; url?: string }) => void (tab = now),
    loading: (id = tabId) => {
      if (id === tabId && tab) tab.status = 'loading';
      status.fire(id, 'loading');
    },
    complete: (id = tabId) => {
      if (id === tabId && tab) tab.status = 'complete';
      status.fire(id, 'complete');
    },
    remove: (id = tabId) => {
      if (id === tabId) tab = null;
      removed.fire(id);
    },
  };
}
