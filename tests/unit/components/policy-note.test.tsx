import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PolicyNote } from '@/components/PolicyNote';

describe('PolicyNote', () => {
  it('says nothing when the whole policy could be used', () => {
    const { container } = render(<PolicyNote ignored={[]} unknown={[]} notCreated={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('names the settings it does not know, and the facility workspaces it could not create', () => {
    render(<PolicyNote ignored={[]} unknown={['orgName', 'helpContact.mail']} notCreated={['Maple Court', 'Old']} />);
    const note = screen.getByTestId('policy-note');
    expect(note.getAttribute('data-policy-unknown')).toBe('orgName helpContact.mail');
    expect(note.getAttribute('data-policy-not-created')).toBe('2');
    expect(note.textContent).toContain('orgName, helpContact.mail');
    expect(note.textContent).toContain('“Maple Court”, “Old”');
    expect(note.textContent).toMatch(/could not be created/);
  });

  it('keeps naming wrong-shaped values as before', () => {
    render(<PolicyNote ignored={['workspaces', 'defaultTrack']} />);
    const note = screen.getByTestId('policy-note');
    expect(note.getAttribute('data-policy-ignored')).toBe('workspaces defaultTrack');
    expect(note.textContent).toContain('workspaces, defaultTrack');
  });
});
