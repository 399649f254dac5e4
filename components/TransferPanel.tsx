import type { ImportChange } from '@/utils/progress/transfer';

interface TransferPanelProps {
  summaryHref: string;
  onExport(which: 'active' | 'all'): void;
  onFile(file: File): void;
  /** What an import will change, waiting for the user's yes. */
  preview: readonly ImportChange[] | null;
  /** Taught pages the previewed file brings (an import adds them to those taught here; a restore puts back its own). */
  previewTaught?: number;
  /** Said above the preview when it had to be made again (the stored progress changed since the first one). */
  previewNote?: string | null;
  /** Why a file was refused, one line per problem, with the path of the bad field. */
  errors: readonly string[] | null;
  onApply(): void;
  onCancel(): void;
  /** Date of the backup kept by the last import; offers to put it back. */
  backupDate?: string | null;
  onRestore?(): void;
}

/** Export to a file, import from one (with a preview first), and the printable summary. */
export function TransferPanel({ summaryHref, onExport, onFile, preview, previewTaught = 0, previewNote, errors, onApply, onCancel, backupDate, onRestore }: TransferPanelProps) {
  return (
    <div class="transfer" data-testid="transfer">
      <div class="row">
        <button type="button" data-export="active" onClick={() => onExport('active')}>
          Export this workspace
        </button>
        <button type="button" data-export="all" onClick={() => onExport('all')}>
          Export all workspaces
        </button>
      </div>
      <label for="import-file">Import progress from a file (.json)</label>
      <input
        type="file"
        id="import-file"
        accept="application/json,.json"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
      {backupDate && onRestore && (
        <p>
          <button type="button" onClick={onRestore}>
            Undo the last import (back to {backupDate})…
          </button>
        </p>
      )}
      {errors && (
        <div class="error" role="alert" data-testid="import-errors">
          <p>This file was not imported; nothing was changed. Problems found:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div class="confirm" role="group" aria-labelledby="import-q" data-testid="import-preview">
          {previewNote && (
            <p role="alert" data-testid="import-stale">
              {previewNote}
            </p>
          )}
          <p id="import-q">Importing will replace these workspaces (a backup of your current progress is kept):</p>
          <ul>
            {preview.map((c) => (
              <li key={c.id}>
                “{c.name}”: {c.isNew ? 'new workspace' : `${c.ticksBefore} ticked now`} → {c.ticksAfter} ticked
              </li>
            ))}
          </ul>
          {previewTaught > 0 && (
            <p data-testid="import-taught">
              It also brings {previewTaught} {previewTaught === 1 ? 'page' : 'pages'} taught to the guide.
            </p>
          )}
          <button type="button" onClick={onApply}>
            Import and replace
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      <p>
        <a href={summaryHref} target="_blank" rel="noopener" data-testid="summary-link">
          Printable summary (opens a new tab)
        </a>
      </p>
    </div>
  );
}
