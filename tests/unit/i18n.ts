import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import path from 'node:path';

/**
 * Serves locales/en.yml to `browser.i18n.getMessage` in unit tests, as the browser would from the built
 * `_locales/en/messages.json` (WXT's fake browser does not implement i18n). Built with the module's own build
 * functions, so plurals (" | ") and key names ("." → "_") are exactly what ships.
 */
// Vitest runs from the repository root (happy-dom's URL cannot be turned into a file path).
const file = path.resolve('locales/en.yml');
const messages: Record<string, { message: string }> = generateChromeMessages(await parseMessagesFile(file));

/** Pseudo-locale marks: every piece of text that came from the locale is wrapped in them. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
let pseudo = false;

/** Switch the served locale to the pseudo one (each message, and each plural form, wrapped in ⟦…⟧). */
export function usePseudoLocale(on: boolean): void {
  pseudo = on;
}

/** browser.i18n.getMessage: $1…$9 filled from `subs`, "$$" is a dollar sign; '' for an unknown name. */
export function getMessage(name: string, subs?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  let text = entry.message;
  if (pseudo) text = text.split(' | ').map((form) => `${PSEUDO_OPEN}${form}${PSEUDO_CLOSE}`).join(' | ');
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}
