import AxeBuilder from '@axe-core/playwright';
import { PRACTICE_STEPS } from '../../utils/practice/screens';
import { TRACKS, getTrack } from '../../utils/tracks/data';
import type { Session } from './harness';
import { detected, expect, openSite, panelUrl, test } from './harness';

const practiceUrl = (s: Session, screen: string) => `chrome-extension://${s.extensionId}/practice.html#${screen}`;

test.describe('presenter mode', () => {
  test('keyboard-only walk through a track; the practice tab follows; typing does not move', async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-profile'));
    const panel = await session.context.newPage();
    await panel.goto(`${panelUrl(session, tabId)}&mode=present`);
    const root = panel.locator('main.app');
    await expect(root).toHaveAttribute('data-mode', 'present');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-profile');
    await expect(panel.getByTestId('key-legend')).toBeVisible();
    const current = panel.locator('[aria-current="step"]');
    const steps = getTrack('first-pso')!.steps; // the demo workspace starts on the first-PSO track

    await panel.keyboard.press('Home');
    await expect(current).toHaveAttribute('data-step-id', steps[0]!);
    for (const step of steps.slice(1)) {
      await panel.keyboard.press('ArrowRight');
      await expect(current).toHaveAttribute('data-step-id', step);
      if (PRACTICE_STEPS.has(step)) {
        // One key drives both: the practice tab shows that step's copy, and the panel recognises it.
        await expect(page.locator(`[data-practice-screen="${step}"]`)).toBeVisible();
        await expect(detected(panel)).toHaveAttribute('data-detected-step', step);
      }
      // Focus stays visible where the step went.
      await expect.poll(() => panel.evaluate(() => document.activeElement?.id), step).toBe('step-title');
    }
    await panel.keyboard.press('ArrowRight'); // at the end: stays
    await expect(current).toHaveAttribute('data-step-id', steps.at(-1)!);
    await panel.keyboard.press('ArrowLeft');
    await expect(current).toHaveAttribute('data-step-id', steps.at(-2)!);
    await panel.keyboard.press('3');
    await expect(current).toHaveAttribute('data-step-id', steps[2]!);
    await expect(page.locator(`[data-practice-screen="${steps[2]}"]`)).toBeVisible();
    await panel.keyboard.press('End');
    await expect(current).toHaveAttribute('data-step-id', steps.at(-1)!);

    // Keys do nothing while typing in a note.
    await panel.keyboard.press('Home');
    await expect(current).toHaveAttribute('data-step-id', steps[0]!);
    const note = panel.locator('textarea').first();
    await note.focus();
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.type('x');
    await expect(note).toHaveValue('x');
    await expect(current).toHaveAttribute('data-step-id', steps[0]!);

    // Tab moves through the whole panel with a visible focus ring, and is never trapped.
    await panel.locator('[data-testid="presenter-toggle"]').focus();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await panel.keyboard.press('Tab');
      const info = await panel.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        const style = getComputedStyle(el);
        return `${el.tagName}|${el.textContent?.slice(0, 30)}|${el.matches(':focus-visible') && style.outlineStyle !== 'none'}`;
      });
      seen.push(info);
    }
    const focused = seen.filter((s) => s !== 'body');
    expect(focused.every((s) => s.endsWith('|true')), focused.filter((s) => !s.endsWith('|true')).join('\n')).toBe(true);
    expect(new Set(focused).size).toBeGreaterThan(10);
  });

  test('on a projector: the step title is the first heading under the panel title, and no visible text is under 18 px', async ({ session }) => {
    for (const url of [practiceUrl(session, 'harp-profile'), 'https://iqies.cms.gov/user-management']) {
      const { tabId } = await openSite(session, url);
      const panel = await session.context.newPage();
      await panel.setViewportSize({ width: 1000, height: 800 });
      await panel.goto(`${panelUrl(session, tabId)}&mode=present`);
      await expect(panel.locator('main.app')).toHaveAttribute('data-mode', 'present');
      await expect(panel.locator('[data-step-title]')).toBeVisible();
      const headings = await panel.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).map((h) => (h.hasAttribute('data-step-title') ? 'STEP' : h.tagName)),
      );
      expect(headings.slice(0, 2), url).toEqual(['H1', 'STEP']);
      const small = await panel.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !n.textContent?.trim() || !el.checkVisibility()) continue;
          const r = el.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) continue; // visually hidden (the announcer)
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 18) found.push(`${size}px <${el.tagName.toLowerCase()} class="${el.className}">: ${n.textContent.trim().slice(0, 40)}`);
        }
        return found;
      });
      expect(small, url).toEqual([]);
      await panel.close();
    }
  });

  test('the in-panel toggle switches presenter mode on and off', async ({ session }) => {
    const { tabId } = await openSite(session, practiceUrl(session, 'iqies-welcome'));
    const panel = await session.context.newPage();
    await panel.goto(panelUrl(session, tabId));
    const root = panel.locator('main.app');
    await expect(root).not.toHaveAttribute('data-mode', 'present');
    await panel.getByTestId('presenter-toggle').click();
    await expect(root).toHaveAttribute('data-mode', 'present');
    await expect(panel.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(panel.url()).searchParams.get('mode')).toBe('present');
    await panel.keyboard.press('ArrowRight');
    await expect(panel.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'iqies-user-category');
    const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await panel.getByTestId('presenter-toggle').click();
    await expect(root).not.toHaveAttribute('data-mode', 'present');
  });

  test('the pop-out window follows its tab', async ({ session }) => {
    const { page, tabId } = await openSite(session, practiceUrl(session, 'harp-account'));
    const panel = await session.context.newPage();
    await panel.goto(panelUrl(session, tabId));
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    const [popup] = await Promise.all([session.context.waitForEvent('page'), panel.getByTestId('pop-out').click()]);
    expect(new URL(popup.url()).pathname).toBe('/sidepanel.html');
    expect(new URL(popup.url()).searchParams.get('tabId')).toBe(String(tabId));
    await expect(detected(popup)).toHaveAttribute('data-detected-step', 'harp-account');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(detected(popup)).toHaveAttribute('data-detected-step', 'harp-identity');
  });
});

test('the hand-out prints one track per page, passes axe and reads no progress', async ({ session }) => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/handout.html?track=staff`);
  await expect(page.getByTestId('handout')).toHaveCount(1);
  await expect(page.getByTestId('handout')).toHaveAttribute('data-track', 'staff');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goto(`chrome-extension://${session.extensionId}/handout.html`);
  await expect(page.getByTestId('handout')).toHaveCount(TRACKS.length);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByTestId('handout').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
});
