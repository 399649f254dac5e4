import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '@/utils/panel/page-state';
import { getStep } from '@/utils/steps/catalogue';
import type { StepId } from '@/utils/steps/ids';
import { showPracticeStep } from './practice-tab';
import type { TabCommands } from './use-page-state';
import { useLatest } from './use-latest';

/**
 * Moves keyboard focus after the view changed under it, so the next Tab continues from there: to the first of
 * `selectors`, in order of preference, that finds an element.
 */
export function focusSoon(...selectors: string[]) {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const el = document.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  });
}

export interface ShownStep {
  /** The step on screen: one picked by hand (or by a presenter key), else the detected one. */
  shownId: StepId | null;
  /** Shows a step by hand and moves focus to its title (unless `focus` is false: the caller focuses something in it). */
  open(id: StepId, focus?: boolean): void;
  /** Presenter mode: shows a step, sends a followed practice tab to it, and says where it is. */
  present(id: StepId): void;
}

interface ShownStepInput {
  page: PageState;
  detected: StepId | null;
  presenting: boolean;
  /** The followed tab is a practice copy: presenter keys move it along. */
  practice: boolean;
  /** The followed tab's commands: presenting on a practice copy, a step picked moves the tab to its screen. */
  commands: TabCommands;
  placeOf(id: StepId): { index: number; total: number } | null;
  announce(text: string): void;
}

/**
 * Which step the panel shows. A new detection wins over a hand-picked step, and is announced politely. The first
 * answer about the page (after "loading") replaces a step picked meanwhile only when it recognises the page.
 * Presenting, only a page on a guided site changes the step on screen: a tab between pages (loading, or the moment
 * before a reloading practice copy answers) leaves the step and the focus where they are.
 */
export function useShownStep({ page, detected, presenting, practice, commands, placeOf, announce }: ShownStepInput): ShownStep {
  const [chosen, setChosen] = useState<StepId | null>(null);
  /** The step a presenter key last sent the practice tab to, until the tab shows it. */
  const sentToRef = useRef<StepId | null>(null);
  const lastSeenRef = useRef<StepId | null>(null);
  const lastKindRef = useRef(page.kind);
  // Read by the detection effect, which runs only when the detection changes (not when these do).
  const latest = useLatest({ chosen, presenting, announce });

  useEffect(() => {
    const { chosen: picked, presenting: on, announce: say } = latest.current;
    const first = lastKindRef.current === 'loading';
    lastKindRef.current = page.kind;
    if (on) {
      if (page.kind !== 'known' && page.kind !== 'unknown') return;
      // The same step reported again (the tab reconnected) is not news; the practice tab catching up with a step
      // the presenter sent it to earlier does not undo a later key press.
      const seenBefore = detected === lastSeenRef.current;
      lastSeenRef.current = detected;
      const caughtUp = detected !== null && detected === sentToRef.current;
      if (caughtUp) sentToRef.current = null;
      if (seenBefore || (caughtUp && picked !== null && picked !== detected)) return;
      // A key pressed between this render and this effect has chosen a newer step: it wins.
      setChosen((current) => (current === picked ? null : current));
    } else {
      lastSeenRef.current = detected;
      if (page.kind === 'loading') return;
      if (detected || !first) setChosen(null);
    }
    if (detected) say(i18n.t('app.announceHere', { title: getStep(detected)?.title ?? detected }));
    else if (page.kind === 'unknown') say(i18n.t('app.announceUnknown'));
  }, [detected, page.kind, latest]);

  const open = (id: StepId, focus = true) => {
    setChosen(id);
    if (focus) focusSoon('#step-title');
  };
  const present = (id: StepId) => {
    open(id);
    if (practice && id !== detected && showPracticeStep(commands, id)) sentToRef.current = id;
    const place = placeOf(id);
    const title = getStep(id)?.title ?? id;
    announce(place ? i18n.t('app.announceStep', { n: String(place.index + 1), total: String(place.total), title }) : title);
  };
  return { shownId: chosen ?? detected, open, present };
}
