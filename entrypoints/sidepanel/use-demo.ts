import { i18n } from '#i18n';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageState } from '@/utils/panel/page-state';
import { isPracticePage } from '@/utils/panel/page-state';
import type { DemoData } from '@/utils/practice/demo-store';
import { demoTickKey, emptyDemo, loadDemo, nestedTicks, saveDemo, watchDemo } from '@/utils/practice/demo-store';
import type { WorkspaceData } from '@/utils/progress/model';
import { todayIso } from '@/utils/formats';
import { NOTE_MAX } from '@/utils/progress/schema';
import type { TrackId } from '@/utils/tracks/schema';
import { parseTrackId } from '@/utils/tracks/schema';
import type { Progress } from './use-progress';

export const DEMO_WORKSPACE_ID = 'demo';

export interface Demo {
  /** The progress the panel shows and edits: the demo workspace while following a practice copy, else the real one. */
  progress: Progress;
  data: DemoData;
  /** Clears the demo's ticks, done marks and notes and starts it over on `track`. */
  reset(track: TrackId): Promise<void>;
}

/**
 * While the panel follows a practice copy (`active`), ticks, done marks, notes and the track go to the demo
 * workspace (utils/practice/demo-store.ts) instead of the user's progress; everything else (workspaces,
 * export, the storage notice) stays the real progress's. Inactive, the real progress passes through untouched.
 */
export function useDemo(real: Progress, active: boolean): Demo {
  const [data, setData] = useState<DemoData>(emptyDemo);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dataRef = useRef(data);
  useLayoutEffect(() => {
    dataRef.current = data;
  }, [data]);

  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    const unwatch = watchDemo((d) => live && setData(d));
    loadDemo()
      .then((d) => live && setData(d))
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
      unwatch();
    };
  }, [active]);

  const write = useCallback((change: (d: DemoData) => DemoData) => {
    const next = change(dataRef.current);
    dataRef.current = next;
    setData(next);
    setError(null);
    return saveDemo(next).catch(() => setError(i18n.t('demo.saveFailed')));
  }, []);

  const reset = useCallback(async (track: TrackId) => {
    await write(() => ({ track, ticks: {}, steps: {}, notes: {} }));
  }, [write]);

  const progress = useMemo<Progress>(() => {
    if (!active) return real;
    const workspace: WorkspaceData = {
      id: DEMO_WORKSPACE_ID,
      name: i18n.t('demo.workspaceName'),
      track: data.track,
      ticks: nestedTicks(data.ticks),
      steps: data.steps,
      notes: data.notes,
      milestones: {},
    };
    const without = (r: Record<string, string>, key: string) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== key));
    return {
      ...real,
      loaded: real.loaded && loaded,
      error: error ?? real.error,
      workspace,
      toggle: (stepId, itemId, checked) => {
        const id = demoTickKey(stepId, itemId);
        void write((d) => ({ ...d, ticks: checked ? { ...d.ticks, [id]: d.ticks[id] ?? todayIso() } : without(d.ticks, id) }));
      },
      setStepDone: (stepId, done) => void write((d) => ({ ...d, steps: done ? { ...d.steps, [stepId]: todayIso() } : without(d.steps, stepId) })),
      setNote: (stepId, text) =>
        void write((d) => ({ ...d, notes: text.trim() ? { ...d.notes, [stepId]: text.slice(0, NOTE_MAX) } : without(d.notes, stepId) })),
      setMilestone: () => undefined,
      setTrack: (trackId) => void write((d) => ({ ...d, track: parseTrackId(trackId) ?? d.track })),
    };
  }, [active, real, data, loaded, error, write]);

  return { progress, data, reset };
}

/**
 * Whether the panel follows a practice copy. Once the followed tab has shown one, the answer stays yes until that
 * tab shows a real HARP/iQIES page or the panel follows another tab: a practice copy going to the other site
 * reloads, and the tab between pages (loading, or a moment "off-site" before the new page answers) must not flip
 * the panel to real progress and back. Erring towards the demo is the safe side: a tick never lands in real
 * progress from a practice tab.
 */
export function usePracticeFollowed(tabId: number | null, page: PageState): boolean {
  const [last, setLast] = useState<{ tabId: number | null; practice: boolean }>({ tabId, practice: false });
  const onSite = page.kind === 'known' || page.kind === 'unknown';
  const now = onSite ? isPracticePage(page) : last.tabId === tabId && last.practice;
  useEffect(() => {
    if (onSite || last.tabId !== tabId) setLast({ tabId, practice: onSite && isPracticePage(page) });
  }, [tabId, page, onSite, last.tabId]);
  return now;
}
