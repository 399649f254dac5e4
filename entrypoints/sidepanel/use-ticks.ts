import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Ticks } from '@/utils/progress/schema';
import { tickId, todayIso } from '@/utils/progress/schema';
import { loadTicks, setTick, watchTicks } from '@/utils/progress/store';

export interface TicksState {
  ticks: Ticks;
  loaded: boolean;
  error: string | null;
  toggle(stepId: string, itemId: string, checked: boolean): void;
}

/** Ticks of one workspace, live across every open panel. */
export function useTicks(workspaceId: string): TicksState {
  const [ticks, setTicks] = useState<Ticks>({});
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const apply = (id: string, at: string | null) =>
      setTicks((prev) => {
        const next = { ...prev };
        if (at) next[id] = at;
        else delete next[id];
        return next;
      });
    const unwatch = watchTicks(workspaceId, apply);
    loadTicks(workspaceId)
      .then((loadedTicks) => {
        if (!live) return;
        setTicks(loadedTicks);
        setLoaded(true);
      })
      .catch(() => live && setError('Your saved checklist could not be read. Nothing was changed.'));
    return () => {
      live = false;
      unwatch();
    };
  }, [workspaceId]);

  const toggle = useCallback(
    (stepId: string, itemId: string, checked: boolean) => {
      const id = tickId(stepId, itemId);
      setError(null);
      setTicks((prev) => {
        const next = { ...prev };
        if (checked) next[id] = prev[id] ?? todayIso();
        else delete next[id];
        return next;
      });
      setTick(workspaceId, stepId, itemId, checked).catch(() => {
        setError('That change could not be saved. Please try again.');
        // Show what is really stored, not the optimistic guess.
        void loadTicks(workspaceId).then(setTicks, () => undefined);
      });
    },
    [workspaceId],
  );

  return { ticks, loaded, error, toggle };
}
