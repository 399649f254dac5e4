import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isPresenterKeyEvent, presenterMove, presenterTarget } from '@/utils/practice/presenter-keys';
import { STEPS } from '@/utils/steps/catalogue';
import { PRESENT_PORT } from '@/utils/messaging';
import type { StepId } from '@/utils/steps/ids';
import { useLatest } from './use-latest';

/** `sidepanel.html?…&mode=present` opens the panel in presenter mode. */
export function presentFromSearch(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'present';
}

export interface Presenter {
  on: boolean;
  toggle(): void;
}

/** Presenter mode on/off; the URL keeps it (replaceState), so a reload or a pop-out opens the same way. */
export function usePresenter(search: string): Presenter {
  const [on, setOn] = useState(() => presentFromSearch(search));
  const toggle = useCallback(() => {
    setOn((was) => {
      const params = new URLSearchParams(location.search);
      if (was) params.delete('mode');
      else params.set('mode', 'present');
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
      return !was;
    });
  }, []);
  return { on, toggle };
}

const ORDER: readonly StepId[] = STEPS.map((s) => s.id);

/** While `enabled`, presenter keys move through `steps` (see utils/practice/presenter-keys.ts). */
export function usePresenterKeys(enabled: boolean, steps: readonly StepId[], shownId: StepId | null, onMove: (id: StepId) => void): void {
  const latest = useLatest({ steps, shownId, onMove });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isPresenterKeyEvent(event)) return;
      const { steps: list, shownId: shown, onMove: move } = latest.current;
      // A presenter key never scrolls the panel, even at the end of the track.
      if (presenterMove(event.key, 0, list.length) === null) return;
      event.preventDefault();
      const to = presenterTarget(event.key, list, shown, ORDER);
      if (to !== null) move(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, latest]);
}

/**
 * The privacy screen: while presenting from a real HARP/iQIES page, the followed tab's form fields are blurred (by
 * style only, utils/page/privacy-screen.ts). This panel holds a port (PRESENT_PORT) to the page for as long as it
 * presents; the page blurs while any presenting panel holds one, so closing or crashing this panel, or another
 * presenter leaving, needs no message. A new page gets a new port (the old one closes after it, so the blur never
 * lapses between two readings); the port is closed when presenting stops, the page is a practice copy, or the panel
 * follows another tab.
 */
type Port = ReturnType<typeof browser.tabs.connect>;

export function usePrivacyScreen(tabId: number | null, active: boolean, pageKey: unknown): void {
  const heldRef = useRef<Port | undefined>(undefined);
  useEffect(() => {
    const was = heldRef.current;
    heldRef.current = tabId !== null && active ? connect(tabId) : undefined;
    was?.disconnect();
  }, [tabId, active, pageKey]);
  useEffect(() => () => heldRef.current?.disconnect(), []);
}

function connect(tabId: number): Port | undefined {
  try {
    const port = browser.tabs.connect(tabId, { name: PRESENT_PORT });
    // A page without our content script closes it at once; reading lastError keeps Chrome from logging it.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    return port;
  } catch {
    return undefined; // the tab has gone
  }
}
