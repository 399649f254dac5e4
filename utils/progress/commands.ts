import type { StepId } from '../steps/ids';
import type { TrackId } from '../tracks/schema';
import { keeps, valueKey } from '../storage/items';
import type { Scope, WorkspaceValueName } from '../storage/items';
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

/**
 * The edits of a workspace's pieces, in a scope: one of the user's workspaces (its id) or the demo (DEMO_SCOPE).
 * Null is a deliberate no-op: the demo does not keep that piece (utils/storage/items.ts says which it keeps).
 */
export const commands = {
  /** Ticking keeps the first date an item was ticked (a re-tick of a ticked item does not move it). */
  tick: (scope: Scope, w: Pick<WorkspaceData, 'ticks'>, stepId: StepId, itemId: string, checked: boolean, today: string): KeyWrite | null =>
    keeps(scope, 'tick') ? { key: tickKey(scope, stepId, itemId), value: checked ? { at: w.ticks[stepId]?.[itemId] ?? today } : null } : null,
  markDone: (scope: Scope, stepId: StepId, done: boolean, today: string): KeyWrite | null =>
    keeps(scope, 'step') ? { key: stepKey(scope, stepId), value: done ? { done: today } : null } : null,
  note: (scope: Scope, stepId: StepId, text: string): KeyWrite | null =>
    keeps(scope, 'note') ? { key: noteKey(scope, stepId), value: text.trim() ? { text: text.slice(0, NOTE_MAX) } : null } : null,
  milestone: (scope: Scope, m: Milestone, date: string | null): KeyWrite | null =>
    keeps(scope, 'milestone') ? { key: milestoneKey(scope, m), value: date ? { at: date } : null } : null,
  track: (scope: Scope, trackId: TrackId | null): KeyWrite | null => (keeps(scope, 'track') ? { key: trackKey(scope), value: trackId ? { id: trackId } : null } : null),
  rename: (scope: Scope, name: string): KeyWrite | null => (keeps(scope, 'meta') ? { key: metaKey(scope), value: { name: cleanName(name) } } : null),
  /** A per-workspace value kept whole (WORKSPACE_VALUES), e.g. the PSO's counts; null removes it. */
  value: (scope: Scope, name: WorkspaceValueName, value: unknown): KeyWrite | null => (keeps(scope, name) ? { key: valueKey(scope, name), value } : null),
  switchTo: (ws: string): KeyWrite => ({ key: ACTIVE_KEY, value: ws }),
  dismissChooser: (): KeyWrite => ({ key: CHOOSER_DISMISSED_KEY, value: true }),
};

/** A workspace name as stored: trimmed, at most NAME_MAX characters. */
export const cleanName = (name: string) => name.trim().slice(0, NAME_MAX);

/** "Not now" on the track chooser, as stored (anything but true reads as not dismissed). */
export const chooserDismissed = (raw: Readonly<Record<string, unknown>>) => raw[CHOOSER_DISMISSED_KEY] === true;
