import type { Page } from '@playwright/test';
import { PRACTICE_STEPS } from '../../utils/practice/screens';
import type { Session } from './harness';
import { detected, expect, openPanel, openSite, panelUrl, test } from './harness';

const practiceUrl = (s: Session, screen: string) => `chrome-extension://${s.extensionId}/practice.html#${screen}`;

interface Count {
  citations: number;
  withWords: number;
  without: string[];
}

/** The panel's citations (`[data-cites] a[data-source-id]`) and how many have their words beside them. */
function countEvidence(panel: Page): Promise<Count> {
  return panel.evaluate(() => {
    const out = { citations: 0, withWords: 0, without: [] as string[] };
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-cites] a[data-source-id]')) {
      out.citations++;
      const id = a.dataset.sourceId!;
      const quote = a.closest('[data-cites]')!.querySelector(`[data-source-quote="${id}"]`);
      if (quote?.textContent?.trim()) out.withWords++;
      else out.without.push(id);
    }
    return out;
  });
}

test.describe('every claim shows its evidence', () => {
  test("on the 14 practice screens, at least 95% of the citations carry the source's words beside them", async ({ session }) => {
    const steps = [...PRACTICE_STEPS];
    expect(steps).toHaveLength(14);
    const { page, tabId } = await openSite(session, practiceUrl(session, steps[0]!));
    const panel = await openPanel(session, tabId);
    const total: Count = { citations: 0, withWords: 0, without: [] };
    for (const step of steps) {
      await page.goto(practiceUrl(session, step));
      await expect(detected(panel), step).toHaveAttribute('data-detected-step', step);
      await expect(panel.locator(`[aria-current="step"][data-step-id="${step}"]`)).toBeVisible();
      const count = await countEvidence(panel);
      expect(count.citations, step).toBeGreaterThan(0);
      total.citations += count.citations;
      total.withWords += count.withWords;
      total.without.push(...count.without.map((id) => `${step}: ${id}`));
    }
    console.log(`evidence: ${total.withWords} of ${total.citations} citations on the practice screens carry their words; without: ${[...new Set(total.without)].slice(0, 20).join(', ') || 'none'}`);
    expect(total.withWords / total.citations).toBeGreaterThanOrEqual(0.95);
  });

  test('the words are folded away, open from the keyboard, and stay out of the projected view in presenter mode', async ({ session }) => {
    const { tabId } = await openSite(session, practiceUrl(session, 'harp-account'));
    const panel = await openPanel(session, tabId);
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    const claim = panel.locator('[data-claim="guidance"]').filter({ hasText: 'User ID is permanent' });
    const quote = claim.locator('[data-source-quote="mo-15761"]');
    await expect(quote).toBeHidden();
    const toggle = claim.locator('summary');
    await expect(toggle).toHaveText('What the sources say');
    await toggle.focus();
    await panel.keyboard.press('Enter');
    await expect(quote).toBeVisible();
    await expect(quote).toContainText('please refrain from using facility names or any special characters (such as # or &)');

    // Presenting: the toggles are not shown until the presenter reaches one (keyboard focus) or opens it.
    await panel.goto(`${panelUrl(session, tabId)}&mode=present`);
    await expect(panel.locator('main')).toHaveAttribute('data-mode', 'present');
    await expect(detected(panel)).toHaveAttribute('data-detected-step', 'harp-account');
    const presented = panel.locator('[data-claim="guidance"]').filter({ hasText: 'User ID is permanent' }).locator('summary');
    await expect(presented).toHaveCount(1);
    const width = () => presented.evaluate((el) => el.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(1);
    await presented.focus();
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Shift+Tab');
    await expect(presented).toBeFocused();
    expect(await width()).toBeGreaterThan(20);
  });
});
