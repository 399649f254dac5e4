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
      <label for="ws-select">Workspace</label>
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
        <label for="ws-new">New workspace name</label>
        <input id="ws-new" value={newName} maxLength={NAME_MAX} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit">Create</button>
      </form>
      {rename === null ? (
        <div class="row">
          <button type="button" onClick={() => setRename(current?.name ?? '')}>
            Rename…
          </button>
          {workspaces.length > 1 && !confirming && (
            <button type="button" onClick={() => setConfirming(true)}>
              Delete…
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
          <label for="ws-rename">New name for “{current?.name}”</label>
          <input id="ws-rename" value={rename} maxLength={NAME_MAX} onInput={(e) => setRename(e.currentTarget.value)} />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRename(null)}>
            Cancel
          </button>
        </form>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="ws-delete-q">
          <p id="ws-delete-q">
            Delete “{current?.name}” and all its progress? This cannot be undone (export it first to keep a copy).
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onDelete(active);
            }}
          >
            Yes, delete “{current?.name}”
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}
