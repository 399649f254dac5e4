import { storage } from 'wxt/utils/storage';
import type { TrackId } from './schema';
import { parseTrackId } from './schema';

/**
 * The chosen track: one small storage item, parsed on every read (WXT does not validate), so anything that is
 * not a known track id reads as "no track chosen". Kept in this one module so it can move into per-workspace
 * settings later without touching the panel.
 */
const trackItem = storage.defineItem<unknown>('local:settings.track', { fallback: null, version: 1 });
/** "Not now" on the first-run chooser: remembered so the chooser does not return on every panel open. */
const dismissedItem = storage.defineItem<unknown>('local:settings.trackChooserDismissed', { fallback: false, version: 1 });

export async function loadTrack(): Promise<TrackId | null> {
  return parseTrackId(await trackItem.getValue());
}

export async function saveTrack(id: TrackId | null): Promise<void> {
  if (id === null) await trackItem.removeValue();
  else await trackItem.setValue(id);
}

/** Calls back whenever the chosen track changes, in any open panel. */
export function watchTrack(onChange: (id: TrackId | null) => void): () => void {
  return trackItem.watch((value) => onChange(parseTrackId(value)));
}

export async function loadChooserDismissed(): Promise<boolean> {
  return (await dismissedItem.getValue()) === true;
}

export async function saveChooserDismissed(dismissed: boolean): Promise<void> {
  if (dismissed) await dismissedItem.setValue(true);
  else await dismissedItem.removeValue();
}
