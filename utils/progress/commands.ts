import type { StepId } from '../steps/ids';
import type { TrackId } from '../tracks/schema';
import { ACTIVE_KEY, CHOOSER_DISMISSED_KEY, metaKey, milestoneKey, noteKey, stepKey, tickKey, trackKey } from './keys';
import type { WorkspaceData } from './model';
import { NAME_MAX, NOTE_MAX } from './schema';
import type { Milestone } from './schema';

/**
 * What each user action writes: one storage key and its new value (null removes the key). Pure, so the panel
 * shows the change at once, writes it in one storage call, and the mapping is tested without a browser.
 */
export interface KeyWrite {
  key: string;
  value: unknown;
}

export const commands = {
  /** Ticking keeps the first date an item was ticked (a re-tick of a ticked item does not move it). */
  tick: (w: WorkspaceData, stepId: StepId, itemId: string, checked: boolean, today: string): KeyWrite => ({
    key: tickKey(w.id, stepId, itemId),
    value: checked ? { at: w.ticks[stepId]?.[itemId] ?? today } : null,
  }),
  markDone: (ws: string, stepId: StepId, done: boolean, today: string): KeyWrite => ({ key: stepKey(ws, stepId), value: done ? { done: today } : null }),
  note: (ws: string, stepId: StepId, text: string): KeyWrite => ({ key: noteKey(ws, stepId), value: text.trim() ? { text: text.slice(0, NOTE_MAX) } : null }),
  milestone: (ws: string, m: Milestone, date: string | null): KeyWrite => ({ key: milestoneKey(ws, m), value: date ? { at: date } : null }),
  track: (ws: string, trackId: TrackId | null): KeyWrite => ({ key: trackKey(ws), value: trackId ? { id: trackId } : null }),
  switchTo: (ws: string): KeyWrite => ({ key: ACTIVE_KEY, value: ws }),
  rename: (ws: string, name: string): KeyWrite => ({ key: metaKey(ws), value: { name: cleanName(name) } }),
  dismissChooser: (): KeyWrite => ({ key: CHOOSER_DISMISSED_KEY, value: true }),
};

/** A workspace name as stored: trimmed, at most NAME_MAX characters. */
export const cleanName = (name: string) => name.trim().slice(0, NAME_MAX);

/** "Not now" on the track chooser, as stored (anything but true reads as not dismissed). */
export const chooserDismissed = (raw: Readonly<Record<string, unknown>>) => raw[CHOOSER_DISMISSED_KEY] === true;
