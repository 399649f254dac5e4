import type { SenderInfo } from '../messaging';
import { PRESENT_PORT, READY, isTrustedWatcher, ownOriginOf, stepReport } from '../messaging';
import type { SiteId } from '../sites';
import type { StepId } from '../steps/ids';
import { safeDom } from './safe-dom';
import type { StepWatcher } from './watcher';
import { startStepWatcher } from './watcher';

/** The slice of a runtime port the content script uses (Chrome's and Firefox's ports both fit). */
export interface ReporterPort {
  name: string;
  sender?: SenderInfo;
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(callback: () => void): void };
}

/** The slice of `browser.runtime` the content script uses: passed in, so this runs against fakes in tests. */
export interface ReporterRuntime {
  id: string;
  getURL(path: '/'): string;
  sendMessage(message: unknown): Promise<unknown>;
  onConnect: { addListener(callback: (port: ReporterPort) => void): void };
}

/**
 * The content script's whole job on a guided page (protocol: utils/messaging.ts). At load it only says READY
 * and waits. A panel following this tab opens a watch port; the page is watched (read on start, after DOM
 * changes and in-page navigation) only while at least one such port is open, and each change is posted to every
 * open port. A page load with no panel open costs one listener and one message, and reads nothing.
 */
export function serveStepReports(
  runtime: ReporterRuntime,
  win: Window,
  site: SiteId,
  startWatcher: typeof startStepWatcher = startStepWatcher,
): void {
  const ports = new Set<ReporterPort>();
  let watcher: StepWatcher | undefined;
  let ownOrigin: string | undefined;

  const stopWatching = (): void => {
    watcher?.stop();
    watcher = undefined;
  };
  const post = (port: ReporterPort, step: StepId | null, route?: string): void => {
    try {
      port.postMessage(stepReport(site, step, route));
    } catch {
      // Closed under us (the panel went away); its onDisconnect may not have run yet.
      ports.delete(port);
      if (ports.size === 0) stopWatching();
    }
  };

  runtime.onConnect.addListener((port) => {
    if (port.name === PRESENT_PORT) return; // the privacy screen's (privacy-screen.ts)
    ownOrigin ??= ownOriginOf(runtime.getURL);
    if (!isTrustedWatcher(port.name, port.sender, runtime.id, ownOrigin)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) stopWatching();
    });
    // The first port starts the watcher, whose first reading is reported to it at once; later ports get the
    // current reading.
    if (watcher) post(port, watcher.current(), watcher.route());
    else {
      try {
        watcher = startWatcher(win, (step, route) => ports.forEach((p) => post(p, step, route)));
      } catch {
        // The page could not be watched at all: say "can't tell" rather than leave the panel waiting.
        post(port, null);
      }
    }
  });

  const announce = (): void => void runtime.sendMessage(READY).catch(() => undefined); // no panel open: fine
  announce();
  // The back/forward cache: going in, close every port (so no panel keeps a port to a frozen page, which Chrome
  // evicts if it is messaged there) and stop reading; coming back, say READY so a following panel reconnects.
  // Only the browser's own events count: a page can dispatch a `pagehide` of its own to blind the panel.
  const { addEventListener } = safeDom();
  addEventListener(win, 'pagehide', (event) => {
    if (!event.isTrusted || !(event as PageTransitionEvent).persisted) return;
    for (const port of ports) port.disconnect();
    ports.clear();
    stopWatching();
  });
  addEventListener(win, 'pageshow', (event) => {
    if (event.isTrusted && (event as PageTransitionEvent).persisted) announce();
  });
}
