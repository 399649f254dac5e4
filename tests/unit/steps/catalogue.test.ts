import { describe, expect, it } from 'vitest';
import { STEPS } from '@/utils/steps/catalogue';
import { STEP_IDS } from '@/utils/steps/ids';
import { RULES } from '@/utils/steps/rules';
import { StepSchema } from '@/utils/steps/schema';

describe('step catalogue', () => {
  it('validates against the content schema', () => {
    for (const step of STEPS) {
      const result = StepSchema.safeParse(step);
      expect(result.success, `${step.id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it('has every contracted step id exactly once', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...STEP_IDS].sort());
  });

  it('has unique checklist item ids within each step', () => {
    for (const step of STEPS) {
      const ids = step.checklist.map((i) => i.id);
      expect(new Set(ids).size, step.id).toBe(ids.length);
    }
  });

  it('has problem ids unique across the whole catalogue (search results and the step view share them)', () => {
    const ids = STEPS.flatMap((s) => s.problems.map((p) => p.id));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has a detection rule for every HARP and iQIES step, on the right site', () => {
    for (const step of STEPS.filter((s) => s.site !== 'none')) {
      const rules = RULES.filter((r) => r.step === step.id);
      expect(rules.length, `${step.id} has no detection rule`).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.site).toBe(step.site);
    }
  });

  it('has no rule for an off-site step', () => {
    const offSite = new Set(STEPS.filter((s) => s.site === 'none').map((s) => s.id));
    expect(RULES.filter((r) => r.step !== null && offSite.has(r.step))).toEqual([]);
  });
});

describe('step order', () => {
  it('lists steps in journey order, the order of STEP_IDS', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });
});
