/**
 * Stands in for WXT's ContentScriptContext in the content-script build (see wxt.config.ts). WXT's constructor
 * announces every content script to the page it runs in: a `window.postMessage` and a `document` event whose
 * type carries the extension id, so any page could tell that this guide is installed. The content script uses
 * nothing of the context (its listeners are its own, see utils/page/watcher.ts), so this one does nothing.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
