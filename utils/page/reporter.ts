import type { CommandType, MessageOf, SenderInfo, ShowWhereResult } from '../messaging';
import { READY, WATCH_PORT, fromOwnPage, parseCommand, stepReport, whereAnswer } from '../messaging';
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
  onMessage: { addListener(callback: (message: unknown) => void): void };
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

/** What a page does for each command its panel posts on the watch port; commands it does not list are ignored. */
export interface CommandHandlers {
  'iqag:practice-go'?: (message: MessageOf<'iqag:practice-go'>) => void;
  /** Answered on the same port (`iqag:where`). */
  'iqag:show-where'?: (message: MessageOf<'iqag:show-where'>) => ShowWhereResult;
  /** Told whether any open port presents now (the privacy screen), each time that may have changed. */
  'iqag:present'?: (on: boolean) => void;
}

/**
 * The content script's whole job on a guided page (protocol: utils/messaging.ts). At load it only says READY
 * and waits. A panel following this tab opens a watch port; the page is watched (read on start, after DOM
 * changes and in-page navigation) only while at least one such port is open, and each change is posted to every
 * open port. A panel's commands (`handlers`) arrive on its port, and an answer goes back on it; a port presents
 * from its `iqag:present` until it says otherwise or closes. A page load with no panel open costs one listener and
 * one message, and reads nothing.
 */
export function serveStepReports(
  runtime: ReporterRuntime,
  win: Window,
  site: SiteId,
  handlers: CommandHandlers = {},
  startWatcher: typeof startStepWatcher = startStepWatcher,
): void {
  const ports = new Set<ReporterPort>();
  const presenting = new Set<ReporterPort>();
  let watcher: StepWatcher | undefined;

  const present = (): void => handlers['iqag:present']?.(presenting.size > 0);
  /** A port gone: it no longer presents, and the last one stops the reading. */
  const drop = (port: ReporterPort): void => {
    ports.delete(port);
    if (presenting.delete(port)) present();
    if (ports.size === 0) {
      watcher?.stop();
      watcher = undefined;
    }
  };
  const post = (port: ReporterPort, step: StepId | null, route?: string): void => {
    try {
      port.postMessage(stepReport(site, step, route));
    } catch {
      drop(port); // closed under us (the panel went away); its onDisconnect may not have run yet
    }
  };

  runtime.onConnect.addListener((port) => {
    if (port.name !== WATCH_PORT || !fromOwnPage(port.sender, runtime)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onMessage.addListener((message) => {
      const command = parseCommand(message);
      if (command?.type === 'iqag:present') {
        if (command.on) presenting.add(port);
        else presenting.delete(port);
        return present();
      }
      const answer = command && (handlers[command.type] as ((m: MessageOf<CommandType>) => unknown) | undefined)?.(command);
      if (typeof answer == 'string') {
        try {
          port.postMessage(whereAnswer(answer as ShowWhereResult));
        } catch {
          // The panel went away meanwhile: nobody is waiting for the answer.
        }
      }
    });
    port.onDisconnect.addListener(() => drop(port));
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
    for (const port of ports) {
      port.disconnect();
      drop(port);
    }
  });
  addEventListener(win, 'pageshow', (event) => {
    if (event.isTrusted && (event as PageTransitionEvent).persisted) announce();
  });
}
