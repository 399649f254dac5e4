import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { Milestones } from '@/components/Milestones';
import { TransferPanel } from '@/components/TransferPanel';
import { WorkspaceBar } from '@/components/WorkspaceBar';
import { saveErrorMessage } from '@/utils/progress/errors';
import type { PreparedImport } from '@/utils/progress/store';
import type { Progress } from './use-progress';

type Preview = Extract<PreparedImport, { ok: true }>;

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
        {i18n.t('workspacePanel.summary')}
        <strong>{workspace.name}</strong>
      </summary>
      <WorkspaceBar
        workspaces={state.workspaces}
        active={state.active}
        onSwitch={(id) => {
          progress.switchTo(id);
          announce(i18n.t('workspacePanel.announceSwitched', { name: state.workspaces.find((w) => w.id === id)?.name ?? id }));
        }}
        onCreate={(name) => void progress.create(name).then(() => announce(i18n.t('workspacePanel.announceCreated', { name })))}
        onRename={(id, name) => {
          progress.rename(id, name);
          announce(i18n.t('workspacePanel.announceRenamed', { name }));
        }}
        onDelete={(id) => void progress.remove(id).then(() => announce(i18n.t('workspacePanel.announceDeleted')))}
      />
      <Milestones dates={workspace.milestones} onChange={progress.setMilestone} />
      <TransferPanel
        summaryHref={`/summary.html?workspace=${encodeURIComponent(workspace.id)}`}
        onExport={(which) => void progress.download(which)}
        onFile={(file) => ask(() => progress.prepareImport(file))}
        preview={preview?.changes ?? null}
        previewNote={previewNote}
        errors={errors}
        onApply={() => {
          const p = preview;
          setPreview(null);
          p?.apply().then(
            (done) => (done.applied ? announce(i18n.t('workspacePanel.announceImported')) : show(done.again, i18n.t('workspacePanel.changed'))),
            (err: unknown) => setErrors([i18n.t('workspacePanel.applyFailed', { reason: saveErrorMessage(err) })]),
          );
        }}
        onCancel={() => setPreview(null)}
        backupDate={progress.backupDate}
        onRestore={() => ask(() => progress.prepareRestore())}
      />
    </details>
  );
}
