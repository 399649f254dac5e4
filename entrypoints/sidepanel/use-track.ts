import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TrackId } from '@/utils/tracks/schema';
import { parseTrackId } from '@/utils/tracks/schema';
import { loadChooserDismissed, saveChooserDismissed } from '@/utils/tracks/store';
import type { Progress } from './use-progress';

export interface TrackState {
  /** The active workspace's track; anything that is not a known track id reads as "no track chosen". */
  track: TrackId | null;
  /** "Not now" was chosen on the first-run chooser (remembered, for all workspaces). */
  dismissed: boolean;
  loaded: boolean;
  chooseTrack(id: TrackId | null): void;
  dismissChooser(): void;
}

/**
 * The chosen track lives in the active workspace's progress (so it moves with export/import); "Not now" is a
 * setting. A workspace with no track chosen follows the organisation's default track, if its policy sets one.
 */
export function useTrack(progress: Pick<Progress, 'loaded' | 'workspace' | 'setTrack'>, defaultTrack?: TrackId): TrackState {
  const [dismissed, setDismissed] = useState(false);
  const [dismissedLoaded, setDismissedLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    loadChooserDismissed()
      .then((wasDismissed) => live && setDismissed(wasDismissed))
      .catch(() => undefined)
      .finally(() => live && setDismissedLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  const { setTrack } = progress;
  const chooseTrack = useCallback((id: TrackId | null) => setTrack(id), [setTrack]);
  const dismissChooser = useCallback(() => {
    setDismissed(true);
    void saveChooserDismissed(true).catch(() => undefined);
  }, []);

  return {
    track: parseTrackId(progress.workspace.track) ?? defaultTrack ?? null,
    dismissed,
    loaded: progress.loaded && dismissedLoaded,
    chooseTrack,
    dismissChooser,
  };
}
