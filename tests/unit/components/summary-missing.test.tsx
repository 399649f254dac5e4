import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SummaryMissing } from '@/components/SummaryMissing';
import { readState } from '@/utils/progress/model';
import { summaryWorkspace } from '@/utils/progress/summary';

const { state } = readState({ 'ws:maple-ab12:meta': { name: 'Maple Court' }, 'settings.activeWorkspace': 'maple-ab12' });

describe('which workspace summary.html shows', () => {
  it('the one asked for, or the active one when none is asked for', () => {
    expect(summaryWorkspace(state, 'default')?.id).toBe('default');
    expect(summaryWorkspace(state, 'maple-ab12')?.name).toBe('Maple Court');
    expect(summaryWorkspace(state, null)?.id).toBe(state.active);
    expect(summaryWorkspace(state, '')?.id).toBe(state.active);
  });

  it('none for an id that does not exist, well-formed or not', () => {
    for (const asked of ['gone-x1y2', 'Not An Id!', 'MAPLE-AB12', '<b>x</b>']) expect(summaryWorkspace(state, asked)).toBeNull();
  });
});

describe('SummaryMissing', () => {
  it('says the workspace does not exist and links the summaries of those that do', () => {
    render(<SummaryMissing asked={'<img src=x onerror=alert(1)>'} workspaces={state.workspaces} />);
    const missing = screen.getByTestId('summary-missing');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('No such workspace');
    expect(missing.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(missing.querySelector('img')).toBeNull();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['My progress', 'summary.html?workspace=default'],
      ['Maple Court', 'summary.html?workspace=maple-ab12'],
    ]);
  });

  it('cuts a very long id from the address', () => {
    render(<SummaryMissing asked={'x'.repeat(5000)} workspaces={state.workspaces} />);
    expect(screen.getByTestId('summary-missing').textContent!.length).toBeLessThan(1000);
  });
});
