import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, usePseudoLocale } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n: serve the English locale file, so components render the words users see.
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  usePseudoLocale(false);
});
afterEach(cleanup);
