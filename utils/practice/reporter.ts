import type { SiteId } from '../sites';
import { SITES } from '../sites';
import type { ReporterPort } from '../page/reporter';

/**
 * What the practice page hands the shared step reporter instead of its own window: the same document, events
 * and Navigation API, with a location on the host of the site the screen copies (detection only knows the two
 * CMS hosts). The path stays `/practice.html` and the hash `#<screen>` is no route (`#/…` would be), so no
 * detection rule can match a practice copy by its address: it is recognised by its wording, as on the real site.
 */
export function practiceWindow(win: Window, site: SiteId): Window {
  const location = {
    get hostname() {
      return SITES[site];
    },
    get pathname() {
      return win.location.pathname;
    },
    get hash() {
      return win.location.hash;
    },
    get href() {
      return win.location.href;
    },
  };
  return {
    document: win.document,
    location,
    addEventListener: win.addEventListener.bind(win),
    removeEventListener: win.removeEventListener.bind(win),
    navigation: (win as Window & { navigation?: EventTarget }).navigation,
  } as unknown as Window;
}

/** A watch port whose step reports say "practice": the panel then keeps ticks in the demo workspace. */
export function practicePortOf(port: ReporterPort): ReporterPort {
  const isStep = (message: unknown) => typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'iqag:step';
  return {
    name: port.name,
    sender: port.sender,
    postMessage: (message) => port.postMessage(isStep(message) ? { ...(message as object), practice: true } : message),
    onMessage: port.onMessage,
    disconnect: () => port.disconnect(),
    onDisconnect: port.onDisconnect,
  };
}
