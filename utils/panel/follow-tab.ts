import type { CommandType, MessageOf, SenderInfo, ShowWhereResult } from '../messaging';
import { acceptReady, parseMessage, practiceGo, presentMessage, showWhereMessage } from '../messaging';
import type { PageState } from './page-state';
import { pageStateFrom } from './page-state';

/** The slice of a runtime port the panel uses. */
export interface WatchPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
  disconnect(): void;
}

/** What the panel needs from the browser to follow a tab: passed in, so this runs against fakes in tests. */
export interface FollowApi {
  ownId: string;
  /** Our extension's origin (`chrome-extension://<id>`): READY from our own practice page counts too. */
  ownOrigin?: string;
  /** Opens a watch port to the top frame of the tab (`tabs.connect(tabId, { name: WATCH_PORT, frameId: 0 })`). */
  connect(tabId: number): WatchPort;
  /** runtime.onMessage; returns the remover. */
  onMessage(callback: (message: unknown, sender: SenderInfo) => void): () => void;
  /**
   * The tab as the browser knows it right now (`tabs.get`), undefined when it is gone. Its `url` is there only
   * where the extension has host access (the CMS hosts); no `tabs` permission is needed.
   */
  tabNow(tabId: number): Promise<{ status?: string; url?: string } | undefined>;
  /** tabs.onUpdated, status changes only; returns the remover. */
  onTabStatus(callback: (tabId: number, status: 'loading' | 'complete') => void): () => void;
  onTabRemoved(callback: (tabId: number) => void): () => void;
}

/** A followed tab: its page state goes to `onState`; commands go to the page on the watch port. */
export interface FollowedTab {
  /** Stops following: closes the port, removes every listener; anything after is ignored. */
  stop(): void;
  /**
   * Asks the page to outline the control with one of these names. Answers the page's `shown`/`not-found`; with no
   * page listening, or the page gone before it answered, `not-found`.
   */
  showWhere(names: readonly string[]): Promise<ShowWhereResult>;
  /** Moves a practice copy to another screen; false when no page listens. */
  practiceGo(screen: string): boolean;
  /**
   * Whether this panel presents from the page (its privacy screen blurs form fields meanwhile). Kept: every new
   * port (a new page) is told at once, before its first reading.
   */
  present(on: boolean): void;
}

/**
 * Keeps `onState` up to date with what tab `tabId` shows (protocol: utils/messaging.ts).
 *
 * It opens a watch port at once and whenever the tab's content script says READY (a new page, or one back from
 * the back/forward cache). A port that closes after reporting means its page went away: while the tab is
 * loading, "loading" until the next page says READY or the tab completes; if the tab has already completed (the
 * close can arrive after that), a new port at once. A port that closes without a word means no content script
 * answers yet, which is only "off-site" once the tab has finished loading: the old page's port usually closes
 * before the tab's "loading" event arrives, and the new page's script runs only late in its load, so the tab
 * itself is asked. Loaded with nobody answering is another site, a browser page, or a CMS page opened before the
 * guide was installed (the off-site note asks to reload it).
 *
 * Chrome reports `loading`/`complete` for in-page navigations too, so a complete tab with a live port is left
 * alone: the content script reports those navigations itself. READY always gets a fresh port, even when the
 * current one already reports that very page (READY delivered late): one extra reading, in a rare race, instead
 * of trusting a port that may belong to the page before.
 *
 * Commands are posted on the current port. A page answers `iqag:show-where` once per ask, in order, so answers
 * are matched to asks first in, first out; a port that closes answers what it still owes with `not-found`.
 */
export function followTab(api: FollowApi, tabId: number, onState: (state: PageState) => void): FollowedTab {
  let port: WatchPort | undefined;
  /** The asks the current port still owes an answer, oldest first. */
  let owed: ((result: ShowWhereResult) => void)[] = [];
  let presenting = false;
  let stopped = false;
  let tabLoading = false;
  /** Counts ports opened, so an answer about the tab that arrives after a newer port was opened is dropped. */
  let opened = 0;

  /** The current port is gone: what it owed is not found. */
  const settleOwed = (): void => {
    const pending = owed;
    owed = [];
    pending.forEach((answer) => answer('not-found'));
  };
  const close = (): void => {
    const p = port;
    port = undefined;
    settleOwed();
    p?.disconnect();
  };
  const connect = (): void => {
    close();
    let heard = false;
    const mine = ++opened;
    const p = api.connect(tabId);
    port = p;
    if (presenting) post(presentMessage(true));
    p.onMessage.addListener((message) => {
      if (port !== p) return;
      const m = parseMessage(message);
      if (m?.type === 'iqag:where') owed.shift()?.(m.result);
      if (m?.type !== 'iqag:step') return;
      heard = true;
      onState(pageStateFrom(m));
    });
    p.onDisconnect.addListener(() => {
      if (port !== p || stopped) return;
      port = undefined;
      settleOwed();
      if (!heard) {
        if (tabLoading) onState({ kind: 'loading' });
        else void settleUnanswered(mine);
      } else {
        onState({ kind: 'loading' });
        if (!tabLoading) connect();
      }
    });
  };

  /** Nobody answered the port `mine` and no "loading" event has arrived: still loading, or really elsewhere? */
  const settleUnanswered = async (mine: number): Promise<void> => {
    let tab: { status?: string } | undefined;
    try {
      tab = await api.tabNow(tabId);
    } catch {
      tab = undefined; // closed meanwhile
    }
    if (stopped || port || mine !== opened) return; // a newer port speaks for the tab now
    if (tab?.status === 'loading') {
      // Its "loading" event is on the way; READY from the new page, or "complete", connects again.
      tabLoading = true;
      onState({ kind: 'loading' });
    } else onState({ kind: 'off-site' });
  };

  const removers = [
    api.onMessage((message, sender) => {
      if (acceptReady(message, sender, api.ownId, tabId, api.ownOrigin)) connect();
    }),
    api.onTabStatus((id, status) => {
      if (id !== tabId) return;
      tabLoading = status === 'loading';
      if (!tabLoading && !port) connect();
    }),
    api.onTabRemoved((id) => {
      if (id !== tabId) return;
      close();
      onState({ kind: 'off-site' });
    }),
  ];
  onState({ kind: 'loading' });
  connect();

  /** Posts on the current port; false when there is none, or it closed under us. */
  function post(message: MessageOf<CommandType>): boolean {
    try {
      port?.postMessage(message);
      return !!port;
    } catch {
      return false;
    }
  }

  return {
    stop() {
      stopped = true;
      close();
      removers.forEach((remove) => remove());
    },
    showWhere: (names) =>
      new Promise((resolve) => {
        // Owed before it is posted: a page may answer before postMessage returns.
        owed.push(resolve);
        if (!post(showWhereMessage(names))) {
          owed = owed.filter((answer) => answer !== resolve);
          resolve('not-found');
        }
      }),
    practiceGo: (screen) => post(practiceGo(screen)),
    present(on) {
      if (on !== presenting) post(presentMessage(on));
      presenting = on;
    },
  };
}
