import { safeDom } from './safe-dom';

/**
 * The privacy screen: while a trainer presents from a real HARP/iQIES page, every form field is blurred so the
 * room does not see what is typed. By style only: no field, value or attribute of the page is read.
 *
 * It is switched by the step reporter (reporter.ts), which knows which open watch ports present (`iqag:present`):
 * on while at least one does, so a second presenter keeps it when the first leaves, and a panel that crashes (its
 * port closes) takes it away. The style exists only while presenting — a `<style>` of ours in the document, in every open shadow
 * root and in every same-origin (or srcdoc) frame — so with no panel presenting a page can neither see it nor
 * trigger it. While presenting, DOM changes are watched only to put the style back where a page removed it
 * (`document.open()`) and to cover new shadow roots and frames. Kept small: it ships in the content script.
 */
const CSS = ':is(input,textarea,select,[contenteditable]:not([contenteditable=false]),[role=textbox]){filter:blur(6px)!important}';
/** Full rescans (for new shadow roots and frames) at most this often; a removed style is put back at once. */
const RESCAN_MS = 50;

/** The privacy screen of `doc`: the returned switch turns it on (someone presents) and off. */
export function privacyScreen(doc: Document): (on: boolean) => void {
  const d = safeDom();
  /** Each covered root (document, shadow root, frame document) and our style in it. */
  const styles = new Map<Document | ShadowRoot, HTMLStyleElement>();
  const frames = new WeakSet<Element>();
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cover = (root: Document | ShadowRoot): void => {
    // Not `instanceof`: a frame's document and elements come from the frame's own realm.
    const isDoc = d.ownerDocument(root) === null;
    const parent = isDoc ? (root as Document).documentElement : root;
    let style = styles.get(root);
    // Still in its root? (`isConnected` would not do: a detached shadow root is never connected, whatever it holds.)
    if (parent && style?.getRootNode() !== root) {
      style = doc.createElement('style');
      style.textContent = CSS;
      parent.append(style);
      styles.set(root, style);
      observer!.observe(root, { childList: true, subtree: true });
    }
    for (const el of isDoc ? d.querySelectorAll(root as Document, '*') : root.querySelectorAll('*')) {
      const shadow = d.shadowRoot(el);
      if (shadow) cover(shadow);
      if (d.tagName(el) === 'IFRAME') {
        // A frame's document is replaced when it loads (srcdoc, src): cover it again then.
        if (!frames.has(el)) d.addEventListener(el, 'load', rescan);
        frames.add(el);
        try {
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner) cover(inner);
        } catch {
          // Another origin's frame: out of reach, and out of this extension's hosts.
        }
      }
    }
  };
  function rescan(): void {
    clearTimeout(timer);
    timer = undefined;
    if (observer) cover(doc);
  }
  return (on) => {
    if (on && !observer) {
      observer = new MutationObserver(() => {
        for (const [root, style] of styles) if (style.getRootNode() !== root) cover(root);
        timer ??= setTimeout(rescan, RESCAN_MS);
      });
      cover(doc);
    } else if (!on && observer) {
      observer.disconnect();
      observer = undefined;
      clearTimeout(timer);
      timer = undefined;
      styles.forEach((style) => style.remove());
      styles.clear();
    }
  };
}
