import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/Checklist';
import { Guidance } from '@/components/Guidance';
import { JourneyList } from '@/components/JourneyList';
import { PageStatus } from '@/components/PageStatus';
import { StepView } from '@/components/StepView';
import { emptyWorkspace } from '@/utils/progress/model';
import { stepStatuses } from '@/utils/progress/status';
import { STEPS, getStep, sourcesOf } from '@/utils/steps/catalogue';
import { SOURCES } from '@/utils/steps/catalogue/sources';

const profile = getStep('harp-profile')!;

describe('Checklist', () => {
  it('renders native checkboxes with item ids and labels, and reports toggles', () => {
    const onToggle = vi.fn();
    render(<Checklist stepId={profile.id} items={profile.checklist} checked={new Set(['legal-name'])} onToggle={onToggle} />);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.dataset.itemId)).toEqual(profile.checklist.map((i) => i.id));
    expect(boxes.filter((b) => b.checked).map((b) => b.dataset.itemId)).toEqual(['legal-name']);
    fireEvent.click(screen.getByLabelText(profile.checklist[0]!.label));
    expect(onToggle).toHaveBeenCalledWith(profile.checklist[0]!.id, true);
  });

  it('says so when there is nothing to tick', () => {
    render(<Checklist stepId="access-approved" items={[]} checked={new Set()} onToggle={() => undefined} />);
    expect(screen.getByText('Nothing to tick on this step.')).toBeTruthy();
  });
});

describe('Guidance', () => {
  it('renders content as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(<Guidance blocks={[{ kind: 'warning', text: evil, cite: [{ source: 'qsep-faq', says: evil }] }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(evil);
    expect(container.querySelector('[data-source-quote="qsep-faq"]')!.textContent).toBe(evil);
  });
});

describe('StepView', () => {
  it('shows title, summary, checklist count and dated sources', () => {
    render(<StepView step={profile} checked={new Set(['legal-name'])} isDetected onToggle={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(profile.title);
    expect(screen.getByText('You are here')).toBeTruthy();
    expect(screen.getByText(`(1 of ${profile.checklist.length} done)`)).toBeTruthy();
    expect(screen.getByText(/last reviewed on/).querySelector('time')?.dateTime).toBe(profile.checkedOn);
    const list = screen.getByRole('region', { name: 'Sources' });
    for (const id of sourcesOf(profile)) {
      const link = list.querySelector<HTMLAnchorElement>(`[data-source-entry="${id}"] a`)!;
      expect(link.href).toBe(SOURCES[id].url);
      expect(list.querySelector(`[data-source-entry="${id}"]`)!.textContent).toContain(`Checked ${SOURCES[id].checkedOn}`);
    }
  });
});

describe('StepView: Show me where', () => {
  const welcome = getStep('iqies-welcome')!;
  it('offers the button only when given a way to ask, and says plainly when the control is not found', () => {
    const { rerender, container } = render(<StepView step={welcome} checked={new Set()} isDetected onToggle={() => undefined} />);
    expect(container.querySelector('button[data-show-where]')).toBeNull();
    const ask = vi.fn();
    rerender(<StepView step={welcome} checked={new Set()} isDetected onToggle={() => undefined} onShowWhere={ask} showWhere={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show me where' }));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/can't find it/)).toBeNull();
    rerender(<StepView step={welcome} checked={new Set()} isDetected onToggle={() => undefined} onShowWhere={ask} showWhere="not-found" />);
    expect(screen.getByText(/I can't find it on this page/)).toBeTruthy();
  });
});

describe('JourneyList', () => {
  it('marks only the shown step with aria-current, every step with data-step-id, and lets any step be chosen', () => {
    const onSelect = vi.fn();
    const { entries } = stepStatuses(STEPS, emptyWorkspace('default'), 'harp-profile');
    const { container } = render(<JourneyList entries={entries} shownId="harp-account" detectedId="harp-profile" onSelect={onSelect} />);
    const current = container.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect((current[0] as HTMLElement).dataset.stepId).toBe('harp-account');
    expect(container.querySelectorAll('li[data-step-id][data-status]')).toHaveLength(STEPS.length);
    expect(screen.getByText('You are here').closest('button')?.dataset.journeyStep).toBe('harp-profile');
    fireEvent.click(screen.getByText(getStep('iqies-welcome')!.title));
    expect(onSelect).toHaveBeenCalledWith('iqies-welcome');
  });
});

describe('PageStatus', () => {
  it('is honest about unknown pages and other sites', () => {
    const { rerender, container } = render(<PageStatus page={{ kind: 'unknown', site: 'harp' }} detectedTitle={null} />);
    expect(container.textContent).toContain("I can't tell which step this is.");
    rerender(<PageStatus page={{ kind: 'off-site' }} detectedTitle={null} />);
    expect(container.textContent).toContain('follows pages on harp.cms.gov and iqies.cms.gov');
    rerender(<PageStatus page={{ kind: 'known', site: 'harp', step: 'harp-profile' }} detectedTitle="HARP: Profile Information" />);
    expect(container.textContent).toBe('You are here: HARP: Profile Information');
  });
});
