import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ACTIVE_KEY, BACKUP_KEY, metaArea, milestoneArea, noteArea, stepArea, tickArea, trackArea } from '@/utils/progress/keys';
import { readState, workspaceOf } from '@/utils/progress/model';
import type { ProgressState, WorkspaceData } from '@/utils/progress/model';
import { NAME_MAX, NOTE_MAX, tickId, todayIso } from '@/utils/progress/schema';
import type { Milestone } from '@/utils/progress/schema';
import * as store from '@/utils/progress/store';
import type { PreparedImport, Raw } from '@/utils/progress/store';
import { IMPORT_MAX_BYTES, backupOf, exportFileName } from '@/utils/progress/transfer';

export interface Progress {
  loaded: boolean;
  error: string | null;
  /** Said once, in plain words, when damaged saved progress was repaired. */
  notice: string | null;
  dismissNotice(): void;
  state: ProgressState;
  workspace: WorkspaceData;
  toggle(stepId: string, itemId: string, checked: boolean): void;
  setStepDone(stepId: string, done: boolean): void;
  setNote(stepId: string, text: string): void;
  setMilestone(m: Milestone, date: string | null): void;
  /** The workspace's track (a TrackId from utils/tracks, parsed on read); null clears it. */
  setTrack(trackId: string | null): void;
  switchTo(id: string): void;
  create(name: string): Promise<void>;
  rename(id: string, name: string): void;
  remove(id: string): Promise<void>;
  download(which: 'active' | 'all'): Promise<void>;
  prepareImport(file: File): Promise<PreparedImport>;
  /** Date of the backup the last import kept, if any. */
  backupDate: string | null;
  prepareRestore(): Promise<PreparedImport>;
}

const messageFor = (err: unknown) =>
  err instanceof store.QuotaError
    ? 'Storage for this extension is full, so that change was not saved (nothing was half-written). Export your progress, then delete workspaces you no longer need.'
    : 'That change could not be saved. Please try again.';

/**
 * All progress of all workspaces, live across every open panel: the stored values (area key → value) are kept
 * as they are and every change from any panel is applied key by key; the state is derived (and parsed) from them.
 */
export function useProgress(): Progress {
  const [raw, setRaw] = useState<Raw>({});
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rawRef = useRef(raw);
  rawRef.current = raw;
  /** Keys with writes of ours still in flight: their echoes are older than what we show, so they are skipped. */
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
      .catch(() => live && setError('Your saved progress could not be read. Nothing was changed.'));
    return () => {
      live = false;
      unwatch();
    };
  }, [applyChanges]);

  const state = useMemo(() => readState(raw).state, [raw]);
  const workspace = workspaceOf(state);
  const backupRaw = raw[BACKUP_KEY];
  const backupDate = useMemo(() => backupOf({ [BACKUP_KEY]: backupRaw })?.at ?? null, [backupRaw]);

  /** Optimistic: show the change at once, write it, and on failure show what is really stored. */
  const put = useCallback(
    (key: string, value: unknown) => {
      setError(null);
      applyChanges({ [key]: value ?? undefined });
      const flights = inFlight.current;
      flights.set(key, (flights.get(key) ?? 0) + 1);
      store
        .setPiece(key, value)
        .catch((err) => setError(messageFor(err)))
        .finally(() => {
          const left = (flights.get(key) ?? 1) - 1;
          if (left > 0) return flights.set(key, left);
          flights.delete(key);
          // Writes are applied in order, so storage now holds the latest value (ours, or another panel's after it).
          void store.readKeys([key]).then((v) => !flights.get(key) && applyChanges({ [key]: v[key] }), () => undefined);
        });
    },
    [applyChanges],
  );

  const ws = workspace.id;
  return {
    loaded,
    error,
    notice,
    dismissNotice: () => setNotice(null),
    state,
    workspace,
    toggle: (stepId, itemId, checked) =>
      put(tickArea(ws, stepId, itemId), checked ? { at: workspace.ticks[tickId(stepId, itemId)] ?? todayIso() } : null),
    setStepDone: (stepId, done) => put(stepArea(ws, stepId), done ? { done: todayIso() } : null),
    setNote: (stepId, text) => put(noteArea(ws, stepId), text.trim() ? { text: text.slice(0, NOTE_MAX) } : null),
    setMilestone: (m, date) => put(milestoneArea(ws, m), date ? { at: date } : null),
    setTrack: (trackId) => put(trackArea(ws), trackId ? { id: trackId } : null),
    switchTo: (id) => put(ACTIVE_KEY, id),
    create: async (name) => {
      setError(null);
      try {
        await store.createWorkspace(name.trim().slice(0, NAME_MAX));
      } catch (err) {
        setError(messageFor(err));
      }
    },
    rename: (id, name) => put(metaArea(id), { name: name.trim().slice(0, NAME_MAX) }),
    remove: async (id) => {
      setError(null);
      try {
        await store.deleteWorkspace(id, rawRef.current, state.active);
      } catch (err) {
        setError(messageFor(err));
      }
    },
    download: async (which) => {
      const file = await store.exportProgress(which === 'all' ? 'all' : [ws]);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = exportFileName(file);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    backupDate,
    prepareRestore: () => store.restoreBackup(),
    prepareImport: async (file) => {
      // Check the size before reading: a huge file is refused without loading it.
      if (file.size > IMPORT_MAX_BYTES) return { ok: false, errors: [`(file): too large (over ${IMPORT_MAX_BYTES / 1024} KB); this is not a progress file`] };
      return store.prepareImport(await file.text());
    },
  };
}
