import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { CONTACTS } from '@/components/contacts';
import { GuideSearch } from '@/components/search/GuideSearch';
import { StepView } from '@/components/StepView';
import { SearchSection } from '@/entrypoints/sidepanel/SearchSection';
import type { SearchEntry } from '@/utils/search/search';
import { getStep } from '@/utils/steps/catalogue';

const LOCKED: SearchEntry = { kind: 'problem', stepId: 'harp-sign-in', stepTitle: 'HARP: Sign in', problemId: 'locked-out', text: 'Locked out or forgot my User ID' };
const STEP: SearchEntry = { kind: 'step', stepId: 'harp-sign-in', stepTitle: 'HARP: Sign in', text: 'Sign in to HARP.' };
const CONTACT: SearchEntry = {
  kind: 'contact',
  stepId: 'harp-profile',
  stepTitle: 'HARP: Profile Information',
  contactId: 'qualitynet-help-desk',
  text: CONTACTS['qualitynet-help-desk'].name,
  detail: CONTACTS['qualitynet-help-desk'].detail,
};

/** The component with its query held, as the panel holds it. */
function Held({ results, onChoose = vi.fn(), initial = '' }: { results: SearchEntry[]; onChoose?: (e: SearchEntry) => void; initial?: string }) {
  const [query, setQuery] = useState(initial);
  return <GuideSearch query={query} results={query ? results : []} onQuery={setQuery} onChoose={onChoose} contacts={['iqies-service-center', 'qualitynet-help-desk']} />;
}

const field = () => screen.getByLabelText('What went wrong?') as HTMLInputElement;
const resultButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-search-result]')];

