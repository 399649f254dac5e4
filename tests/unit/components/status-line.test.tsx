import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StatusLine, severityOf } from '@/entrypoints/sidepanel/sections/StatusLine';
import { activityOf } from '@/utils/activity/activity';
import type { Waiting } from '@/utils/activity/waiting';

const TODAY = '2026-11-30';
const wait = (days: number, overdue: boolean): Waiting => ({ ws: 'default', name: 'My progress', since: '2026-11-20', days, approver: 'pso', overdue });
const props = { restoreShown: false, onRestore: vi.fn(), onApproved: vi.fn() };

describe('the status line', () => {
  it('one priority for the top: roles lapsed > 60-day warning > an overdue wait > nothing urgent', () => {
    const lapsed = activityOf('2026-09-01', TODAY);
    const warn = activityOf('2026-10-11', TODAY);
    const ok = activityOf('2026-11-29', TODAY);
    expect(severityOf(lapsed, wait(9, true))).toBe('lapsed');
    expect(severityOf(warn, wait(9, true))).toBe('warn');
    expect(severityOf(ok, wait(9, true))).toBe('wait');
    expect(severityOf(ok, wait(1, false))).toBe('info');
    expect(severityOf(activityOf(undefined, TODAY), null)).toBe('info');
  });

  it('is not shown to a first-time registrant: no sign-in seen, no request waiting, no track about staying active', () => {
    const { container } = render(<StatusLine activity={activityOf(undefined, TODAY)} waiting={null} clockRelevant={false} {...props} />);
    expect(container.innerHTML).toBe('');
  });

  it('is one closed line when nothing is urgent, shown once a sign-in was seen, on a PSO track, or while a request waits', () => {
    for (const [activity, waiting, relevant] of [
      [activityOf('2026-11-29', TODAY), null, false],
      [activityOf(undefined, TODAY), null, true],
      [activityOf(undefined, TODAY), wait(1, false), false],
    ] as const) {
      const { container, unmount } = render(<StatusLine activity={activity} waiting={waiting} clockRelevant={relevant} {...props} />);
      const line = container.querySelector<HTMLDetailsElement>('details[data-status-line]')!;
      expect(line.getAttribute('data-status-line')).toBe('info');
      expect(line.open).toBe(false);
      expect(line.querySelector('summary')!.textContent!.length).toBeGreaterThan(10);
      expect(line.querySelectorAll('[data-waiting-since]')).toHaveLength(waiting ? 1 : 0);
      unmount();
    }
  });

  it('roles lapsed: open by itself, with the way to restore access; a warning names the date on the line', () => {
    const { container, rerender } = render(<StatusLine activity={activityOf('2026-09-01', TODAY)} waiting={null} clockRelevant={false} {...props} />);
    const line = container.querySelector<HTMLDetailsElement>('details[data-status-line="lapsed"]')!;
    expect(line.open).toBe(true);
    expect(line.querySelector('[data-testid="restore-track"]')).not.toBeNull();
    rerender(<StatusLine activity={activityOf('2026-10-11', TODAY)} waiting={wait(9, true)} clockRelevant={false} {...props} />);
    const warn = container.querySelector('details[data-status-line="warn"] > summary')!;
    expect(warn.textContent).toMatch(/^Sign in to iQIES by .*2026/);
    // The overdue wait comes after the warning on the same line.
    expect(warn.textContent).toMatch(/Waiting for your role: 9 days/);
  });

  it('an overdue wait leads the line when the clock is fine', () => {
    const { container } = render(<StatusLine activity={activityOf('2026-11-29', TODAY)} waiting={wait(5, true)} clockRelevant={false} {...props} />);
    expect(container.querySelector('details[data-status-line="wait"] > summary')!.textContent).toMatch(/^Waiting for your role: 5 days\. Time to follow up/);
  });
});
