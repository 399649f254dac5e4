import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { todayIso } from '@/utils/formats';
import { chooserDismissed, cleanName, commands } from '@/utils/progress/commands';
import type { KeyWrite } from '@/utils/progress/commands';
import { saveErrorMessage } from '@/utils/progress/errors';
import { BACKUP_KEY } from '@/utils/progress/keys';
import { readState, workspaceOf } from '@/utils/progress/model';
import type { ProgressState, WorkspaceData } from '@/utils/progress/model';
import type { Milestone } from '@/utils/progress/schema';
import * as store from '@/utils/progress/store';
import type { PreparedImport } from '@/utils/progress/store';
import { backupOf } from '@/utils/progress/transfer';
import type { Scope, WorkspaceValueName } from '@/utils/storage/items';
import type { StepId } from '@/utils/steps/ids';
import type { TrackId } from '@/utils/tracks/schema';
import { downloadExport } from './download';
import { useStored } from './use-stored';

export interface Progress {
  loaded: boolean;
  error: string | null;
  /** Said once, in plain words, when damaged saved progress was repaired. */
  notice: string | null;
  dismissNotice(): void;
  state: ProgressState;
  /** Where the edits below write: the active workspace's id, or DEMO_SCOPE while following a practice copy. */
  scope: Scope;
  workspace: WorkspaceData;
  /** "Not now" was chosen on the first-run track chooser (for all workspaces). */
  chooserDismissed: boolean;
  toggle(stepId: StepId, itemId: string, checked: boolean): void;
  setStepDone(stepId: StepId, done: boolean): void;
  setNote(stepId: StepId, text: string): void;
  setMilestone(m: Milestone, date: string | null): void;
  setTrack(trackId: TrackId | null): void;
  /** A per-workspace value kept whole (e.g. the PSO's counts); null removes it. */
  setValue(name: WorkspaceValueName, value: unknown): void;
  dismissChooser(): void;
  switchTo(id: string): void;
  create(name: string): Promise<void>;
  rename(id: string, name: string): void;
  remove(id: string): Promise<void>;
  download(which: 'active' | 'all'): Promise<void>;
  prepareImport(file: File): Promise<PreparedImport>;
  /** Date of the backup the last import kept, if any. */
  backupDate: string | null;
  prepareRestore(): Promise<PreparedImport>;
  /** Every stored value, for readers of keys outside workspace progress (the 60-day guard, reminders). */
  raw: store.Raw;
  /** Writes one such key (shown at once; null removes it). */
  put(key: string, value: unknown): Promise<void>;
}

type Edits = Pick<Progress, 'toggle' | 'setStepDone' | 'setNote' | 'setMilestone' | 'setTrack' | 'setValue'>;

/**
 * The panel's edits of one scope's pieces (a workspace, or the demo), each the pure command's write. A piece the
 * scope does not keep gives no write (null), which `run` skips: its edit does nothing.
 */
export function editsIn(scope: Scope, w: WorkspaceData, run: (write: KeyWrite | null) => void): Edits {
  return {
    toggle: (stepId, itemId, checked) => run(commands.tick(scope, w, stepId, itemId, checked, todayIso())),
    setStepDone: (stepId, done) => run(commands.markDone(scope, stepId, done, todayIso())),
    setNote: (stepId, text) => run(commands.note(scope, stepId, text)),
    setMilestone: (m, date) => run(commands.milestone(scope, m, date)),
    setTrack: (trackId) => run(commands.track(scope, trackId)),
    setValue: (name, value) => run(commands.value(scope, name, value)),
  };
}

/** All progress of all workspaces, live across every open panel, and the commands that change it. */
export function useProgress(): Progress {
  const stored = useStored();
  const { raw, put } = stored;
  const [error, setError] = useState<string | null>(null);
  const state = useMemo(() => readState(raw).state, [raw]);
  const workspace = workspaceOf(state);
  const backupRaw = raw[BACKUP_KEY];
  const backupDate = useMemo(() => backupOf({ [BACKUP_KEY]: backupRaw })?.at ?? null, [backupRaw]);

  /** Optimistic: shown at once; a failed write is said in plain words (and the mirror shows what is stored). */
  const run = (write: KeyWrite | null) => {
    if (!write) return;
    setError(null);
    put(write.key, write.value).catch((err: unknown) => setError(saveErrorMessage(err)));
  };
  const attempt = async (op: () => Promise<unknown>) => {
    setError(null);
    try {
      await op();
    } catch (err) {
      setError(saveErrorMessage(err));
    }
  };

  const ws = workspace.id;
  return {
    loaded: stored.loaded,
    error: stored.loadError ? i18n.t('progress.loadError') : error,
    notice: stored.notice,
    dismissNotice: stored.dismissNotice,
    state,
    scope: ws,
    workspace,
    chooserDismissed: chooserDismissed(raw),
    ...editsIn(ws, workspace, run),
    dismissChooser: () => run(commands.dismissChooser()),
    switchTo: (id) => run(commands.switchTo(id)),
    rename: (id, name) => run(commands.rename(id, name)),
    create: (name) => attempt(() => store.createWorkspace(cleanName(name))),
    remove: (id) => attempt(() => store.deleteWorkspace(id)),
    download: async (which) => downloadExport(await store.exportProgress(which === 'all' ? 'all' : [ws])),
    backupDate,
    prepareRestore: () => store.restoreBackup(),
    prepareImport: (file) => store.prepareImportFile(file),
    raw,
    put,
  };
}
