import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ActivityCard } from '@/components/ActivityCard';
import { PsoView, countOf } from '@/components/PsoView';
import { RemindersToggle } from '@/components/RemindersToggle';
import { WaitingCard } from '@/components/WaitingCard';
import { activityOf } from '@/utils/activity/activity';

describe('between the pages: components', () => {
  it('the guard card: unknown says what it cannot know; warn names the date; lapsed offers restoring access', () => {
    const { container, rerender } = render(<ActivityCard activity={activityOf(undefined, '2026-11-30')} onRestore={vi.fn()} restoreShown={false} />);
    expect(container.textContent).toMatch(/has not seen you signed in/);
    rerender(<ActivityCard activity={activityOf('2026-10-16', '2026-11-30')} onRestore={vi.fn()} restoreShown={false} />);
    expect(screen.getByRole('heading').textContent).toMatch(/^Sign in to iQIES by .*2026/);
    expect(container.querySelector('[data-source-id="qtso-inactive-policy"]')).not.toBeNull();
    const onRestore = vi.fn();
    rerender(<ActivityCard activity={activityOf('2026-09-01', '2026-11-30')} onRestore={onRestore} restoreShown={false} />);
    expect(container.textContent).toMatch(/HARP account stays/);
    fireEvent.click(screen.getByRole('button', { name: 'Show the steps to restore access' }));
    expect(onRestore).toHaveBeenCalledOnce();
  });

  it('the waiting card: who approves, the sourced 24 hours, what to do and what to have ready', () => {
    const onApproved = vi.fn();
    const { container } = render(
      <WaitingCard waiting={{ ws: 'default', name: 'My progress', since: '2026-11-25', days: 5, approver: 'cms', overdue: true }} onApproved={onApproved} />,
    );
    const card = container.querySelector('[data-waiting-since="2026-11-25"]')!;
    expect(card.textContent).toMatch(/approved by CMS/);
    expect(card.textContent).toMatch(/up to 24 hours/);
    expect(card.textContent).toMatch(/iQIES Service Center/);
    expect(card.textContent).toMatch(/HARP User ID, the facility’s CCN/);
    expect(card.querySelector('[data-source-id="mo-16002"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'My role was approved' }));
    expect(onApproved).toHaveBeenCalledOnce();
  });

  it('the reminders toggle is a labelled checkbox, off by default', () => {
    const onChange = vi.fn();
    render(<RemindersToggle on={false} byPolicy={false} onChange={onChange} problem="" needsPermission={false} />);
    const box = screen.getByRole('checkbox', { name: /Remind me with a notification/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('the PSO view warns at one PSO and keeps only whole counts', () => {
    const onChange = vi.fn();
    const { container, rerender } = render(<PsoView counts={{ psos: 2, pending: null }} onChange={onChange} />);
    expect(container.querySelector('[data-pso-warning]')).toBeNull();
    rerender(<PsoView counts={{ psos: 1, pending: 3 }} onChange={onChange} />);
    expect(container.querySelector('[data-pso-warning]')!.textContent).toMatch(/at least two PSOs/);
    fireEvent.change(screen.getByLabelText('How many PSOs does the facility have?'), { target: { value: '4' } });
    expect(onChange).toHaveBeenCalledWith({ psos: 4, pending: 3 });
    expect([countOf('-1'), countOf('2.5'), countOf('abc'), countOf(''), countOf(1e9), countOf({})]).toEqual([null, null, null, null, null, null]);
  });
});
