import type { Page } from '@playwright/test';
import type { Session } from './harness';
import { detected, expect, openPanel, openSite, test } from './harness';

/**
 * "What to do now comes first": in a side panel of realistic size (360 × 700), the step's first checklist box is on
 * the first screen with at most six controls to Tab through before it, and the text is at reading size. Figures are
 * printed for the release notes; the assertions are the contract (product "First screen").
 */
const WIDTH = 360;
const HEIGHT = 700;

interface Figures {
  /** Bottom edge of the first checklist box, from the top of the panel (px). */
  y: number;
  /** Visible, enabled focusable controls before it in document (Tab) order. */
  before: number;
  /** What they are (tag and text), for the printout. */
  controls: string[];
  /** Font size of the checklist label and of the body (px). */
  label: number;
  body: number;
  title: string;
}

async function measure(panel: Page): Promise<Figures> {
  await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
  await panel.evaluate(() => scrollTo(0, 0));
  const box = panel.locator('input[type=checkbox][data-item-id]').first();
  await expect(box).toBeVisible();
  // Counted twice: from the DOM (what can take focus), and by pressing Tab from the top as a keyboard user does.
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let presses = 0;
  while (!(await box.evaluate((el) => el === document.activeElement)) && presses < 40) {
    await panel.keyboard.press('Tab');
    presses++;
  }
  const tabs = presses - 1;
  const dom = await box.evaluate((el) => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
      (e) => e.checkVisibility() && !(e as HTMLButtonElement).disabled && e.tabIndex >= 0,
    );
    const label = document.querySelector(`label[for="${el.id}"]`)!;
    return {
      y: Math.round(el.getBoundingClientRect().bottom + scrollY),
      before: focusable.indexOf(el as HTMLElement),
      controls: focusable.slice(0, Math.max(0, focusable.indexOf(el as HTMLElement))).map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}"`),
      label: parseFloat(getComputedStyle(label).fontSize),
      body: parseFloat(getComputedStyle(document.body).fontSize),
      title: document.querySelector('[data-step-title]')?.textContent ?? '',
    };
  });
  expect(tabs, 'Tab presses before the first checklist box, less one').toBe(dom.before);
  return dom;
}

function check(who: string, m: Figures) {
  console.log(`first screen, ${who}: first checklist box ends at y=${m.y} px, ${m.before} controls before it, label ${m.label} px, body ${m.body} px (${m.controls.join(', ')})`);
  expect(m.y, `${who}: first checklist box within the first screen`).toBeLessThanOrEqual(HEIGHT);
  expect(m.before, `${who}: controls before the first checklist box`).toBeLessThanOrEqual(6);
  expect(m.before, `${who}: the box itself is focusable`).toBeGreaterThanOrEqual(0);
  expect(m.label, `${who}: checklist text size`).toBeGreaterThanOrEqual(14);
  expect(m.body, `${who}: body text size`).toBeGreaterThanOrEqual(14);
}

async function chooseTrack(panel: Page, track: string) {
  await panel.getByTestId('change-track').click();
  await panel.locator(`[data-track="${track}"]`).click();
  await expect(panel.locator('main')).toHaveAttribute('data-track', track);
}

async function panelAt(session: Session, url: string, step: string) {
  const { tabId } = await openSite(session, url);
  const panel = await openPanel(session, tabId);
  await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
  await expect(detected(panel)).toHaveAttribute('data-detected-step', step);
  return panel;
}

test.describe('first screen at 360 × 700: where you are, what to do now, the checklist', () => {
  test('a registrant with no track on HARP "Profile Information"', async ({ session }) => {
    const panel = await panelAt(session, 'https://harp.cms.gov/register/profile-info', 'harp-profile');
    await expect(panel.locator('main')).toHaveAttribute('data-track', '');
    // No track needed to see the step: no chooser in front of it, and the step is titled and marked.
    await expect(panel.getByTestId('track-chooser')).toHaveCount(0);
    await expect(panel.locator('[data-step-title]')).toBeVisible();
    await expect(panel.locator('[data-step-id="harp-profile"]:has([data-step-title]), [data-step-title][data-step-id="harp-profile"]')).toHaveCount(1);
    // A first-time registrant is not told about the 60-day clock.
    await expect(panel.locator('[data-status-line]')).toHaveCount(0);
    const m = await measure(panel);
    expect(m.title).toContain('Profile Information');
    check('registrant, HARP profile, no track', m);
  });

  test('a staff user (staff track) on the iQIES welcome page', async ({ session }) => {
    const panel = await panelAt(session, 'https://iqies.cms.gov/', 'iqies-welcome');
    await chooseTrack(panel, 'staff');
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-welcome');
    await expect(panel.locator('[data-next-step]')).toBeVisible();
    check('staff user, iQIES welcome, staff track', await measure(panel));
    // Next sits under the checklist on the step's own screen-and-a-bit, not after the sources.
    const order = await panel.evaluate(() => {
      const last = [...document.querySelectorAll('input[type=checkbox][data-item-id]')].at(-1)!;
      const sources = document.querySelector('.sources');
      const next = document.querySelector('[data-testid="what-next"]');
      return { nextAfterList: !!next && !!(last.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING), beforeSources: !sources || !!(next!.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(order).toEqual({ nextAfterList: true, beforeSources: true });
  });

  test('a PSO ("PSO managing access" track) on the pending requests page: the counts live with that step, after its checklist', async ({ session }) => {
    const panel = await panelAt(session, 'https://iqies.cms.gov/user-management', 'iqies-manage-requests');
    await chooseTrack(panel, 'pso-duties');
    await panel.reload();
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'iqies-manage-requests');
    // The PSO's track makes the 60-day clock relevant: one compact status line, closed.
    await expect(panel.locator('[data-status-line]')).toHaveCount(1);
    await expect(panel.locator('[data-pso-view]')).toHaveCount(1);
    const countsAfterChecklist = await panel.evaluate(() => {
      const last = [...document.querySelectorAll('input[type=checkbox][data-item-id]')].at(-1)!;
      return !!(last.compareDocumentPosition(document.querySelector('[data-pso-view]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(countsAfterChecklist).toBe(true);
    check('PSO, pending requests, pso-duties track', await measure(panel));
  });
});
