import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { WorkspaceData } from '@/utils/progress/model';
import { NAME_MAX } from '@/utils/progress/schema';

interface WorkspaceBarProps {
  workspaces: readonly Pick<WorkspaceData, 'id' | 'name'>[];
  active: string;
  onSwitch(id: string): void;
  onCreate(name: string): void;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
}

/** Choose, create, rename and delete workspaces (e.g. one per facility). Native controls, labelled. */
export function WorkspaceBar({ workspaces, active, onSwitch, onCreate, onRename, onDelete }: WorkspaceBarProps) {
  const current = workspaces.find((w) => w.id === active);
  const [newName, setNewName] = useState('');
  const [rename, setRename] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="workspace-bar" data-testid="workspace-bar">
      <label for="ws-select">{i18n.t('workspaceBar.label')}</label>
      <select id="ws-select" value={active} onChange={(e) => onSwitch(e.currentTarget.value)}>
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return;
          onCreate(newName);
          setNewName('');
        }}
      >
        <label for="ws-new">{i18n.t('workspaceBar.newName')}</label>
        <input id="ws-new" value={newName} maxLength={NAME_MAX} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit">{i18n.t('workspaceBar.create')}</button>
      </form>
      {rename === null ? (
        <div class="row">
          <button type="button" onClick={() => setRename(current?.name ?? '')}>
            {i18n.t('workspaceBar.rename')}
          </button>
          {workspaces.length > 1 && !confirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              {i18n.t('workspaceBar.delete')}
            </button>
          )}
        </div>
      ) : (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (rename.trim()) onRename(active, rename);
            setRename(null);
          }}
        >
          <label for="ws-rename">{i18n.t('workspaceBar.renameLabel', { name: current?.name ?? '' })}</label>
          <input id="ws-rename" value={rename} maxLength={NAME_MAX} onInput={(e) => setRename(e.currentTarget.value)} />
          <button type="submit">{i18n.t('workspaceBar.saveName')}</button>
          <button type="button" onClick={() => setRename(null)}>
            {i18n.t('common.cancel')}
          </button>
        </form>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="ws-delete-q">
          <p id="ws-delete-q">
            {i18n.t('workspaceBar.deleteQuestion', { name: current?.name ?? '' })}
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onDelete(active);
            }}
          >
            {i18n.t('workspaceBar.deleteYes', { name: current?.name ?? '' })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {i18n.t('workspaceBar.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
