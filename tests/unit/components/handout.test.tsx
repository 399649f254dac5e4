import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Handout } from '@/components/Handout';
import { TRACKS, getTrack } from '@/utils/tracks/data';

describe('the hand-out', () => {
  it('prints one sheet per track with its steps in order, what to have ready, who approves, contacts and sources', () => {
    const { container } = render(<Handout tracks={TRACKS} onPrint={() => undefined} />);
    const sheets = [...container.querySelectorAll('[data-testid="handout"]')];
    expect(sheets.map((s) => s.getAttribute('data-track'))).toEqual(TRACKS.map((t) => t.id));
    const staff = container.querySelector('[data-track="staff"]')!;
    expect([...staff.querySelectorAll('[data-step-id]')].map((li) => li.getAttribute('data-step-id'))).toEqual(getTrack('staff')!.steps);
    for (const heading of ['Steps', 'What to have ready', 'Who approves', 'Contacts', 'Sources']) {
      expect([...staff.querySelectorAll('h3')].map((h) => h.textContent)).toContain(heading);
    }
    expect(staff.querySelectorAll('.handout-sources a[href^="https://"]').length).toBeGreaterThan(2);
  });

  it('shows nobody\'s progress: no checkboxes, dates or workspace names', () => {
    const { container } = render(<Handout tracks={[getTrack('first-pso')!]} onPrint={() => undefined} />);
    expect(container.querySelector('input')).toBeNull();
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|My progress|Done on/);
  });
});
