import type { ExportFile } from '@/utils/progress/transfer';
import { exportFileName } from '@/utils/progress/transfer';

/** Saves an export file through the browser's download of a local blob (no network, no permission). */
export function downloadExport(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(file);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
