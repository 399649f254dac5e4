import { browser } from 'wxt/browser';
import { practiceGo } from '@/utils/messaging';
import { PRACTICE_STEPS } from '@/utils/practice/screens';
import type { StepId } from '@/utils/steps/ids';
import type { Track } from '@/utils/tracks/schema';

/**
 * Moves a followed practice tab to a step's practice copy: a message to the practice page (tabs.sendMessage needs
 * no permission; the page obeys only our panel, see utils/page/commands.ts). Steps without a screen leave
 * the tab where it is. Never sent to anything but a tab that reported itself as a practice copy.
 */
export function showPracticeStep(tabId: number | null, step: StepId): boolean {
  if (tabId === null || !PRACTICE_STEPS.has(step)) return false;
  void browser.tabs.sendMessage(tabId, practiceGo(step)).catch(() => undefined); // the tab moved on: fine
  return true;
}

/** The first step of a track that has a practice copy (where a reset demo starts). */
export function firstPracticeStep(track: Track): StepId | null {
  return track.steps.find((s) => PRACTICE_STEPS.has(s)) ?? null;
}
