import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HelpLinks } from '@/components/HelpLinks';
import { JourneyList } from '@/components/JourneyList';
import { JourneyNav } from '@/components/JourneyNav';
import { Overview } from '@/components/Overview';
import { StepView } from '@/components/StepView';
import { TrackChooser } from '@/components/TrackChooser';
import { TrackProgress } from '@/components/TrackProgress';
import { getStep } from '@/utils/steps/catalogue';
import type { Step } from '@/utils/steps/schema';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { entryOf } from '@/utils/progress/status';
import { journeyOf } from '@/utils/tracks/journey';
import { allItems, workspaceWith } from '../support/workspaces';

const EVIL = '<img src=x onerror=alert(1)>';

describe('TrackChooser', () => {
  it('offers every track as a button and reports the choice', () => {
    const onChoose = vi.fn();
    const { container } = render(<TrackChooser tracks={TRACKS} current="staff" onChoose={onChoose} onDismiss={() => undefined} />);
    expect([...container.querySelectorAll('[data-track]')].map((b) => b.getAttribute('data-track'))).toEqual(TRACKS.map((t) => t.id));
    expect(container.querySelector('[aria-pressed="true"]')?.getAttribute('data-track')).toBe('staff');
    fireEvent.click(screen.getByText(getTrack('vendor')!.title));
    expect(onChoose).toHaveBeenCalledWith('vendor');
  });
});

describe('TrackProgress', () => {
  it('shows the track, steps done and the percentage', () => {
    const track = getTrack('pso-duties')!;
    const journey = journeyOf(track, getStep, workspaceWith(allItems('iqies-sign-in')), null);
    const onChange = vi.fn();
    const { container } = render(<TrackProgress track={track} stepsDone={journey.stepsDone} percent={journey.percent} onChange={onChange} />);
    expect(container.textContent).toContain(track.title);
    expect(container.textContent).toContain(`1 of ${track.steps.length} steps done`);
    expect(container.querySelector('progress')?.getAttribute('value')).toBe(String(journey.percent));
    fireEvent.click(screen.getByText('Change'));
    expect(onChange).toHaveBeenCalled();
  });
});

describe('JourneyList on a track', () => {
  it('marks every step with its status, badges current and next, and keeps one aria-current', () => {
    const track = getTrack('pso-duties')!;
    const journey = journeyOf(track, getStep, workspaceWith([]), null);
    const { container } = render(<JourneyList entries={journey.entries} nextId={journey.nextId} shownId="pso-backup" detectedId={null} onSelect={() => undefined} />);
    expect(container.querySelector('[data-status="current"]')?.textContent).toContain('Current');
    expect(container.querySelector('[data-step-id="iqies-manage-requests"]')?.textContent).toContain('Next');
    expect([...container.querySelectorAll('li')].map((li) => [li.dataset.stepId, li.dataset.status])).toEqual(
      track.steps.map((id, i) => [id, i === 0 ? 'current' : 'todo']),
    );
    expect(container.querySelectorAll('[aria-current="step"][data-step-id]')).toHaveLength(1);
  });
});

describe('StepView', () => {
  it('shows the track note and what comes next, with the site linked in a new tab', () => {
    const onOpen = vi.fn();
    const step = getStep('harp-two-factor')!;
    render(<StepView step={step} checked={new Set()} isDetected={false} onToggle={() => undefined} note="Only on this track." next={getStep('iqies-sign-in')!} onOpenStep={onOpen} />);
    expect(screen.getByTestId('track-note').textContent).toContain('Only on this track.');
    const link = screen.getByText('iqies.cms.gov') as HTMLAnchorElement;
    expect(link.href).toBe('https://iqies.cms.gov/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noreferrer noopener');
    fireEvent.click(screen.getByText(/Next step: iQIES: Sign in/));
    expect(onOpen).toHaveBeenCalledWith('iqies-sign-in');
  });

  it('says when a step is the last of the track', () => {
    render(<StepView step={getStep('stay-active')!} checked={new Set()} isDetected={false} onToggle={() => undefined} next={null} />);
    expect(screen.getByTestId('what-next').textContent).toContain('last step of your track');
  });

  it('renders every content field as text, never as markup', () => {
    const evil: Step = {
      ...getStep('harp-profile')!,
      title: EVIL,
      summary: EVIL,
      haveReady: [EVIL],
      checklist: [{ id: 'evil', label: EVIL }],
      guidance: [{ kind: 'text', text: EVIL, cite: [{ source: 'qsep-faq', says: EVIL }] }],
      problems: [{ id: 'evil-problem', problem: EVIL, fix: EVIL, cite: [{ source: 'qsep-faq', says: EVIL }] }],
    };
    const { container } = render(<StepView step={evil} checked={new Set()} isDetected onToggle={() => undefined} note={EVIL} next={evil} />);
    expect(container.querySelector('img')).toBeNull();
    // Title (twice), summary, have-ready, checklist, guidance, problem, fix, note, and both sources' words: all text.
    expect(container.textContent!.split(EVIL).length - 1).toBeGreaterThanOrEqual(11);
  });
});

describe('HelpLinks', () => {
  it('lists the three help desks and the manuals, opening in a new tab', () => {
    const { container } = render(<HelpLinks />);
    for (const name of ['iQIES Service Center', 'QualityNet Help Desk', 'CCSQ Support Central']) expect(container.textContent).toContain(name);
    expect(container.textContent).toContain('iQIES manuals');
    // Weak links say so: the 2019 short link (with its year) and the video made for the old HARP site. The video
    // is CMS's: CMS's HARP page linked it as its tutorial.
    expect(container.querySelector('a[data-source-id="iqies-training-video"]')?.textContent).toContain('page dated 2019');
    expect(container.querySelector('a[data-source-id="harp-video"]')?.textContent).toContain('possibly outdated');
    expect(container.querySelector('a[data-source-id="harp-video"]')?.textContent).not.toContain('not CMS');
    for (const a of container.querySelectorAll('a')) {
      expect(a.getAttribute('rel')).toBe('noreferrer noopener');
      expect(a.getAttribute('href')).toMatch(/^(https:|mailto:)/);
    }
  });
});

describe('JourneyNav', () => {
  it('lists the track first and opens "Other steps" when the shown step is not on the track', () => {
    const track = getTrack('staff')!;
    const none = workspaceWith([]);
    const others = [entryOf(getStep('iqies-manage-requests')!, none, null)];
    const journey = journeyOf(track, getStep, none, null);
    const { container } = render(
      <JourneyNav track={track} journey={journey} otherEntries={others} shownId="iqies-manage-requests" detectedId="iqies-manage-requests" onSelect={() => undefined} />,
    );
    expect(container.querySelector('details')?.open).toBe(true);
    expect(container.querySelectorAll('[aria-current="step"][data-step-id="iqies-manage-requests"]')).toHaveLength(1);
    expect(container.querySelector('[data-status="current"] [data-journey-step]')?.getAttribute('data-journey-step')).toBe(track.steps[0]);
  });
});

describe('Overview', () => {
  it('shows the track intro and continues with the current step', () => {
    const onContinue = vi.fn();
    const track = getTrack('restore-access')!;
    render(<Overview track={track} current={getStep('roles-revoked')!} onContinue={onContinue} />);
    expect(screen.getByText(track.intro)).toBeTruthy();
    fireEvent.click(screen.getByTestId('continue'));
    expect(onContinue).toHaveBeenCalled();
  });
});
