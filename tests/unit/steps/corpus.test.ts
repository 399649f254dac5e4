import { describe, expect, it } from 'vitest';
import { CORPUS, corpusPage, renderLate } from '../../fixtures/pages/corpus';
import { WIZARD_HTML, WIZARD_PREFIX, WIZARD_VIEWS } from '../../fixtures/pages/wizard';
import { SENTINEL } from '../../fixtures/pages';
import { detectStep } from '@/utils/steps/detect-step';
import type { DetectionRule } from '@/utils/steps/detect-step';
import { RULES } from '@/utils/steps/rules';
import { snapshotUnhurried } from '../support/snapshot';
import { STEPS } from '@/utils/steps/catalogue';

function snapshotOf(html: string, url: string, late: boolean) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (late) renderLate(doc);
  const u = new URL(url);
  return snapshotUnhurried(doc, { hostname: u.hostname, pathname: u.pathname, hash: u.hash });
}

const positives = CORPUS.filter((p) => p.expected);
const negatives = CORPUS.filter((p) => !p.expected);

describe('detection corpus (cross-check)', () => {
  it.each(CORPUS)('$id → $expected', ({ html, url, expected, late }) => {
    const snapshot = snapshotOf(html, url, late);
    expect(detectStep(snapshot, RULES).step).toBe(expected);
    expect(JSON.stringify(snapshot)).not.toContain(SENTINEL);
  });

  it.each(CORPUS.filter((p) => p.late))('$id claims no other step before it has rendered', ({ html, url, expected }) => {
    // Only the route can speak before the content renders (a known route, such as /vut, may).
    expect([null, expected]).toContain(detectStep(snapshotOf(html, url, false), RULES).step);
  });

  it('detects each variant as its own step and no other: every rule but its own stays below the bar', () => {
    for (const page of positives) {
      const snapshot = snapshotOf(page.html, page.url, page.late);
      // Without the page's own rule, nothing else may claim it.
      const others: DetectionRule[] = RULES.filter((r) => r.step !== page.expected);
      expect(detectStep(snapshot, others).step, page.id).toBeNull();
    }
  });

  it('has at least three variants of every detectable step and at least eight negatives on both hosts', () => {
    for (const step of STEPS.filter((s) => s.site !== 'none')) {
      expect(positives.filter((p) => p.expected === step.id).length, step.id).toBeGreaterThanOrEqual(3);
    }
    expect(negatives.length).toBeGreaterThanOrEqual(8);
    expect(new Set(negatives.map((p) => new URL(p.url).hostname))).toEqual(new Set(['harp.cms.gov', 'iqies.cms.gov']));
  });

  it('serves every page at a unique URL, marked as practice', () => {
    for (const page of CORPUS) {
      expect(corpusPage(page.url), page.id).toBe(page);
      expect(page.html).toContain('Practice page');
    }
    expect(new Set(CORPUS.map((p) => p.id)).size).toBe(CORPUS.length);
  });
});

describe('the wizard practice app', () => {
  it.each(Object.entries(WIZARD_VIEWS))('view %s → %s', (view, expected) => {
    const views = JSON.parse(/const views = (.*);/.exec(WIZARD_HTML)![1]!) as Record<string, string>;
    const html = WIZARD_HTML.replace('<p>Loading…</p>', views[view]!);
    const snapshot = snapshotOf(html, `${WIZARD_PREFIX}${view}`, false);
    expect(detectStep(snapshot, RULES).step).toBe(expected);
    expect(JSON.stringify(snapshot)).not.toContain(SENTINEL);
  });
});

