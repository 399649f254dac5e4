import { describe, expect, it } from 'vitest';
import { getStep } from '@/utils/steps/catalogue';
import { STEP_CONTROLS, StepControlsSchema, controlNamesOf } from '@/utils/steps/catalogue/controls';
import { normalizeText } from '@/utils/steps/normalize';

describe('step controls ("Show me where")', () => {
  it('validates against its schema', () => {
    const result = StepControlsSchema.safeParse(STEP_CONTROLS);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
  });

  it('rejects a name without a quote, an unknown source, an unknown step and an empty name list', () => {
    expect(StepControlsSchema.safeParse({ 'iqies-welcome': { names: ['Request User Role'], cite: [] } }).success).toBe(false);
    expect(StepControlsSchema.safeParse({ 'iqies-welcome': { names: ['Request User Role'], cite: [{ source: 'nowhere', says: 'Request User Role' }] } }).success).toBe(false);
    expect(StepControlsSchema.safeParse({ 'no-such-step': { names: ['Next'], cite: [{ source: 'qsep-faq', says: 'Next' }] } }).success).toBe(false);
    expect(StepControlsSchema.safeParse({ 'iqies-welcome': { names: [], cite: [{ source: 'qsep-faq', says: 'Next' }] } }).success).toBe(false);
  });

  it('names each control in the words one of its quotes holds', () => {
    for (const [id, control] of Object.entries(STEP_CONTROLS)) {
      for (const name of control.names) {
        const quoted = control.cite.some((q) => normalizeText(q.says).includes(normalizeText(name)));
        expect(quoted, `${id}: "${name}" is in none of its quotes`).toBe(true);
      }
    }
  });

  it('names a control the step itself tells the user to choose', () => {
    for (const [id, control] of Object.entries(STEP_CONTROLS)) {
      const step = getStep(id as keyof typeof STEP_CONTROLS)!;
      const text = normalizeText(JSON.stringify(step));
      for (const name of control.names) expect(text, `${id}: "${name}"`).toContain(normalizeText(name));
    }
  });

  it('has none for steps that are forms to fill in', () => {
    for (const id of ['harp-profile', 'harp-account', 'harp-sign-in', 'iqies-sign-in', 'iqies-user-category', 'iqies-user-role', 'prepare'] as const) {
      expect(controlNamesOf(id), id).toBeNull();
    }
    expect(controlNamesOf('iqies-welcome')).toEqual(['Request User Role']);
  });
});
