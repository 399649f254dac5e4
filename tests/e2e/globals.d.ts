import type { browser } from 'wxt/browser';

// Code passed to page.evaluate() runs inside extension pages, where Chrome's own `chrome` object exists.
declare global {
  const chrome: typeof browser;
}
