import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as store from '@/utils/progress/store';
import type { Raw } from '@/utils/progress/store';

interface Stored {
  /** Every stored value (storage key → value), live across all open panels. */
  raw: Raw;
  loaded: boolean;
  /** Said once, in plain words, when damaged saved progress was repaired. */
  notice: string | null;
  dismissNotice(): void;
  /** The load failed: nothing can be shown or saved. */
  loadError: boolean;
  /** Shows the value at once and writes it (one storage call; null removes the key). Rejects when the write fails. */
  put(key: string, value: unknown): Promise<void>;
}

/**
 * A mirror of extension storage: loaded once (migrated and repaired), then every change from any panel is applied
 * key by key. Our own writes show at once; their echoes (older than what we show while more writes of the same
 * key are in flight) are skipped, and once the last one lands the key is read back.
 */
export function useStored(): Stored {
  const [raw, setRaw] = useState<Raw>({});
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  /** Keys with writes of ours still in flight → how many. */
  const inFlight = useRef(new Map<string, number>());

  const applyChanges = useCallback((changes: Record<string, unknown>) => {
    setRaw((prev) => {
      const next = { ...prev };
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      return next;
    });
  }, []);

  useEffect(() => {
    let live = true;
    let pending: Record<string, unknown>[] | null = [];
    const unwatch = store.watchRaw((all) => {
      const changes = Object.fromEntries(Object.entries(all).filter(([key]) => !inFlight.current.get(key)));
      if (pending) pending.push(changes);
      else applyChanges(changes);
    });
    store
      .loadProgress()
      .then((l) => {
        if (!live) return;
        setRaw(l.raw);
        // Changes made by another panel while we were loading land on top of what we read.
        for (const changes of pending ?? []) applyChanges(changes);
        pending = null;
        setNotice(l.notice);
        setLoaded(true);
      })
      .catch(() => live && setLoadError(true));
    return () => {
      live = false;
      unwatch();
    };
  }, [applyChanges]);

  const put = useCallback(
    (key: string, value: unknown) => {
      applyChanges({ [key]: value ?? undefined });
      const flights = inFlight.current;
      flights.set(key, (flights.get(key) ?? 0) + 1);
      return store.setKey(key, value).finally(() => {
        const left = (flights.get(key) ?? 1) - 1;
        if (left > 0) return void flights.set(key, left);
        flights.delete(key);
        // Writes are applied in order, so storage now holds the latest value (ours, or another panel's after it);
        // after a failed write this puts back what is really stored.
        void store.readKeys([key]).then((v) => !flights.get(key) && applyChanges({ [key]: v[key] }), () => undefined);
      });
    },
    [applyChanges],
  );

  return { raw, loaded, notice, dismissNotice: () => setNotice(null), loadError, put };
}
