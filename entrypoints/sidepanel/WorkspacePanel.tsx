import { useState } from 'preact/hooks';
import { Milestones } from '@/components/Milestones';
import { TransferPanel } from '@/components/TransferPanel';
import { WorkspaceBar } from '@/components/WorkspaceBar';
import type { ImportChange } from '@/utils/progress/transfer';
import type { Progress } from './use-progress';

/** Container for workspaces, key dates, export/import and the summary link (collapsed by default). */
export function WorkspacePanel({ progress, announce }: { progress: Progress; announce(text: string): void }) {
  const { state, workspace } = progress;
  const [preview, setPreview] = useState<{ changes: ImportChange[]; apply(): Promise<void> } | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
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
        onFile={(file) => {
          setPreview(null);
          setErrors(null);
          void progress.prepareImport(file).then((p) => (p.ok ? setPreview(p) : setErrors(p.errors)));
        }}
        preview={preview?.changes ?? null}
        errors={errors}
        onApply={() => {
          const p = preview;
          setPreview(null);
          p?.apply().then(
            () => announce('Imported. Your previous progress was backed up.'),
            (err: unknown) => setErrors([`(file): not imported, nothing was changed: ${/quota/i.test(String(err)) ? 'storage is full' : 'could not save'}`]),
          );
        }}
        onCancel={() => setPreview(null)}
        backupDate={progress.backupDate}
        onRestore={() => {
          setErrors(null);
          void progress.prepareRestore().then((p) => (p.ok ? setPreview(p) : setErrors(p.errors)));
        }}
      />
    </details>
  );
}
