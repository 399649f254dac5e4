import { useCallback, useEffect, useState } from 'preact/hooks';
import { isPresenterKeyEvent, presenterMove, presenterTarget } from '@/utils/practice/presenter-keys';
import { STEPS } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { useLatest } from './use-latest';
import type { TabCommands } from './use-page-state';

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
 * style only, utils/page/privacy-screen.ts). The panel tells the page on the watch port it holds (`iqag:present`);
 * every new page is told as its port opens, and the page blurs while any open port presents, so closing or
 * crashing this panel, or another presenter leaving, needs no message. Off when presenting stops or the page is a
 * practice copy; a panel that follows another tab tells the new one.
 */
export function usePrivacyScreen(commands: TabCommands, active: boolean): void {
  useEffect(() => {
    commands.present(active);
  }, [commands, active]);
}
