import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TrackId } from '@/utils/tracks/schema';
import { loadTrack, saveTrack, watchTrack } from '@/utils/tracks/store';

export interface TrackState {
  track: TrackId | null;
  loaded: boolean;
  chooseTrack(id: TrackId | null): void;
}

/** The chosen track, live across every open panel. */
export function useTrack(): TrackState {
  const [track, setTrack] = useState<TrackId | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    const unwatch = watchTrack((id) => live && setTrack(id));
    loadTrack()
      .then((id) => live && (setTrack(id), setLoaded(true)))
      .catch(() => live && setLoaded(true));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const chooseTrack = useCallback((id: TrackId | null) => {
    setTrack(id);
    void saveTrack(id).catch(() => undefined);
  }, []);

  return { track, loaded, chooseTrack };
}
