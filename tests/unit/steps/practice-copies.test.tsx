import { render } from '@testing-library/preact';
import { STEPS } from '@/utils/steps/catalogue';
import { describe, expect, it } from 'vitest';
import { PracticeView } from '@/components/PracticeView';
import { PRACTICE_SCREENS, PRACTICE_STEPS, practiceScreen, screenOfHash } from '@/utils/practice/screens';
import { SITES } from '@/utils/sites';
import { SOURCES } from '@/utils/steps/catalogue/sources';
import { detectStep } from '@/utils/steps/detect-step';
import { RULES } from '@/utils/steps/rules';
import { snapshotUnhurried } from '../support/snapshot';
import { getTrack } from '@/utils/tracks/data';

/**
 * The practice copies run the same detection as the real sites: every screen, rendered as the practice page
 * renders it, must be recognised as the step it copies, by the same snapshot and rules, at the practice page's
 * own address (path /practice.html, hash #<screen>: no route). So copies and detection cannot drift apart.
 */
describe('practice copies are recognised by the shipped detection', () => {
  it.each(PRACTICE_SCREENS.map((s) => [s.id, s] as const))('%s', (_id, screen) => {
    render(<PracticeView screen={screen} go={() => undefined} />);
    const snapshot = snapshotUnhurried(document, { hostname: SITES[screen.site], pathname: '/practice.html', hash: `#${screen.id}` });
    expect(detectStep(snapshot, RULES).step).toBe(screen.step);
    // Example values are never read either.
    expect(JSON.stringify(snapshot)).not.toMatch(/Pat|patexample|000-00-0000|example-password/);
  });
});

describe('practice screens', () => {
  it('cover every HARP and iQIES step of the catalogue with a screen of its own, on that step\'s site', () => {
    const onSite = STEPS.filter((s) => s.site !== 'none').map((s) => s.id);
    expect(onSite.length).toBeGreaterThan(10);
    expect([...PRACTICE_STEPS].sort()).toEqual([...onSite].sort());
    for (const screen of PRACTICE_SCREENS) expect(screen.site, screen.id).toBe(STEPS.find((s) => s.id === screen.step)?.site);
  });

  it('lead only to screens that exist, and every screen says it is a practice copy', () => {
    for (const s of PRACTICE_SCREENS) {
      for (const a of [...s.actions, ...(s.links ?? []), ...(s.branches ?? [])]) expect(practiceScreen(a.to), `${s.id} → ${a.to}`).toBeDefined();
      const { container, unmount } = render(<PracticeView screen={s} go={() => undefined} />);
      expect(container.querySelector('[data-practice-banner]')?.textContent).toContain('Practice copy — not a CMS website');
      expect(container.querySelector('img')).toBeNull();
      unmount();
    }
  });

  it('walk the whole first-PSO track with the main buttons, and reach the failure branches', () => {
    const track = getTrack('first-pso')!;
    const wanted = track.steps.filter((s) => PRACTICE_STEPS.has(s));
    const seen: string[] = [];
    let screen = practiceScreen('harp-profile')!;
    for (let i = 0; i < 20 && !seen.includes(screen.step); i++) {
      seen.push(screen.step);
      const next = screen.actions.at(-1)!.to;
      screen = practiceScreen(next)!;
    }
    // The main buttons walk HARP registration into the iQIES role request, up to "Request Submitted".
    expect(seen).toEqual(wanted.filter((s) => seen.includes(s)));
    expect(seen).toContain('iqies-request-submitted');
    const reach = (from: string, to: string) => {
      const s = practiceScreen(from)!;
      return [...s.actions, ...(s.links ?? []), ...(s.branches ?? [])].some((a) => a.to === to);
    };
    expect(reach('harp-identity', 'harp-identity~failed')).toBe(true);
    expect(reach('harp-identity~failed', 'harp-identity~manual')).toBe(true);
    expect(reach('harp-profile', 'harp-profile~email-exists')).toBe(true);
    expect(reach('iqies-sign-in', 'iqies-welcome~revoked')).toBe(true);
  });

  it('cite where their wording comes from, in the sources registry', () => {
    for (const s of PRACTICE_SCREENS) {
      expect(s.cite.length, s.id).toBeGreaterThan(0);
      for (const c of s.cite) {
        expect(SOURCES[c.source], `${s.id}: ${c.source}`).toBeDefined();
        expect(c.says, `${s.id}: ${c.source}`).not.toBe('');
      }
    }
  });

  it('read the screen from the hash, falling back to the first', () => {
    expect(screenOfHash('#iqies-welcome').id).toBe('iqies-welcome');
    expect(screenOfHash('#harp-identity%7Emanual').id).toBe('harp-identity~manual');
    expect(screenOfHash('#nope').id).toBe('harp-profile');
    expect(screenOfHash('#%E0%A4%A').id).toBe('harp-profile');
  });
});
