import { i18n } from '#i18n';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PageState } from '@/utils/panel/page-state';
import { isPracticePage } from '@/utils/panel/page-state';
import type { KeyWrite } from '@/utils/progress/commands';
import { DEMO_SCOPE } from '@/utils/progress/keys';
import type { WorkspaceData } from '@/utils/progress/model';
import { resetDemo } from '@/utils/progress/store';
import type { TrackId } from '@/utils/tracks/schema';
import { editsIn } from './use-progress';
import type { Progress } from './use-progress';

/** The track a demo with none chosen follows (a first PSO's registration shows the most). */
const DEMO_START_TRACK: TrackId = 'first-pso';

export interface Demo {
  /** The progress the panel shows and edits: the demo while following a practice copy, else the real one. */
  progress: Progress;
  /** The demo's track. */
  track: TrackId;
  /** Clears the demo's ticks, done marks and notes and starts it over on `track`; false when that failed (said). */
  reset(track: TrackId): Promise<boolean>;
}

/**
 * While the panel follows a practice copy (`active`), the panel's edits write to the demo scope (DEMO_SCOPE): the
 * same commands and the same store as real progress, under `demo:` keys, and only the pieces the registry says the
 * demo keeps (utils/storage/items.ts); the others do nothing. Everything else (workspaces, export, the storage
 * notice) stays the real progress's. Inactive, the real progress passes through untouched.
 */
export function useDemo(real: Progress, active: boolean): Demo {
  const [error, setError] = useState<string | null>(null);
  const stored = real.state.demo;
  const track = stored.track ?? DEMO_START_TRACK;
  const workspace = useMemo<WorkspaceData>(() => ({ ...stored, name: i18n.t('demo.workspaceName'), track }), [stored, track]);
  const { put } = real;

  const run = useCallback(
    (write: KeyWrite | null) => {
      if (!write) return;
      setError(null);
      put(write.key, write.value).catch(() => setError(i18n.t('demo.saveFailed')));
    },
    [put],
  );

  const reset = useCallback(async (start: TrackId) => {
    setError(null);
    return resetDemo(start).then(
      () => true,
      () => {
        setError(i18n.t('demo.saveFailed'));
        return false;
      },
    );
  }, []);

  const progress = useMemo<Progress>(
    () => (active ? { ...real, error: error ?? real.error, scope: DEMO_SCOPE, workspace, ...editsIn(DEMO_SCOPE, workspace, run) } : real),
    [active, real, error, workspace, run],
  );

  return { progress, track, reset };
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
