import type { SenderInfo } from '../messaging';
import { practiceScreen } from './screens';

/**
 * The one message the panel sends a practice tab (`tabs.sendMessage`, which needs no permission): "show this
 * screen", so a presenter moving through the track in the panel drives the practice tab too. The practice page
 * obeys only our own panel page (same extension, sidepanel.html) and only for a known screen id.
 */
export interface PracticeGo {
  type: 'iqag:practice-go';
  screen: string;
}

export const practiceGo = (screen: string): PracticeGo => ({ type: 'iqag:practice-go', screen });

/** The screen id of a valid "go" from our own panel, or null. Checked by hand (no zod on this path). */
export function acceptPracticeGo(message: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): string | null {
  if (sender.id !== ownId || !isOwnPage(sender.url, ownOrigin, '/sidepanel.html')) return null;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const keys = Object.keys(message).sort();
  if (keys.length !== 2 || keys[0] !== 'screen' || keys[1] !== 'type') return null;
  const { type, screen } = message as { type: unknown; screen: unknown };
  if (type !== 'iqag:practice-go' || typeof screen !== 'string') return null;
  return practiceScreen(screen) ? screen : null;
}

/** Whether `url` is exactly our extension page `path` (any query or hash). */
export function isOwnPage(url: string | undefined, ownOrigin: string, path: string): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // `${protocol}//${host}`, not u.origin: for non-web schemes origin is "null" outside the browser.
  return `${u.protocol}//${u.host}` === ownOrigin && u.pathname === path && u.username === '' && u.password === '';
}
