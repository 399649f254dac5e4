import { useState } from 'preact/hooks';
import { Milestones } from '@/components/Milestones';
import { TransferPanel } from '@/components/TransferPanel';
import { WorkspaceBar } from '@/components/WorkspaceBar';
import { saveErrorMessage } from '@/utils/progress/errors';
import type { PreparedImport } from '@/utils/progress/store';
import type { Progress } from './use-progress';

type Preview = Extract<PreparedImport, { ok: true }>;
const CHANGED = 'Your progress changed (in this or another panel) since this preview, so nothing was imported yet. Here is what importing would do now:';

/** Container for workspaces, key dates, export/import and the summary link (collapsed by default). */
export function WorkspacePanel({ progress, announce }: { progress: Progress; announce(text: string): void }) {
  const { state, workspace } = progress;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewNote, setPreviewNote] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const show = (p: PreparedImport, note: string | null = null) => {
    setPreviewNote(note);
    if (p.ok) setPreview(p);
    else setErrors(p.errors);
  };
  const ask = (prepare: () => Promise<PreparedImport>) => {
    setPreview(null);
    setErrors(null);
    void prepare().then((p) => show(p));
  };
  return (
    <details class="workspace" data-testid="workspace" data-workspace-id={workspace.id}>
      <summary>
        Workspace: <strong>{workspace.name}</strong>
      </summary>
      <WorkspaceBar
        workspaces={state.workspaces}
        active={state.active}
        onSwitch={(id) => {
          progress.switchTo(id);
          announce(`Switched to ${state.workspaces.find((w) => w.id === id)?.name ?? id}`);
        }}
        onCreate={(name) => void progress.create(name).then(() => announce(`Created and switched to ${name}`))}
        onRename={(id, name) => {
          progress.rename(id, name);
          announce(`Renamed to ${name}`);
        }}
        onDelete={(id) => void progress.remove(id).then(() => announce('Workspace deleted'))}
      />
      <Milestones dates={workspace.milestones} onChange={progress.setMilestone} />
      <TransferPanel
        summaryHref={`/summary.html?workspace=${encodeURIComponent(workspace.id)}`}
        onExport={(which) => void progress.download(which)}
        onFile={(file) => ask(() => progress.prepareImport(file))}
        preview={preview?.changes ?? null}
        previewTaught={preview?.taught ?? 0}
        previewNote={previewNote}
        errors={errors}
        onApply={() => {
          const p = preview;
          setPreview(null);
          p?.apply().then(
            (done) => (done.applied ? announce('Imported. Your previous progress was backed up.') : show(done.again, CHANGED)),
            (err: unknown) => setErrors([`(file): not imported, nothing was changed: ${saveErrorMessage(err)}`]),
          );
        }}
        onCancel={() => setPreview(null)}
        backupDate={progress.backupDate}
        onRestore={() => ask(() => progress.prepareRestore())}
      />
    </details>
  );
}
