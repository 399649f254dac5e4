import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TaughtPages } from '@/components/TaughtPages';
import { TeachPage } from '@/components/TeachPage';
import { teachOptions } from '@/utils/taught/taught';

// Built per test: the group labels come from the locale, which the test setup serves to each test.
let groups: ReturnType<typeof teachOptions>;
beforeEach(() => {
  groups = teachOptions(['harp-profile', 'harp-account']);
});

describe('TeachPage', () => {
  it('on an unknown page: a labelled native select; choosing a step teaches it', () => {
    const onTeach = vi.fn();
    render(<TeachPage mode="unknown" groups={groups} onTeach={onTeach} onUndo={() => undefined} />);
    const select = screen.getByLabelText('This page is…') as HTMLSelectElement;
    expect(select.matches('select[data-teach-step]')).toBe(true);
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)[0]).toBe('Your track');
    fireEvent.change(select, { target: { value: 'harp-account' } });
    expect(onTeach).toHaveBeenCalledWith('harp-account');
  });

  it('on a taught page: the quiet note with an undo, the select showing what was taught', () => {
    const onUndo = vi.fn();
    render(<TeachPage mode="you" groups={groups} taughtStep="harp-account" stepTitle="Account Information" onTeach={() => undefined} onUndo={onUndo} />);
    expect(screen.getByText(/You told me this page is/).textContent).toContain('Account Information');
    expect((screen.getByLabelText('This page is…') as HTMLSelectElement).value).toBe('harp-account');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
  });

  it('on a recognised page: "Not this step?", and a plain message when teaching was refused', () => {
    render(<TeachPage mode="rules" groups={groups} onTeach={() => undefined} onUndo={() => undefined} message="The list is full." />);
    expect(screen.getByText('Not this step?').tagName).toBe('SUMMARY');
    expect(screen.getByRole('alert').textContent).toBe('The list is full.');
  });
});

describe('TaughtPages', () => {
  it('lists each taught page with what is stored, and forgets one', () => {
    const onForget = vi.fn();
    const page = { host: 'iqies.cms.gov', path: '/portal/facility/:id/requests', step: 'iqies-manage-requests' as const, on: '2026-11-30', fix: false };
    render(<TaughtPages pages={[page]} titleOf={() => 'Manage requests'} onForget={onForget} />);
    expect(screen.getByText('Pages you taught (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget iqies.cms.gov/portal/facility/:id/requests' }));
    expect(onForget).toHaveBeenCalledWith(page);
  });

  it('shows nothing when no page was taught', () => {
    const { container } = render(<TaughtPages pages={[]} titleOf={String} onForget={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
