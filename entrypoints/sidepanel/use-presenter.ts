import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isPresenterKeyEvent, presenterMove, presenterTarget } from '@/utils/practice/presenter-keys';
import { STEPS } from '@/utils/steps/catalogue';
import { privacyMessage } from '@/utils/messaging';
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
 * The privacy screen: while presenting from a real HARP/iQIES page, the followed tab's form fields are blurred
 * (by style only, utils/page/privacy-screen.ts; the message in utils/messaging.ts). Asked again on every new page (a reload drops it), cleared when
 * presenting stops, the page is a practice copy, or the panel follows another tab.
 */
export function usePrivacyScreen(tabId: number | null, active: boolean, pageKey: unknown): void {
  useEffect(() => {
    if (tabId === null || !active) return undefined;
    void browser.tabs.sendMessage(tabId, privacyMessage(true)).catch(() => undefined);
    return undefined;
  }, [tabId, active, pageKey]);
  useEffect(() => {
    if (tabId === null || !active) return undefined;
    const clear = () => void browser.tabs.sendMessage(tabId, privacyMessage(false)).catch(() => undefined);
    // Closing the panel (or its window) while presenting clears the blur too: best effort, as the page goes away.
    addEventListener('pagehide', clear);
    return () => {
      removeEventListener('pagehide', clear);
      clear();
    };
  }, [tabId, active]);
}
