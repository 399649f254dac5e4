import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TrackId } from '@/utils/tracks/schema';
import { loadChooserDismissed, loadTrack, saveChooserDismissed, saveTrack, watchTrack } from '@/utils/tracks/store';

export interface TrackState {
  track: TrackId | null;
  /** "Not now" was chosen on the first-run chooser (remembered). */
  dismissed: boolean;
  loaded: boolean;
  chooseTrack(id: TrackId | null): void;
  dismissChooser(): void;
}

/** The chosen track, live across every open panel. */
export function useTrack(): TrackState {
  const [track, setTrack] = useState<TrackId | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    const unwatch = watchTrack((id) => live && setTrack(id));
    Promise.all([loadTrack(), loadChooserDismissed()])
      .then(([id, wasDismissed]) => {
        if (!live) return;
        setTrack(id);
        setDismissed(wasDismissed);
      })
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const chooseTrack = useCallback((id: TrackId | null) => {
    setTrack(id);
    void saveTrack(id).catch(() => undefined);
  }, []);

  const dismissChooser = useCallback(() => {
    setDismissed(true);
    void saveChooserDismissed(true).catch(() => undefined);
  }, []);

  return { track, dismissed, loaded, chooseTrack, dismissChooser };
}
