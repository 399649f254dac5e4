import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TransferPanel } from '@/components/TransferPanel';

describe('export and import carry the public contract attributes, wherever they are shown', () => {
  it('export buttons, the file input, the preview with its apply button, and undo', () => {
    const onExport = vi.fn();
    const onApply = vi.fn();
    const onRestore = vi.fn();
    const preview = [{ id: 'default', name: 'My progress', isNew: false, ticksBefore: 1, ticksAfter: 3 }];
    const { container } = render(
      <TransferPanel summaryHref="/s" onExport={onExport} onFile={vi.fn()} preview={preview} errors={null} onApply={onApply} onCancel={vi.fn()} backupDate="2026-11-20" onRestore={onRestore} />,
    );
    fireEvent.click(container.querySelector('button[data-export="all"]')!);
    fireEvent.click(container.querySelector('button[data-export="active"]')!);
    expect(onExport.mock.calls).toEqual([['all'], ['active']]);
    expect(container.querySelector('input[type=file][data-import]')).not.toBeNull();
    const previewEl = container.querySelector('[data-import-preview]')!;
    fireEvent.click(previewEl.querySelector('[data-import-apply]')!);
    expect(onApply).toHaveBeenCalledOnce();
    fireEvent.click(container.querySelector('button[data-import-undo]')!);
    expect(onRestore).toHaveBeenCalledOnce();
  });
});