describe('GuideSearch', () => {
  it('is a labelled search field; typing hands the words up', () => {
    const onQuery = vi.fn();
    render(<GuideSearch query="" results={[]} onQuery={onQuery} onChoose={vi.fn()} contacts={[]} />);
    expect(field().matches('input[type=search][data-guide-search]')).toBe(true);
    fireEvent.input(field(), { target: { value: 'no code' } });
    expect(onQuery).toHaveBeenCalledWith('no code');
    // Nothing typed: no list, nothing announced.
    expect(resultButtons()).toEqual([]);
    expect(screen.getByTestId('search-status').textContent).toBe('');
  });

  it('lists results with their step (and problem) ids, says which step, and announces how many', () => {
    render(<GuideSearch query="locked" results={[LOCKED, STEP, CONTACT]} onQuery={vi.fn()} onChoose={vi.fn()} contacts={[]} />);
    const [problem, step, contact] = resultButtons();
    expect(problem!.dataset).toMatchObject({ searchResult: 'problem', stepId: 'harp-sign-in', problemId: 'locked-out' });
    expect(problem!.textContent).toBe('Locked out or forgot my User IDStep: HARP: Sign in');
    expect(step!.dataset.problemId).toBeUndefined();
    expect(step!.dataset).toMatchObject({ searchResult: 'step', stepId: 'harp-sign-in' });
    expect(contact!.dataset).toMatchObject({ searchResult: 'contact', stepId: 'harp-profile', contactId: 'qualitynet-help-desk' });
    expect(contact!.textContent).toContain('qnetsupport@cms.hhs.gov');
    expect(screen.getByRole('list', { name: 'Search results' })).toBeTruthy();
    expect(screen.getByTestId('search-status').textContent).toBe('3 results. Use the down arrow to go through them.');
  });

  it('choosing a result (click) hands it up', () => {
    const onChoose = vi.fn();
    render(<GuideSearch query="locked" results={[LOCKED, STEP]} onQuery={vi.fn()} onChoose={onChoose} contacts={[]} />);
    fireEvent.click(resultButtons()[1]!);
    expect(onChoose).toHaveBeenCalledWith(STEP);
  });

  it('keyboard: ↓ into the results, ↓ / ↑ through them, ↑ back to the field, Enter in the field chooses the first', () => {
    const onChoose = vi.fn();
    render(<Held results={[LOCKED, STEP, CONTACT]} onChoose={onChoose} initial="locked" />);
    field().focus();
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(resultButtons()[0]);
    fireEvent.keyDown(resultButtons()[0]!, { key: 'ArrowDown' });
    fireEvent.keyDown(resultButtons()[1]!, { key: 'ArrowDown' });
    fireEvent.keyDown(resultButtons()[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(resultButtons()[2]);
    fireEvent.keyDown(resultButtons()[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(resultButtons()[1]);
    fireEvent.keyDown(resultButtons()[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(resultButtons()[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(field());
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(LOCKED);
  });

  it('Escape clears the field (from the field or a result) and returns to it', () => {
    render(<Held results={[LOCKED, STEP]} initial="locked" />);
    resultButtons()[1]!.focus();
    fireEvent.keyDown(resultButtons()[1]!, { key: 'Escape' });
    expect(field().value).toBe('');
    expect(resultButtons()).toEqual([]);
    expect(document.activeElement).toBe(field());
    fireEvent.input(field(), { target: { value: 'lock' } });
    expect(resultButtons()).toHaveLength(2);
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('');
  });

  it('nothing found: says so honestly and names whom to contact, from the catalogue', () => {
    render(<GuideSearch query="banana" results={[]} onQuery={vi.fn()} onChoose={vi.fn()} contacts={['iqies-service-center', 'qualitynet-help-desk']} />);
    const empty = screen.getByTestId('search-empty');
    expect(empty.textContent).toContain('Nothing found — try other words, or contact the iQIES Service Center');
    expect(empty.textContent).toContain('iqies@cms.hhs.gov · 1-800-339-9313');
    expect(empty.textContent).toContain('qnetsupport@cms.hhs.gov');
    expect(screen.getByTestId('search-status').textContent).toBe('Nothing found.');
  });
});

describe('SearchSection (the search over the real catalogue)', () => {
  it('finds a problem in plain words, at most 8 results; choosing hands it up and clears the field', () => {
    const onChoose = vi.fn();
    render(<SearchSection onChoose={onChoose} />);
    fireEvent.input(field(), { target: { value: 'locked out' } });
    expect(resultButtons()[0]!.dataset).toMatchObject({ stepId: 'harp-sign-in', problemId: 'locked-out' });
    fireEvent.input(field(), { target: { value: 'pso' } });
    expect(resultButtons()).toHaveLength(8);
    fireEvent.input(field(), { target: { value: 'no code on my phone' } });
    fireEvent.click(resultButtons().find((b) => b.dataset.problemId === 'lost-phone')!);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ stepId: 'harp-two-factor', problemId: 'lost-phone' }));
    expect(field().value).toBe('');
  });
});

describe('StepView: a problem asked for by the search', () => {
  const step = getStep('harp-sign-in')!;
  const view = (openProblem: { id: string } | null) => (
    <StepView step={step} checked={new Set()} isDetected={false} onToggle={() => undefined} openProblem={openProblem} />
  );
  const details = () => document.querySelector<HTMLDetailsElement>('details.problems')!;
  const problem = (id: string) => document.querySelector<HTMLElement>(`[data-problem-id="${id}"]`)!;

  it('is closed by default; asked for, its list opens and the problem takes the focus', async () => {
    const { rerender } = render(view(null));
    expect(details().open).toBe(false);
    rerender(view({ id: 'locked-out' }));
    await vi.waitFor(() => expect(details().open).toBe(true));
    expect(document.activeElement).toBe(problem('locked-out'));
    expect(problem('locked-out').closest('details')).toBe(details());
  });

  it('asked again for the same problem after the list was closed, opens it again; coming back to the step does not', async () => {
    const first = { id: 'harp-lost-password' };
    const { rerender } = render(view(first));
    await vi.waitFor(() => expect(details().open).toBe(true));
    details().open = false;
    // The panel showed another step meanwhile (no problem asked for there), then this one again with the same
    // request. rerender runs inside act(): the effects have run when it returns.
    rerender(view(null));
    rerender(view(first));
    expect(details().open).toBe(false);
    rerender(view({ id: 'harp-lost-password' }));
    await vi.waitFor(() => expect(details().open).toBe(true));
    expect(document.activeElement).toBe(problem('harp-lost-password'));
  });
});
