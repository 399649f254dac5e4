import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Milestones } from '@/components/Milestones';
import { StepExtras } from '@/components/StepExtras';
import { Summary } from '@/components/Summary';
import { TransferPanel } from '@/components/TransferPanel';
import { WorkspaceBar } from '@/components/WorkspaceBar';
import { emptyWorkspace } from '@/utils/progress/model';
import { summarize } from '@/utils/progress/summary';
import { STEPS } from '@/utils/steps/catalogue';

const WORKSPACES = [
  { id: 'default', name: 'My progress' },
  { id: 'sunny-k3z9', name: 'Sunny Acres' },
];

describe('WorkspaceBar', () => {
  it('switches, creates and renames with labelled native controls', () => {
    const on = { onSwitch: vi.fn(), onCreate: vi.fn(), onRename: vi.fn(), onDelete: vi.fn() };
    render(<WorkspaceBar workspaces={WORKSPACES} active="default" {...on} />);
    fireEvent.change(screen.getByLabelText('Workspace'), { target: { value: 'sunny-k3z9' } });
    expect(on.onSwitch).toHaveBeenCalledWith('sunny-k3z9');
    fireEvent.input(screen.getByLabelText('New workspace name'), { target: { value: 'Oak Park' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(on.onCreate).toHaveBeenCalledWith('Oak Park');
    fireEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    fireEvent.input(screen.getByLabelText(/New name for/), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(on.onRename).toHaveBeenCalledWith('default', 'Mine');
  });

  it('deletes only after an explicit confirm, and never the last workspace', () => {
    const onDelete = vi.fn();
    const { rerender } = render(<WorkspaceBar workspaces={WORKSPACES} active="sunny-k3z9" onSwitch={vi.fn()} onCreate={vi.fn()} onRename={vi.fn()} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete “Sunny Acres”' }));
    expect(onDelete).toHaveBeenCalledWith('sunny-k3z9');
    rerender(<WorkspaceBar workspaces={WORKSPACES.slice(0, 1)} active="default" onSwitch={vi.fn()} onCreate={vi.fn()} onRename={vi.fn()} onDelete={onDelete} />);
    expect(screen.queryByRole('button', { name: 'Delete…' })).toBeNull();
  });
});

describe('TransferPanel', () => {
  it('shows path-level errors as an alert and a preview before importing', () => {
    const on = { onExport: vi.fn(), onFile: vi.fn(), onApply: vi.fn(), onCancel: vi.fn() };
    render(
      <TransferPanel
        summaryHref="/summary.html?workspace=default"
        preview={[{ id: 'default', name: 'My progress', isNew: false, ticksBefore: 2, ticksAfter: 5 }]}
        errors={['workspaces.0.steps.harp-profile.done: expected a date (YYYY-MM-DD)']}
        {...on}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('workspaces.0.steps.harp-profile.done: expected a date');
    expect(screen.getByTestId('import-preview').textContent).toContain('“My progress”: 2 ticked now → 5 ticked');
    fireEvent.click(screen.getByRole('button', { name: 'Import and replace' }));
    expect(on.onApply).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Export this workspace' }));
    expect(on.onExport).toHaveBeenCalledWith('active');
    expect(screen.getByLabelText(/Import progress/).getAttribute('type')).toBe('file');
    expect(screen.getByRole('link', { name: /Printable summary/ }).getAttribute('href')).toBe('/summary.html?workspace=default');
  });
});

describe('StepExtras and Milestones', () => {
  it('reports done, note and dates', () => {
    const onDone = vi.fn();
    const onNote = vi.fn();
    const onChange = vi.fn();
    render(
      <>
        <StepExtras stepId="prepare" doneOn="2026-11-20" note="" onDone={onDone} onNote={onNote} />
        <Milestones dates={{ 'role-requested': '2026-11-21' }} onChange={onChange} />
      </>,
    );
    expect((screen.getByLabelText(/I finished this step/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/I finished this step/));
    expect(onDone).toHaveBeenCalledWith(false);
    fireEvent.change(screen.getByLabelText('My notes for this step'), { target: { value: 'PSO is Dana' } });
    expect(onNote).toHaveBeenCalledWith('PSO is Dana');
    expect((screen.getByLabelText('iQIES role requested') as HTMLInputElement).value).toBe('2026-11-21');
    fireEvent.change(screen.getByLabelText('iQIES role approved'), { target: { value: '2026-11-24' } });
    expect(onChange).toHaveBeenCalledWith('role-approved', '2026-11-24');
  });
});

describe('Summary', () => {
  it('lists steps done (by hand or fully ticked) with dates, what is left, and contacts', () => {
    const w = { ...emptyWorkspace('default'), steps: { prepare: '2026-11-18' }, notes: { prepare: 'PSO is Dana' } };
    const access = STEPS.find((s) => s.id === 'access-approved')!;
    w.ticks['access-approved'] = Object.fromEntries(access.checklist.map((item, i) => [item.id, `2026-11-2${i}`]));
    const { done, left } = summarize(w, STEPS);
    expect(done.map((s) => [s.id, s.doneOn])).toEqual([
      ['prepare', '2026-11-18'],
      ['access-approved', `2026-11-2${access.checklist.length - 1}`],
    ]);
    expect(left).toHaveLength(STEPS.length - 2);
    const { rerender } = render(<Summary workspace={w} trackTitle={null} done={done} left={left} today="2026-11-25" onPrint={vi.fn()} />);
    expect(screen.getByText(/track: not chosen \(all steps listed\)/)).toBeTruthy();
    rerender(<Summary workspace={w} trackTitle="Staff user" done={done} left={left} today="2026-11-25" onPrint={vi.fn()} />);
    expect(screen.getByText(/track: Staff user ·/)).toBeTruthy();
    expect(screen.getByText('PSO is Dana')).toBeTruthy();
    expect(screen.getByText(/iQIES Service Center/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Still to do (${STEPS.length - 2})` })).toBeTruthy();
  });
});
