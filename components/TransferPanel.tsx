import { i18n } from '#i18n';
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
          {i18n.t('transferPanel.exportOne')}
        </button>
        <button type="button" data-export="all" onClick={() => onExport('all')}>
          {i18n.t('transferPanel.exportAll')}
        </button>
      </div>
      <label for="import-file">{i18n.t('transferPanel.importLabel')}</label>
      <input
        type="file"
        id="import-file"
        data-import
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
          <button type="button" data-import-undo onClick={onRestore}>
            {i18n.t('transferPanel.undo', { date: backupDate })}
          </button>
        </p>
      )}
      {errors && (
        <div class="error" role="alert" data-testid="import-errors">
          <p>{i18n.t('transferPanel.refused')}</p>
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
        <div class="confirm" role="group" aria-labelledby="import-q" data-testid="import-preview" data-import-preview>
          {previewNote && (
            <p role="alert" data-testid="import-stale">
              {previewNote}
            </p>
          )}
          <p id="import-q">{i18n.t('transferPanel.question')}</p>
          <ul>
            {preview.map((c) => (
              <li key={c.id}>
                {c.isNew
                  ? i18n.t('transferPanel.changeNew', { name: c.name, after: c.ticksAfter })
                  : i18n.t('transferPanel.changeExisting', { name: c.name, before: c.ticksBefore, after: c.ticksAfter })}
              </li>
            ))}
          </ul>
          {previewTaught > 0 && (
            <p data-testid="import-taught">
              {i18n.t('transferPanel.taught', previewTaught)}
            </p>
          )}
          <button type="button" data-import-apply onClick={onApply}>
            {i18n.t('transferPanel.apply')}
          </button>
          <button type="button" onClick={onCancel}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      )}
      <p>
        <a href={summaryHref} target="_blank" rel="noopener" data-testid="summary-link">
          {i18n.t('transferPanel.summaryLink')}
        </a>
      </p>
    </div>
  );
}
